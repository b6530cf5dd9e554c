/**
 * A manager's side of a case's life in Chromium: a person sends a referral; one manager puts
 * its case on legal hold (the form refuses a missing reason, GOV.UK style), then asks to lift it,
 * and cannot approve their own request; a second manager approves. The retention page and the
 * figures show, with small numbers suppressed, and the figures download as CSV. The audit log
 * records the hold, the request, the lift and the export, and never the hold's reason.
 */
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { Journey, threePlaces } from './support/referral-journey';
import { addStaff, enrolWithTotp } from './support/staff';

test.describe.configure({ timeout: 300_000 });

const HOLD_REASON_CANARY = 'Zyxq-hold-reason-2287';

test('a manager holds a case, a second manager lifts it, and the figures show and download without small numbers', async ({ browser }) => {
  const victim = await browser.newPage();
  const journey = new Journey(victim, false);
  await journey.start();
  await journey.toCheckPage(threePlaces);
  const reference = await journey.send();
  await victim.close();

  const stamp = Date.now();
  const [ana, ben] = [`ana-${stamp}@support.example`, `ben-${stamp}@support.example`];
  const anaContext = await browser.newContext();
  const page = await anaContext.newPage();
  await enrolWithTotp(page, addStaff(ana, 'manager'));
  await page.getByRole('link', { name: 'I have saved my codes: go to the inbox' }).click();

  await page.goto(`/inbox/cases/${reference}`);
  const keeping = page.getByRole('region', { name: 'Keeping this case' });
  await expect(keeping).toContainText('Open cases are kept until they are closed.');

  // A hold needs a reason: the server says so, whatever the browser sent.
  const review = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000);
  await keeping.getByRole('textbox', { name: 'Day' }).fill(String(review.getUTCDate()));
  await keeping.getByRole('textbox', { name: 'Month' }).fill(String(review.getUTCMonth() + 1));
  await keeping.getByRole('textbox', { name: 'Year' }).fill(String(review.getUTCFullYear()));
  await keeping.getByRole('button', { name: 'Put on legal hold' }).click();
  const problem = page.getByRole('alert', { name: 'There is a problem' });
  await expect(problem).toContainText('Enter why the case must be kept');
  await expect(problem.getByRole('link', { name: 'Enter why the case must be kept' })).toHaveAttribute('href', '#holdReason');
  await expectNoAxeViolations(page);

  await keeping.getByLabel('Why it must be kept').fill(`Court order ${HOLD_REASON_CANARY}`);
  await keeping.getByRole('textbox', { name: 'Day' }).fill(String(review.getUTCDate()));
  await keeping.getByRole('textbox', { name: 'Month' }).fill(String(review.getUTCMonth() + 1));
  await keeping.getByRole('textbox', { name: 'Year' }).fill(String(review.getUTCFullYear()));
  await keeping.getByRole('button', { name: 'Put on legal hold' }).click();
  await expect(keeping).toContainText(`set by ${ana}`);
  await expect(keeping).toContainText(HOLD_REASON_CANARY);
  await expectNoAxeViolations(page);

  // Lifting takes two managers: the one who asks cannot approve.
  await keeping.getByRole('button', { name: 'Ask to lift the hold' }).click();
  await expect(keeping).toContainText('You asked to lift this hold. Another manager must approve it.');
  await expect(keeping.getByRole('button', { name: 'Approve lifting the hold' })).toHaveCount(0);

  const benContext = await browser.newContext();
  const second = await benContext.newPage();
  await enrolWithTotp(second, addStaff(ben, 'manager'));
  await second.goto(`/inbox/cases/${reference}`);
  const benKeeping = second.getByRole('region', { name: 'Keeping this case' });
  await expect(benKeeping).toContainText(`${ana} asked to lift this hold.`);
  await benKeeping.getByRole('button', { name: 'Approve lifting the hold' }).click();
  await expect(benKeeping.getByRole('button', { name: 'Put on legal hold' })).toBeVisible();
  await benContext.close();

  // The retention page: the lists the daily digest counts.
  await page.getByRole('link', { name: 'Retention and holds' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Retention and holds' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /^Every legal hold/ })).toBeVisible();
  await expectNoAxeViolations(page);

  // The figures: this referral is counted, and no count under 10 is ever written out.
  await page.getByRole('link', { name: 'Figures' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Figures' })).toBeVisible();
  const byPriority = page.getByRole('table', { name: 'Referrals per week, by priority' });
  await expect(byPriority).toBeVisible();
  const cells = await page.locator('.figure-table td').allTextContents();
  expect(cells.length).toBeGreaterThan(0);
  expect(cells.filter((text) => /^\d$/.test(text))).toEqual([]);
  expect(cells).toContain('fewer than 10');
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download these figures (CSV)' }).click()]);
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  const lines = csv.trimEnd().split('\r\n');
  expect(lines[0]).toBe('figure,week,group,value');
  expect(lines.some((line) => line.startsWith('referrals by nation,all weeks,all,'))).toBe(true);
  expect(lines.slice(1).filter((line) => !line.includes('hours')).map((line) => line.split(',').at(-1)).filter((value) => /^\d$/.test(value!))).toEqual([]);
  expect(csv).not.toContain(reference);

  // Another period: everything since the service began, and the download follows the choice.
  await page.getByLabel('Period', { exact: true }).selectOption({ label: 'Since the service began' });
  await page.getByRole('button', { name: 'Show figures' }).click();
  await expect(page.getByText('Period: Since the service began.')).toBeVisible();
  await expect(byPriority).toBeVisible();
  await expect(page.getByRole('link', { name: 'Download these figures (CSV)' })).toHaveAttribute('href', '/inbox/figures/export?period=all');
  await expectNoAxeViolations(page);

  // The audit log: who held, asked, lifted and exported; never the reason.
  await page.goto('/inbox/audit');
  const rows = await page.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));
  const trail = rows
    .filter(([, who]) => who === ana || who === ben)
    .filter(([, , what]) => ['hold', 'hold-lift-requested', 'hold-lifted', 'figures-exported'].includes(what!))
    .reverse()
    .map(([, who, what, which]) => [who, what, which]);
  expect(trail).toEqual([
    [ana, 'hold', reference],
    [ana, 'hold-lift-requested', reference],
    [ben, 'hold-lifted', reference],
    [ana, 'figures-exported', ''],
  ]);
  expect(JSON.stringify(rows)).not.toContain(HOLD_REASON_CANARY);
  await anaContext.close();
});
