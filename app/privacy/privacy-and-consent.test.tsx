/**
 * The privacy notice and the form's consent step, rendered as the server renders them from the
 * same configuration: they say the same thing about how long her answers are kept, worked out
 * by one function from the retention rules the server runs, and the consent step says where her
 * answers go and who reads them as the delivery settings actually do it.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReferralWizard, type ReferralFormState } from '@/components/referral/referral-wizard';
import { answersNoticeFor, keptSentence } from '@/lib/cases/answers-notice';
import { keptAfterClosing } from '@/lib/cases/retention-rules';
import { parseEnv, type Env } from '@/lib/env';
import { startState } from '@/lib/referral/wizard';

let env: Env = parseEnv({ APP_MODE: 'demo' });
vi.mock('@/lib/env', async (importOriginal) => ({ ...(await importOriginal<typeof import('@/lib/env')>()), getEnv: () => env }));
afterEach(() => {
  env = parseEnv({ APP_MODE: 'demo' });
});

/** What a reader sees: text only, entities decoded, spaces collapsed. */
const visibleText = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&rsquo;|&#x27;|&#39;/g, '’')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

async function privacyNotice(): Promise<string> {
  const { default: PrivacyPage } = await import('./page');
  return visibleText(renderToStaticMarkup(<PrivacyPage />));
}

/** The consent step, rendered as the form's page renders it (app/report/questions/page.tsx). */
function consentStep(): string {
  const state: ReferralFormState = { ...startState('00000000-0000-4000-8000-000000000000'), stepId: 'consent' };
  const { supportService } = env;
  return visibleText(
    renderToStaticMarkup(
      <ReferralWizard
        initialState={state}
        action={async (previous) => previous}
        service={{ name: supportService.name, phone: supportService.phone, hours: supportService.hours }}
        guides={[]}
        answersNotice={answersNoticeFor(env)}
      />,
    ),
  );
}

const keptIn = (text: string) => /We keep your answers while a support worker is helping you, and delete them [^.]+\./.exec(text)?.[0];

describe('the consent step and the privacy notice', () => {
  it('item 5: state the same retention, from the retention rules the server runs', async () => {
    env = parseEnv({ APP_MODE: 'demo', RETENTION_DAYS_SUPPORTED: '45', RETENTION_DAYS_REFERRED_ON: '45', RETENTION_DAYS_COULD_NOT_CONTACT: '21', RETENTION_DAYS_DECLINED: '7' });
    const { shortest, longest } = keptAfterClosing(env.retention.policy);
    expect([shortest, longest]).toEqual([7, 45]);
    const consent = keptIn(consentStep());
    expect(consent).toBe('We keep your answers while a support worker is helping you, and delete them between 7 and 45 days after your case is closed.');
    expect(keptIn(await privacyNotice())).toBe(consent);
    expect(consent).toBe(keptSentence(env.retention.policy));
  });

  it('item 5: follow a change to the rules together, so they cannot drift apart', async () => {
    env = parseEnv({ APP_MODE: 'demo', RETENTION_DAYS_SUPPORTED: '60', RETENTION_DAYS_REFERRED_ON: '60', RETENTION_DAYS_COULD_NOT_CONTACT: '60', RETENTION_DAYS_DECLINED: '60' });
    expect(keptIn(consentStep())).toBe('We keep your answers while a support worker is helping you, and delete them 60 days after your case is closed.');
    expect(keptIn(await privacyNotice())).toBe(keptIn(consentStep()));
  });

  it('item 5: the consent step says the answers are kept encrypted on the server and emailed, who reads them, and links the privacy notice in a new tab', () => {
    const text = consentStep();
    const name = env.supportService.name;
    expect(text).toContain('When you press Send, your answers go to our server, which keeps them encrypted.');
    expect(text).toContain(`It also emails them to ${name}.`);
    expect(text).toContain(`Support workers at ${name} read them, to contact you and help you. ${name} may also keep the email as part of your case.`);
    expect(text).toContain('Read the privacy notice (opens in a new tab, so your answers here are kept)');
    const html = renderToStaticMarkup(<ReferralWizard initialState={{ ...startState('00000000-0000-4000-8000-000000000000'), stepId: 'consent' }} action={async (previous) => previous} service={{ name, phone: '', hours: '' }} guides={[]} answersNotice={answersNoticeFor(env)} />);
    expect(html).toMatch(/<a href="\/privacy" target="_blank"[^>]*data-site-tab/);
    // What it used to promise, and the server never did: deletion soon after delivery.
    expect(text).not.toContain('only until the support service has received it');
  });

  it('item 5: with a PGP key, it says the email is encrypted; with notice emails, that no answers are emailed', async () => {
    env = parseEnv({ APP_MODE: 'demo', PGP_PUBLIC_KEY_FILE: '/nonexistent/key.asc' });
    expect(consentStep()).toContain(`It also emails them to ${env.supportService.name}, encrypted so that only they can read them.`);
    env = parseEnv({ APP_MODE: 'demo', REFERRAL_EMAIL: 'notice' });
    const consent = consentStep();
    expect(consent).toContain(`It emails ${env.supportService.name} to say that someone has asked for help, without any of your answers.`);
    expect(consent).toContain(`Support workers at ${env.supportService.name} read your answers on our server`);
    expect(consent).not.toContain('It also emails them');
    // The privacy notice says the same, in the same words.
    expect(await privacyNotice()).toContain(`It emails ${env.supportService.name} to say that someone has asked for help, without any of your answers.`);
  });
});
