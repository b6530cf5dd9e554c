/**
 * The content-free notice (REFERRAL_EMAIL=notice) through the real parts, as check 10 of the
 * security anchors asks: a referral with a canary in every free-text answer is accepted into a
 * real SQLite file, delivered by the outbox exactly as the server configures it, over SMTP to a
 * real server on loopback. Neither the raw message nor anything mailparser decodes from it
 * (text, HTML, attachments, headers) holds a canary; the same referral in full mode does, which
 * shows the check would catch a leak.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestKeyring } from '@/e2e/support/gpg';
import { startSmtpCapture } from '@/e2e/support/smtp-capture';
import { parseEnv } from '@/lib/env';
import { demoSettings } from '@/testing/test-env';
import { referralSchema } from '@/lib/referral/schema';
import { canaryAnswers } from '@/testing/test-answers';
import { captureLog } from '@/testing/test-log';
import { acceptReferralWith } from './accept';
import { createConfiguredOutbox } from '@/lib/runtime/delivery-runtime';
import { openStorage } from '@/lib/runtime/open-storage';
import { messageIdFor } from './mail-message';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** Accepts the canary referral and delivers it with these settings; resolves with what arrived. */
async function deliverCanaryReferral(settings: Record<string, string>) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'notice-mode-'));
  const smtp = await startSmtpCapture();
  const env = parseEnv({ ...demoSettings, DATA_DIR: dataDir, SMTP_URL: `smtp://127.0.0.1:${smtp.port}`, ...settings });
  const storage = await openStorage(env);
  const { outbox, transport } = createConfiguredOutbox(env, storage.store.delivery, storage.dataKey, `smtp://127.0.0.1:${smtp.port}`);
  cleanups.push(async () => {
    transport.close();
    await smtp.close();
    await storage.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const marker = `cnry${randomBytes(4).toString('hex')}`;
  const { answers, canaries } = canaryAnswers(marker);
  // A referral the server would accept; stored whole, so even answers that do not apply are in it.
  expect(referralSchema().safeParse(answers).success).toBe(true);
  const { reference } = await acceptReferralWith(
    { repository: storage.store.delivery, dataKey: storage.dataKey, log: captureLog().log },
    { formToken: randomBytes(16).toString('hex'), nation: 'england', payload: JSON.parse(JSON.stringify(answers)) },
  );
  expect(await outbox.drain()).toBe(1);
  expect(smtp.messages).toHaveLength(1);
  // The phone number is shown normalised (+44…) in the full email: look for that form too.
  const phone = canaries.phone!;
  const values = [marker, ...Object.values(canaries), phone.replace(/^0/, '+44').replace(/\s/g, '')];
  return { reference, canaries, values, raw: smtp.messages[0]!.raw.toString('latin1'), mail: await smtp.parse(0), env };
}

/** Everything mailparser decoded: headers, text, HTML and each attachment's bytes. */
function decoded(mail: ParsedMail): string {
  return [
    JSON.stringify([...mail.headers]),
    mail.text ?? '',
    typeof mail.html === 'string' ? mail.html : '',
    ...mail.attachments.map((attachment) => `${attachment.filename ?? ''}\n${attachment.content.toString('utf8')}`),
  ].join('\n');
}

const occurrences = (haystack: string, values: string[]) => values.filter((value) => haystack.includes(value));

describe('the content-free notice (REFERRAL_EMAIL=notice)', () => {
  it('carries none of the referral: no canary in the raw message or anything decoded from it', async () => {
    const { reference, values, raw, mail } = await deliverCanaryReferral({ REFERRAL_EMAIL: 'notice' });

    expect(occurrences(raw, values)).toEqual([]);
    expect(occurrences(decoded(mail), values)).toEqual([]);
    expect(mail.attachments).toEqual([]);

    expect(raw).toContain(reference);
    expect(mail.subject).toBe(`Referral ${reference}, priority: High`);
    expect(mail.text).toContain(`npm run outbox -- show ${reference}`);
    expect(mail.text).toMatch(/^Received: \w+day \d{1,2} \w+ \d{4} at \d{1,2}:\d{2}[ap]m \(UK time\)$/m);
    expect(mail.text).toContain('The server keeps the referral while its case is open in the caseworker inbox, and for at least 30 days after the case is closed.');
    expect(mail.html).toContain(`<pre><code>npm run outbox -- show ${reference}</code></pre>`);
  });

  it('goes with the full email’s Message-ID scheme and headers', async () => {
    const notice = await deliverCanaryReferral({ REFERRAL_EMAIL: 'notice', RETENTION_DAYS_DECLINED: '7' });
    const full = await deliverCanaryReferral({ REFERRAL_EMAIL: 'full' });
    expect(notice.mail.messageId).toBe(messageIdFor(notice.reference, notice.env.delivery.mailFrom));
    expect(full.mail.messageId).toBe(messageIdFor(full.reference, full.env.delivery.mailFrom));
    expect([...notice.mail.headers.keys()].sort()).toEqual([...full.mail.headers.keys()].sort());
    for (const header of ['from', 'to']) expect(notice.mail.headers.get(header)).toEqual(full.mail.headers.get(header));
    expect(notice.mail.text).toContain('and for at least 7 days after the case is closed');
  });

  it('in full mode the same referral carries every canary, so the check above would see a leak', async () => {
    const { canaries, mail } = await deliverCanaryReferral({});
    // Every value as typed is in the email or its referral.v1 attachment.
    expect(occurrences(decoded(mail), Object.values(canaries))).toEqual(Object.values(canaries));
  });

  it('with a PGP key as well, sends the notice encrypted, and still nothing of the referral', async () => {
    const keyring = createTestKeyring();
    cleanups.push(() => keyring.dispose());
    const { reference, values, raw } = await deliverCanaryReferral({ REFERRAL_EMAIL: 'notice', PGP_PUBLIC_KEY_FILE: keyring.publicKeyFile });
    expect(raw).toMatch(/Content-Type: multipart\/encrypted;[\s\S]*protocol="application\/pgp-encrypted"/i);
    const armored = /-----BEGIN PGP MESSAGE-----[\s\S]+?-----END PGP MESSAGE-----/.exec(raw)![0];
    const clear = keyring.decrypt(armored);
    const inner = await simpleParser(clear);
    expect(inner.text).toContain(`npm run outbox -- show ${reference}`);
    expect(occurrences(raw + clear + decoded(inner), values)).toEqual([]);
  });
});
