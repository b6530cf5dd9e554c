/**
 * The delivery settings: the mail relay (or the embedded one), who receives referrals and by
 * which route, the data key, PGP, the email's form and the outbox's timing. Kept together so they
 * can be read, reviewed and changed in one place; `lib/env.ts` composes them with the rest.
 */
import 'server-only';
import path from 'node:path';
import { z } from 'zod';
import type { DataKeySource } from '@/lib/crypto/data-key';
import { decodeDataKey } from '@/lib/crypto/payload-cipher';
import { EnvError, text } from '@/lib/shell-env';

const deliveryEmail = z.email({ error: 'must be an email address' });
const positiveMs = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const deliveryVariables = {
  // One URL: smtps://user:pass@host:465 or smtp://host:587 (STARTTLS is then required).
  // Unset in demo mode: the embedded loopback SMTP server and the mailbox page are used.
  SMTP_URL: z.string().trim().max(2048).optional(),
  EMBEDDED_SMTP_PORT: z.coerce.number().int().min(0).max(65535).default(2525),
  MAIL_FROM: deliveryEmail.optional(),
  REFERRAL_TO_EMAIL: deliveryEmail.optional(),
  ROUTE_ENGLAND_EMAIL: deliveryEmail.optional(),
  ROUTE_WALES_EMAIL: deliveryEmail.optional(),
  ROUTE_SCOTLAND_EMAIL: deliveryEmail.optional(),
  ROUTE_NORTHERN_IRELAND_EMAIL: deliveryEmail.optional(),
  ROUTE_ELSEWHERE_EMAIL: deliveryEmail.optional(),
  // 32 random bytes, base64. Or DATA_KEY_FILE naming a file holding them.
  DATA_KEY: z.string().trim().optional(),
  DATA_KEY_FILE: text(4096).optional(),
  PGP_PUBLIC_KEY_FILE: text(4096).optional(),
  // Said explicitly in production, so that an empty or misspelt PGP_PUBLIC_KEY_FILE can never
  // quietly send every referral in plain text.
  DELIVERY_ENCRYPTION: z.enum(['pgp', 'none'], { error: 'must be pgp or none' }).optional(),
  // `notice`: the email says only that a referral arrived (reference, priority, when) and how to
  // read it on the server, for services that must not receive referrals by email at all.
  REFERRAL_EMAIL: z.enum(['full', 'notice'], { error: 'must be full or notice' }).default('full'),
  OUTBOX_POLL_MS: positiveMs(1_000),
  OUTBOX_LEASE_MS: positiveMs(120_000),
  OUTBOX_BACKOFF_BASE_MS: positiveMs(10_000),
  OUTBOX_BACKOFF_MAX_MS: positiveMs(3_600_000),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(30),
  OUTBOX_PERMANENT_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(3),
};

export const DEMO_MAIL_FROM = 'referrals-noreply@get-help.example';

/** The nations a referral can be routed by; mirrors `Nation` in lib/delivery/repository.ts. */
export const ROUTED_NATIONS = {
  england: 'ROUTE_ENGLAND_EMAIL',
  wales: 'ROUTE_WALES_EMAIL',
  scotland: 'ROUTE_SCOTLAND_EMAIL',
  'northern-ireland': 'ROUTE_NORTHERN_IRELAND_EMAIL',
  elsewhere: 'ROUTE_ELSEWHERE_EMAIL',
} as const;

export type DeliveryEnv = {
  /** `embedded`: the loopback SMTP server and mailbox page; `url`: a real relay. */
  smtp: { kind: 'embedded'; port: number } | { kind: 'url'; url: string };
  mailFrom: string;
  recipient: string;
  routes: Partial<Record<keyof typeof ROUTED_NATIONS, string>>;
  /** The key for payloads at rest: given inline, in a named file, or created in DATA_DIR (demo). */
  dataKey: DataKeySource;
  pgpPublicKeyFile: string | undefined;
  /**
   * `full`: every answer, with the referral.v1 JSON attached. `notice`: no content at all; the
   * caseworker reads the referral on the server. A PGP key, if set, encrypts whichever is sent.
   */
  referralEmail: 'full' | 'notice';
  outbox: {
    pollMs: number;
    leaseMs: number;
    backoff: { baseMs: number; maxMs: number };
    maxAttempts: number;
    permanentMaxAttempts: number;
  };
};

type DeliveryRaw = z.infer<z.ZodObject<typeof deliveryVariables>>;

export function parseDelivery(raw: DeliveryRaw, mode: 'demo' | 'production', dataDir: string, supportEmail: string): DeliveryEnv {
  const problems: string[] = [];
  if (mode === 'production') {
    // Production never falls back to the embedded server: a referral must reach a real service.
    if (!raw.SMTP_URL) problems.push('SMTP_URL: is required when APP_MODE=production');
    if (!raw.MAIL_FROM) problems.push('MAIL_FROM: is required when APP_MODE=production');
    if (!raw.DATA_KEY && !raw.DATA_KEY_FILE) {
      problems.push('DATA_KEY: DATA_KEY or DATA_KEY_FILE is required when APP_MODE=production');
    }
    if (!raw.DELIVERY_ENCRYPTION) {
      problems.push('DELIVERY_ENCRYPTION: is required when APP_MODE=production (pgp, with PGP_PUBLIC_KEY_FILE, or none)');
    }
  }
  if (raw.DELIVERY_ENCRYPTION === 'pgp' && !raw.PGP_PUBLIC_KEY_FILE) {
    problems.push('PGP_PUBLIC_KEY_FILE: is required when DELIVERY_ENCRYPTION=pgp');
  }
  if (raw.DELIVERY_ENCRYPTION === 'none' && raw.PGP_PUBLIC_KEY_FILE) {
    problems.push('DELIVERY_ENCRYPTION: is none, but PGP_PUBLIC_KEY_FILE is set; say pgp or remove the key');
  }
  if (raw.DATA_KEY && raw.DATA_KEY_FILE) problems.push('DATA_KEY: set DATA_KEY or DATA_KEY_FILE, not both');
  if (raw.DATA_KEY && !decodeDataKey(raw.DATA_KEY)) {
    problems.push('DATA_KEY: must be 32 random bytes in base64, 44 characters (openssl rand -base64 32)');
  }
  if (problems.length > 0) throw new EnvError(`Invalid configuration:\n  ${problems.join('\n  ')}`);

  const routes: DeliveryEnv['routes'] = {};
  for (const [nation, variable] of Object.entries(ROUTED_NATIONS)) {
    const address = raw[variable];
    if (address) routes[nation as keyof typeof ROUTED_NATIONS] = address;
  }
  return {
    smtp: raw.SMTP_URL ? { kind: 'url', url: raw.SMTP_URL } : { kind: 'embedded', port: raw.EMBEDDED_SMTP_PORT },
    mailFrom: raw.MAIL_FROM ?? DEMO_MAIL_FROM,
    recipient: raw.REFERRAL_TO_EMAIL ?? supportEmail,
    routes,
    dataKey: raw.DATA_KEY
      ? { kind: 'inline', base64: raw.DATA_KEY }
      : raw.DATA_KEY_FILE
        ? { kind: 'file', path: path.resolve(raw.DATA_KEY_FILE), createIfMissing: false }
        : { kind: 'file', path: path.join(dataDir, 'data.key'), createIfMissing: true },
    pgpPublicKeyFile: raw.PGP_PUBLIC_KEY_FILE ? path.resolve(raw.PGP_PUBLIC_KEY_FILE) : undefined,
    referralEmail: raw.REFERRAL_EMAIL,
    outbox: {
      pollMs: raw.OUTBOX_POLL_MS,
      leaseMs: raw.OUTBOX_LEASE_MS,
      backoff: { baseMs: raw.OUTBOX_BACKOFF_BASE_MS, maxMs: raw.OUTBOX_BACKOFF_MAX_MS },
      maxAttempts: raw.OUTBOX_MAX_ATTEMPTS,
      permanentMaxAttempts: raw.OUTBOX_PERMANENT_MAX_ATTEMPTS,
    },
  };
}
