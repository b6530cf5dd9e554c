/**
 * One whole app instance on PostgreSQL: a real production server (`next start`) started with
 * DATABASE_URL on a throwaway real PostgreSQL, and nothing else changed. A referral sent through
 * the form in Chromium is stored in PostgreSQL (and no SQLite file is made), delivered by email
 * once, and opens in the caseworker inbox for an account the operator's command made on the
 * same database. Several instances on one database are tested by the two-instance benchmark.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { expect, test } from '@playwright/test';
import type { TestPostgres } from '../scripts/test-postgres.mjs';
import { mailboxOf, receivedReferral } from './support/received-mail';
import { Journey, threePlaces } from './support/referral-journey';
import { startSeparateServer, type SeparateServer } from './support/separate-server';
import { addStaff, enrolWithTotp, signInWithTotp } from './support/staff';

const port = Number(process.env.E2E_PORT ?? 3100) + 9;
const baseURL = `http://127.0.0.1:${port}`;

let postgres: TestPostgres;
let server: SeparateServer;

test.use({ baseURL });

test.beforeAll(async () => {
  // Imported by its path at run time: Playwright compiles specs to CommonJS, and would turn a
  // static import of this ES module into a require that Node refuses.
  const harness = pathToFileURL(path.join(process.cwd(), 'scripts', 'test-postgres.mjs')).href;
  const { startTestPostgres } = (await import(harness)) as typeof import('../scripts/test-postgres.mjs');
  postgres = await startTestPostgres();
  server = await startSeparateServer(port, { DATABASE_URL: postgres.url, PUBLIC_BASE_URL: baseURL });
});

test.afterAll(async () => {
  await server?.stop();
  await postgres?.stop();
});

async function inPostgres<Row extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client(postgres.url);
  await client.connect();
  try {
    return (await client.query<Row>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

test('a referral sent on a server with DATABASE_URL is kept in PostgreSQL, emailed once and opens in the inbox', async ({ page }) => {
  test.setTimeout(120_000);
  const journey = new Journey(page, false);
  await journey.start();
  await journey.toCheckPage(threePlaces);
  const reference = await journey.send();

  const mail = await receivedReferral(reference, 30_000, mailboxOf(server.dataDir));
  expect(mail.subject).toContain(reference);
  await expect
    .poll(async () => inPostgres<{ state: string }>(
      'SELECT j.state FROM delivery_jobs j JOIN referrals r ON r.id = j.referral_id WHERE r.reference = $1',
      [reference],
    ), { timeout: 20_000 })
    .toEqual([{ state: 'sent' }]);
  expect(fs.readdirSync(mailboxOf(server.dataDir)).filter((name) => name.endsWith('.eml'))).toHaveLength(1);
  expect(fs.existsSync(path.join(server.dataDir, 'referrals.sqlite')), 'no SQLite file beside PostgreSQL').toBe(false);

  const email = 'pg.caseworker@support-service.example';
  const enrolPath = addStaff(email, 'caseworker', server.dataDir, { DATABASE_URL: postgres.url });
  const { setupKey } = await enrolWithTotp(page, enrolPath);
  await page.context().clearCookies();
  await signInWithTotp(page, email, setupKey);
  await expect(page.getByRole('link', { name: reference })).toBeVisible();
  expect(await inPostgres('SELECT action FROM audit_log WHERE actor = $1 ORDER BY id', [email])).toEqual(
    expect.arrayContaining([{ action: 'enrolment' }, { action: 'sign-in' }]),
  );
});
