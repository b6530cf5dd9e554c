import { expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/** The consent step's checkbox, as the person reads it. */
export const consentLabel = 'I agree to my answers being kept and sent to the support service, as this page says, so they can help me';

/**
 * Steps of the referral journey, driven the way a person would: by the labels they read.
 * Each step checks its page with axe before answering, so every page of every journey is
 * checked. `checkAxe` is off only for runs without JavaScript, where axe cannot run.
 */
export class Journey {
  constructor(
    private readonly page: Page,
    private readonly checkAxe = true,
  ) {}

  /** The page heading the person should be looking at now. */
  async expectStep(heading: string | RegExp) {
    await expect(this.page.getByRole('heading', { level: 1 })).toContainText(heading);
    if (this.checkAxe) await expectNoAxeViolations(this.page);
  }

  async continue(label = 'Continue') {
    await this.page.getByRole('button', { name: label, exact: true }).click();
  }

  group(name: string | RegExp) {
    return this.page.getByRole('group', { name });
  }

  async choose(question: string | RegExp, answer: string | RegExp) {
    await this.group(question).getByLabel(answer, { exact: typeof answer === 'string' }).check();
  }

  async start() {
    await this.page.goto('/report');
    await this.expectStep('Ask for help with intimate image abuse');
    await expect(this.page.getByText('If you close or reload that page, your answers are lost')).toBeVisible();
    // The start page is a static page; "Start now" is a link that opens the form itself.
    await this.page.getByRole('link', { name: 'Start now', exact: true }).click();
    await expect(this.page).toHaveURL(/\/report\/questions$/);
    // The form's scripts load with this page: wait for them, as a person waits for a page to
    // finish loading, so the first answer is checked in the page rather than posted.
    await this.page.waitForLoadState('load');
  }

  async safety({ danger = 'No', age = '18 or over, and 18 or over when the images were taken' } = {}) {
    await this.expectStep('Are you in danger now?');
    await this.choose(/Are you in danger now/, danger);
    await this.continue();
    if (danger === 'Yes') {
      await this.expectStep('Call 999 now if you can');
      await this.continue('Continue when it is safe');
    }
    await this.expectStep('How old is the person in the images?');
    await this.choose(/How old is the person/, age);
    await this.continue();
  }

  async aboutYou({ nation = 'England', forWhom = 'Myself: I am the person in the images' } = {}) {
    await this.expectStep('About you');
    await this.choose('Where do you live?', nation);
    await this.choose('Who are you asking for help for?', forWhom);
    await this.continue();
  }

  /** What happened and where: `where` is where it happened, which may differ from where she lives. */
  async whatHappened({ where = 'England' } = {}) {
    await this.expectStep('What happened');
    await this.choose(/What has happened/, 'Intimate images of me were shared without my agreement');
    await this.choose(/What has happened/, 'Someone is threatening to share intimate images of me');
    await this.choose('Where did it happen?', where);
    await this.group(/When did you find out/).getByLabel('Month').fill('3');
    await this.group(/When did you find out/).getByLabel('Year').fill('2025');
    await this.page.getByLabel(/Tell us what happened/).fill('He posted a photo and says he will send more to my family.');
    await this.continue();
    await this.expectStep('Who did it');
    await this.choose(/Who shared the images/, 'An ex-partner');
    await this.choose(/Have they asked you for anything/, 'Money');
    await this.continue();
    await this.expectStep(/Has the person who did this done any of these things/);
    await this.choose(/Has the person who did this/, /Tracked where you are/);
    await this.continue();
  }

  /** Fills the evidence step with these places, adding a place for each after the first. */
  async evidence(places: { platform: string; where: string; seen?: string; shows?: string; reported?: string; reference?: string }[]) {
    await this.expectStep(/Where have you seen the images/);
    for (const [index, place] of places.entries()) {
      if (index > 0) {
        await this.page.getByRole('button', { name: 'Add another place' }).click();
      }
      const item = this.group(`Place ${index + 1}`);
      await item.getByLabel('Where did you see it?').selectOption({ label: place.platform });
      await item.getByLabel(/Link, username or phone number/).fill(place.where);
      if (place.seen) await item.getByLabel(/When did you see it/).fill(place.seen);
      if (place.shows) await item.getByLabel(/What does it show/).fill(place.shows);
      await item.getByRole('group', { name: 'Have you reported it to the platform?' }).getByLabel(place.reported ?? 'No', { exact: true }).check();
      if (place.reference) await item.getByLabel(/Report reference/).fill(place.reference);
      await item.getByRole('group', { name: 'Have you kept a screenshot?' }).getByLabel('Yes', { exact: true }).check();
    }
    if (this.checkAxe) await expectNoAxeViolations(this.page);
    await this.continue();
  }

  async police() {
    await this.expectStep('The police');
    await this.choose('Have you reported this to the police?', 'Yes');
    await this.page.getByLabel(/Crime reference number/).fill('CRI/2025/4471');
    await this.page.getByLabel(/Which police force/).fill('West Midlands Police');
    await this.continue();
  }

  async help() {
    await this.expectStep('The help you want');
    await this.choose(/What help would you like/, 'Getting the images taken down');
    await this.choose(/What help would you like/, 'Help reporting to the police');
    await this.continue();
  }

  async contact({ name = 'Sam', method = 'Phone call', phone = '07700 900982' } = {}) {
    await this.expectStep('Contacting you safely');
    await this.page.getByLabel(/What should we call you/).fill(name);
    await this.choose('How can we contact you safely?', method);
    if (method === 'Phone call' || method === 'Text message') await this.page.getByLabel('Phone number').fill(phone);
    if (method !== 'Do not contact me') {
      await this.page.getByLabel(/When is it safe to contact you/).fill('Weekdays 10am to 2pm');
      await this.choose(/Is it safe for us to leave a voicemail/, 'No');
      await this.choose(/Can we say who we are/, 'No');
    }
    await this.continue();
    await this.expectStep('Your devices and your needs');
    await this.choose(/Can the person who did this see any of these/, 'Your phone');
    await this.continue();
  }

  async consent() {
    await this.expectStep('Sharing your answers');
    // Where her answers go and how long they are kept, worked out by the server, before she agrees.
    await expect(this.page.getByText(/^We keep your answers while a support worker is helping you, and delete them .+ after your case is closed\.$/)).toBeVisible();
    await expect(this.page.getByRole('link', { name: /^Read the privacy notice/ })).toHaveAttribute('target', '_blank');
    await this.page.getByLabel(consentLabel).check();
    await this.continue();
    await this.expectStep('Check your answers before sending them');
  }

  /**
   * Every step after the start page, with the usual answers of an adult reporting for
   * themselves, ending on the check page: for tests whose point comes after the answers.
   */
  async toCheckPage(places: Parameters<Journey['evidence']>[0], contact?: Parameters<Journey['contact']>[0]) {
    await this.safety();
    await this.aboutYou();
    await this.whatHappened();
    await this.evidence(places);
    await this.police();
    await this.help();
    await this.contact(contact);
    await this.consent();
  }

  /** Sends from the check page and returns the reference shown on the confirmation. */
  async send(): Promise<string> {
    await this.continue('Send');
    await this.expectStep('Your referral has been sent');
    const reference = (await this.page.getByTestId('reference').textContent()) ?? '';
    expect(reference).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    return reference;
  }
}

export const threePlaces = [
  {
    platform: 'Instagram',
    where: 'https://www.instagram.com/p/C1a2B3c4D5e/?igsh=track123',
    seen: '2025-03-14',
    shows: 'A post with my photo and my first name',
    reported: 'Yes',
    reference: 'IG-555',
  },
  // A number valid in the UK: 07700 900xxx, Ofcom's range for drama, is not, so it would be kept
  // as typed with "not a UK number in use: check it" (lib/platforms/phone-numbers.ts).
  { platform: 'WhatsApp', where: '07911 123456', shows: 'Messages threatening to send more' },
  { platform: 'Facebook', where: 'https://m.facebook.com/some.profile.name?fbclid=abc', reported: 'I’m not sure' },
];
