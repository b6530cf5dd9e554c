/**
 * The demo mailbox: in the embedded default, an email delivered to the built-in loopback SMTP
 * server appears on the mailbox page and reads as a support worker would see it, with its HTML
 * shown in a sandbox that cannot run scripts.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import nodemailer from 'nodemailer';
import { expectNoAxeViolations } from './support/axe';
import { e2eDataDir } from './support/e2e-data-dir';
import { recordRequests } from './support/requests';

function embeddedSmtpPort(): number {
  return Number(fs.readFileSync(path.join(e2eDataDir, 'embedded-smtp.port'), 'utf8').trim());
}

test('an email delivered to the embedded SMTP server is listed and readable in the demo mailbox', async ({ page, baseURL }) => {
  // Two pages, two axe runs and an SMTP delivery: more than the default on a busy 2-core machine.
  test.setTimeout(60_000);
  const tag = randomBytes(4).toString('hex').toUpperCase();
  const subject = `Referral TEST-${tag}`;
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: embeddedSmtpPort(), secure: false, ignoreTLS: true });
  await transport.sendMail({
    from: 'referrals-noreply@get-help.example',
    to: 'referrals@support-service.example',
    subject,
    text: `Plain text body ${tag}`,
    html: `<p>HTML body ${tag}</p><script>document.title='pwned'</script><img src="https://tracker.example/p.gif" alt="">`,
    attachments: [{ filename: `referral-${tag}.json`, content: JSON.stringify({ tag }), contentType: 'application/json' }],
  });
  transport.close();

  const requests = recordRequests(page);
  await page.goto('/mailbox');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demo mailbox');
  await expect(page.getByRole('note', { name: 'About this mailbox' })).toContainText('This is the local demo mailbox');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: subject }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(subject);
  await expect(page.getByRole('note', { name: 'About this mailbox' })).toBeVisible();
  await expect(page.getByText(`Plain text body ${tag}`)).toBeVisible();
  await expect(page.getByText('referrals@support-service.example').first()).toBeVisible();

  const frame = page.locator('iframe[title="HTML version of the email"]');
  await expect(frame).toHaveAttribute('sandbox', '');
  await expect(page.frameLocator('iframe[title="HTML version of the email"]').getByText(`HTML body ${tag}`)).toBeVisible();
  expect(await page.title()).not.toBe('pwned');

  const download = page.getByRole('link', { name: `Download referral-${tag}.json` });
  const response = await page.request.get((await download.getAttribute('href'))!);
  expect(response.headers()['content-disposition']).toBe(`attachment; filename="referral-${tag}.json"`);
  expect(JSON.parse(await response.text())).toEqual({ tag });
  await expectNoAxeViolations(page, { skipFrameContents: true });

  // The email's remote image was not fetched: nothing left the site.
  expect(requests.foreign(baseURL!)).toEqual([]);
});

test('a mailbox message id that is not one gives 404', async ({ page }) => {
  const response = await page.goto('/mailbox/..%2F..%2Fetc%2Fpasswd');
  expect(response?.status()).toBe(404);
});
