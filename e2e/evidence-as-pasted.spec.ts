/**
 * Evidence as people paste it (issue 13): Facebook's Share → Copy link (/share/p/…) and a link
 * to a comment (comment_id) are accepted by the evidence log and by the referral form, with
 * JavaScript on and off, and the check page, the email and its JSON attachment carry them as
 * entered, tracking and share parameters included (M1 of the December platform review: a share
 * id can tie a link to whoever shared it), with the link without them under its own label and
 * what was recognised beside them.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { receivedReferral } from './support/received-mail';
import { Journey } from './support/referral-journey';
import { referralV1Problems } from './support/referral-v1-schema';

test.describe.configure({ timeout: 180_000 });

/** As the Facebook app's Share → Copy link gives it, mibextid and all. */
const shareLink = 'https://www.facebook.com/share/p/1AbCdEfGh/?mibextid=wwXIfr';
/** The same link without its tracking parts: a separate copy, shown as such. */
const shareLinkCleaned = 'https://www.facebook.com/share/p/1AbCdEfGh/';
/** A link to a comment, as the comment's time stamp gives it, with Facebook's click id. */
const commentLink = 'https://www.facebook.com/jane.smith/posts/pfbid02AbCdEf?comment_id=1234567890123456&fbclid=IwAR0AbCdEf';
const commentLinkCleaned = 'https://www.facebook.com/jane.smith/posts/pfbid02AbCdEf?comment_id=1234567890123456';
const cleanedLabel = 'Link to open, without tracking parts';

const places = [
  { platform: 'Facebook', where: shareLink, shows: 'My photo, shared by my ex' },
  { platform: 'Facebook', where: commentLink, shows: 'A comment with my photo' },
];

test('the evidence log keeps a share link and a comment link as they were pasted', async ({ page }) => {
  await page.goto('/evidence/log', { waitUntil: 'networkidle' });
  for (const place of places) {
    await page.getByLabel('Where did you see it?').selectOption({ label: place.platform });
    await page.getByLabel('Link, username or phone number').fill(place.where);
    await page.getByRole('button', { name: 'Add to log' }).click();
  }
  const entries = page.locator('.evidence-log__entry');
  await expect(entries).toHaveCount(2);
  await expect(page.getByRole('alert', { name: 'There is a problem' })).toHaveCount(0);

  // As pasted, parameters and all, and the cleaned copy under its own label (M1).
  await expect(entries.nth(0)).toContainText(shareLink);
  await expect(entries.nth(0)).toContainText(`${cleanedLabel}${shareLinkCleaned}`);
  await expect(entries.nth(0)).toContainText('This is a share link. It is fine to send it as it is. Do not open it yourself.');
  await expect(entries.nth(0)).toContainText('Facebook post 1AbCdEfGh');
  await expect(entries.nth(1)).toContainText(commentLink);
  await expect(entries.nth(1)).toContainText(`${cleanedLabel}${commentLinkCleaned}`);
  await expect(entries.nth(1)).toContainText('Facebook post pfbid02AbCdEf, comment 1234567890123456');
  // Shown as text, never as links someone could be tricked into opening.
  await expect(entries.getByRole('link')).toHaveCount(0);
  await expectNoAxeViolations(page);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download your log' }).click();
  const text = await (await (await download).createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  expect(text).toContain(`Where, as entered: ${shareLink}\n   ${cleanedLabel}: ${shareLinkCleaned}\n   Recognised: Facebook post 1AbCdEfGh`);
  expect(text).toContain(
    `Where, as entered: ${commentLink}\n   ${cleanedLabel}: ${commentLinkCleaned}\n   Recognised: Facebook post pfbid02AbCdEf, comment 1234567890123456`,
  );
});

test('the evidence step notes a share link, and another platform’s link, as they are typed', async ({ page }) => {
  const journey = new Journey(page);
  await journey.start();
  await journey.safety();
  await journey.aboutYou();
  await journey.whatHappened();
  await journey.expectStep(/Where have you seen the images/);
  const place = journey.group('Place 1');
  await place.getByLabel('Where did you see it?').selectOption({ label: 'Facebook' });
  const where = place.getByLabel(/Link, username or phone number/);
  await where.fill(shareLink);
  // Read out with the field, after its hint: a note, not an error.
  await expect(where).toHaveAccessibleDescription(
    /This is a share link\. It is fine to send it as it is\. Do not open it yourself\. This link has parts that can show who shared it or where it was shared from\. They are kept, because they can be evidence\. A copy of the link without them is shown separately\.$/,
  );
  await expect(where).not.toHaveAttribute('aria-invalid');
  await where.fill('https://www.instagram.com/p/ABC123/');
  await expect(place.getByText('This looks like an Instagram link, not a Facebook one. You can change the platform to Instagram, or leave it as it is.')).toBeVisible();
  await expectNoAxeViolations(page);
});

/** The referral, sent with these places, checked on the check page and in what arrives. */
async function referWithSharedLinks(page: Page, javaScript: boolean) {
  const journey = new Journey(page, javaScript);
  await journey.start();
  await journey.toCheckPage(places);
  await journey.expectStep('Check your answers before sending them');

  await expect(page.getByText(`Where, as entered: ${shareLink}`, { exact: true })).toBeVisible();
  await expect(page.getByText(`${cleanedLabel}: ${shareLinkCleaned}`, { exact: true })).toBeVisible();
  await expect(page.getByText('Recognised: Facebook post 1AbCdEfGh', { exact: true })).toBeVisible();
  await expect(page.getByText(`Where, as entered: ${commentLink}`, { exact: true })).toBeVisible();
  await expect(page.getByText(`${cleanedLabel}: ${commentLinkCleaned}`, { exact: true })).toBeVisible();
  await expect(page.getByText('Recognised: Facebook post pfbid02AbCdEf, comment 1234567890123456', { exact: true })).toBeVisible();
  await expect(page.getByText(/^Place 1: This is a share link\. It is fine to send it as it is/)).toBeVisible();

  const reference = await journey.send();
  const mail = await receivedReferral(reference);

  // The text part: as entered, defanged so that no mail app makes it a link.
  const text = mail.text ?? '';
  expect(text).toContain('Where, as entered: https[:]//www[.]facebook[.]com/share/p/1AbCdEfGh/?mibextid=wwXIfr\n');
  expect(text).toContain(`${cleanedLabel}: https[:]//www[.]facebook[.]com/share/p/1AbCdEfGh/\n`);
  expect(text).toContain(
    'Where, as entered: https[:]//www[.]facebook[.]com/jane[.]smith/posts/pfbid02AbCdEf?comment_id=1234567890123456&fbclid=IwAR0AbCdEf\n',
  );
  expect(text).toContain('Recognised: Facebook post pfbid02AbCdEf, comment 1234567890123456');
  expect(text).not.toMatch(/https?:\/\/www\.facebook/);

  // The HTML part: the same, in the evidence table, and never a link.
  const html = typeof mail.html === 'string' ? mail.html : '';
  expect(html).toContain('https[:]//www[.]facebook[.]com/share/p/1AbCdEfGh/');
  expect(html).toContain('comment_id=1234567890123456');
  expect(html).not.toMatch(/<a\s/i);

  // The JSON attachment: what was typed, what was kept and what was recognised, valid referral.v1.
  const attachment = mail.attachments.find((file) => file.filename === `referral-${reference}.json`);
  const document = JSON.parse(attachment!.content.toString('utf8'));
  expect(referralV1Problems(document)).toBeUndefined();
  expect(document.answers.evidence).toMatchObject([
    {
      platform: 'facebook',
      where: shareLink,
      reading: { entered: shareLink, cleanedLink: shareLinkCleaned, isLink: true, recognised: { platform: 'facebook', kind: 'post', id: '1AbCdEfGh' } },
    },
    {
      platform: 'facebook',
      where: commentLink,
      reading: {
        entered: commentLink,
        cleanedLink: commentLinkCleaned,
        isLink: true,
        recognised: { kind: 'post', id: 'pfbid02AbCdEf', details: [{ name: 'comment', value: '1234567890123456' }] },
      },
    },
  ]);
}

test('the referral form takes them with JavaScript, and sends them as entered', async ({ page }) => {
  await referWithSharedLinks(page, true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the referral form takes them, and sends them as entered', async ({ page }) => {
    await referWithSharedLinks(page, false);
  });
});
