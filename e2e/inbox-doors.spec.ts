/**
 * Every inbox route, found by listing app/inbox (so a new page cannot be forgotten), refuses
 * everything but sign-in or enrolment: with no session, with a session that has passed only the
 * password, and with an account disabled after signing in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { addStaff, enrolWithTotp, runStaff, signInWithPassword } from './support/staff';

test.describe.configure({ timeout: 120_000 });

/** The pages anyone may open: the ways in. */
const DOORS = ['/inbox/sign-in', '/inbox/sign-in/second-factor', '/inbox/enrol/[token]'];

/** Every page route under app/inbox, as a URL path with its dynamic segments left in brackets. */
function inboxRoutes(directory = path.join('app', 'inbox')): string[] {
  const here = fs.readdirSync(directory, { withFileTypes: true });
  const routes = here.some((entry) => entry.name === 'page.tsx' || entry.name === 'route.ts')
    ? [`/${path.relative('app', directory).split(path.sep).join('/')}`]
    : [];
  for (const entry of here) if (entry.isDirectory()) routes.push(...inboxRoutes(path.join(directory, entry.name)));
  return routes;
}

const guarded = inboxRoutes().filter((route) => !DOORS.includes(route));
// A reference of the right shape: the guard must answer before the case is even looked up.
const concrete = (route: string) => route.replace('[reference]', 'KQ7M-X4PD');

test('the list of routes holds every page, and only the ways in are open', () => {
  expect(inboxRoutes()).toEqual(expect.arrayContaining([...DOORS, '/inbox', '/inbox/cases/[reference]', '/inbox/audit']));
  expect(guarded.length).toBeGreaterThanOrEqual(3);
});

async function expectEveryRouteSendsTo(page: Page, destination: string) {
  for (const route of guarded) {
    await page.goto(concrete(route));
    expect(new URL(page.url()).pathname, `${route} without a full session`).toBe(destination);
    await expect(page.getByRole('heading', { level: 1, name: 'Referrals' })).toHaveCount(0);
  }
}

test('without a session every inbox route leads to sign-in, which sets no cookie', async ({ page, context }) => {
  await expectEveryRouteSendsTo(page, '/inbox/sign-in');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to the caseworker inbox' })).toBeVisible();
  await expectNoAxeViolations(page);
  expect(await context.cookies()).toEqual([]);
});

test('with only the password passed, every inbox route leads to the second step', async ({ page, browser }) => {
  const email = `half-${Date.now()}@support.example`;
  const enrolment = await browser.newPage();
  await enrolWithTotp(enrolment, addStaff(email, 'caseworker'));
  await enrolment.close();

  await signInWithPassword(page, email);
  await expectNoAxeViolations(page);
  await expectEveryRouteSendsTo(page, '/inbox/sign-in/second-factor');
});

test('an account disabled while signed in is sent to sign-in on every route', async ({ page, context }) => {
  const email = `leaver-${Date.now()}@support.example`;
  await enrolWithTotp(page, addStaff(email, 'manager'));
  await page.getByRole('link', { name: 'I have saved my codes: go to the inbox' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Referrals' })).toBeVisible();

  const [cookie] = await context.cookies();
  expect(cookie).toMatchObject({ name: '__Host-inbox-session', path: '/', httpOnly: true, secure: true, sameSite: 'Strict', expires: -1 });
  expect(cookie!.value).toMatch(/^[A-Za-z0-9_-]{43}$/);

  runStaff('disable', email);
  await expectEveryRouteSendsTo(page, '/inbox/sign-in');
});
