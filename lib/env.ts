/**
 * The service's configuration: read from the environment once, validated with zod, with the
 * embedded defaults written here so that `npm run demo` works on a fresh machine with no
 * settings at all.
 *
 * Two modes, and no default between them: a server started without `APP_MODE` refuses to start,
 * because the wrong guess either way hurts someone (`npm run demo` sets `demo` itself).
 * - `demo`: everything has a safe local default and every page says it is a demo, so nobody
 *   mistakes it for a live service. It shows every referral at /mailbox, so it is refused on any
 *   address but loopback.
 * - `production`: the settings that identify the real support service and the public address
 *   have no defaults, and a value copied from the demo (a fictional number, a reserved `.example`
 *   domain, plain http) is refused by name rather than sending people to a made-up phone number.
 */
import 'server-only';
import path from 'node:path';
import { z } from 'zod';
import type { DataKeySource } from '@/lib/crypto/data-key';
import { decodeDataKey } from '@/lib/crypto/payload-cipher';
import { DEFAULT_RETENTION_POLICY, type RetentionPolicy } from '@/lib/cases/retention-rules';
import { isLoopbackHostname } from '@/lib/loopback';
import {
  DEMO_SUPPORT_SERVICE,
  demoPublicBaseUrl,
  EnvError,
  REQUIRED_IN_PRODUCTION,
  shellOf,
  shellVariables,
  text,
  type ShellEnv,
} from '@/lib/shell-env';

export { EnvError, parseShellEnv, type AppMode, type ShellEnv } from '@/lib/shell-env';

// ---- Delivery of referrals (storage, outbox, SMTP, routing, PGP, retention) ---------------------
// Kept together so the delivery settings can be read, reviewed and changed in one place.

const deliveryEmail = z.email({ error: 'must be an email address' });
const positiveMs = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const deliveryVariables = {
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

const DEMO_MAIL_FROM = 'referrals-noreply@get-help.example';

/** The nations a referral can be routed by; mirrors `Nation` in lib/delivery/repository.ts. */
const ROUTED_NATIONS = {
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

function parseDelivery(raw: DeliveryRaw, mode: 'demo' | 'production', dataDir: string, supportEmail: string): DeliveryEnv {
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

// ---- End of delivery settings ---------------------------------------------------------------

const rawSchema = z.object({
  ...deliveryVariables,
  ...shellVariables,
  DATA_DIR: text(4096).default('data'),
  // Where `npm start`, `npm run dev` and `npm run demo` listen (scripts/serve.mjs); read here so
  // that a demo on a public address is refused.
  HOST: text(255).optional(),
});

// --- Security settings (issue 7) ---------------------------------------------------------------
// In a block of their own so that settings added above for other features merge cleanly.

/** Where people report a vulnerability (security.txt). Demo default: a reserved domain. */
const DEMO_SECURITY_CONTACT = 'mailto:security@support-service.example';

const SECURITY_REQUIRED_IN_PRODUCTION = ['SECURITY_CONTACT'] as const;

const securitySchema = z.object({
  // RFC 9116 wants a URI: an email address as mailto:, or an https page or form.
  SECURITY_CONTACT: z
    .string()
    .trim()
    .regex(/^(mailto:[^\s@<>]+@[^\s@<>]+|https:\/\/[^\s<>]+)$/, 'must be a mailto: or https: address')
    .optional(),
  // Referral submissions one client may make in the window before being asked to wait.
  RATE_LIMIT_SUBMISSIONS: z.coerce.number().int().min(1).max(1000).default(5),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86_400).default(600),
  // How many reverse proxies in front of the service append to X-Forwarded-For. 0 when people
  // reach `next start` directly, which fills the header from the connection itself.
  // Required in production: behind a proxy, 0 puts every client in the proxy's one bucket.
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).optional(),
  // Step posts (Continue, Back) one client may make in the window: generous, for a person who
  // goes back and forth, but a bound on a script.
  RATE_LIMIT_STEPS: z.coerce.number().int().min(1).max(100_000).default(300),
  // A short window on the same posts: a person reading each page, or going Back and Continue
  // quickly, posts a few in ten seconds; a script posts dozens a second and meets this first.
  RATE_LIMIT_STEP_BURST: z.coerce.number().int().min(1).max(100_000).default(30),
  RATE_LIMIT_STEP_BURST_SECONDS: z.coerce.number().int().min(1).max(3_600).default(10),
  // And one client's posts are let in at least this far apart, a faster one waiting its turn:
  // no two of a script's posts are then ever being checked at once.
  RATE_LIMIT_STEP_SPACING_MS: z.coerce.number().int().min(0).max(10_000).default(250),
});

/** The security settings the rest of the server reads. */
export type SecurityEnv = {
  /** The RFC 9116 Contact URI. */
  contact: string;
  rateLimit: { submissions: number; steps: number; windowSeconds: number; stepBurst: number; stepBurstSeconds: number; stepSpacingMs: number };
  trustedProxyHops: number;
};

function securityEnv(raw: z.infer<typeof securitySchema>): SecurityEnv {
  return {
    contact: raw.SECURITY_CONTACT ?? DEMO_SECURITY_CONTACT,
    rateLimit: {
      submissions: raw.RATE_LIMIT_SUBMISSIONS,
      steps: raw.RATE_LIMIT_STEPS,
      windowSeconds: raw.RATE_LIMIT_WINDOW_SECONDS,
      stepBurst: raw.RATE_LIMIT_STEP_BURST,
      stepBurstSeconds: raw.RATE_LIMIT_STEP_BURST_SECONDS,
      stepSpacingMs: raw.RATE_LIMIT_STEP_SPACING_MS,
    },
    trustedProxyHops: raw.TRUSTED_PROXY_HOPS ?? 0,
  };
}
// --- End of security settings -----------------------------------------------------------------

// --- Caseworker inbox settings (issue 17) ------------------------------------------------------

const inboxSchema = z.object({
  // A staff session unused for this long ends (minutes), and every session ends this long after
  // sign-in (hours).
  STAFF_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  STAFF_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24).default(10),
  // Working days within which a new referral should be contacted before the inbox marks it overdue.
  CONTACT_TARGET_WORKING_DAYS: z.coerce.number().int().min(1).max(30).default(2),
});

/** The inbox settings the rest of the server reads. */
export type InboxEnv = { sessionIdleMs: number; sessionMaxMs: number; contactTargetWorkingDays: number };

function inboxEnv(raw: z.infer<typeof inboxSchema>): InboxEnv {
  return {
    sessionIdleMs: raw.STAFF_SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: raw.STAFF_SESSION_MAX_HOURS * 3_600_000,
    contactTargetWorkingDays: raw.CONTACT_TARGET_WORKING_DAYS,
  };
}
// --- End of caseworker inbox settings ---------------------------------------------------------

// --- Storage (issue 21) -------------------------------------------------------------------------
// SQLite in DATA_DIR by default; PostgreSQL when DATABASE_URL names one, for several instances.

const storageSchema = z.object({
  // postgres://user:password@host:5432/database?sslmode=verify-full
  DATABASE_URL: z.string().trim().max(4096).optional(),
});

/** Where referrals, staff, sessions and the audit log are kept. */
export type StorageEnv = { kind: 'sqlite' } | { kind: 'postgres'; url: string };

/** sslmode values under which pg encrypts the connection and checks the server's certificate. */
const VERIFYING_SSL_MODES = new Set(['require', 'verify-ca', 'verify-full']);

/**
 * The store DATABASE_URL selects. Problems name the variable but never echo the URL, which
 * usually carries a password. In production, a database on another host must be reached over
 * TLS (`sslmode=verify-full`, or `require`/`verify-ca`, which the driver treats as verify-full):
 * referrals cross that network. On loopback or a Unix socket there is no network to protect.
 */
function storageEnv(raw: z.infer<typeof storageSchema>, mode: 'demo' | 'production'): { storage?: StorageEnv; problems: string[] } {
  if (raw.DATABASE_URL === undefined) return { storage: { kind: 'sqlite' }, problems: [] };
  let url: URL;
  try {
    url = new URL(raw.DATABASE_URL);
  } catch {
    return { problems: ['DATABASE_URL: must be a postgres:// URL'] };
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    return { problems: ['DATABASE_URL: must be a postgres:// URL (SQLite needs no setting: leave it unset)'] };
  }
  const socketHost = url.searchParams.get('host');
  const local = socketHost?.startsWith('/') || (url.hostname !== '' && isLoopbackHostname(url.hostname));
  const sslMode = url.searchParams.get('sslmode');
  if (mode === 'production' && !local && !(sslMode && VERIFYING_SSL_MODES.has(sslMode))) {
    return { problems: ['DATABASE_URL: a database on another host needs sslmode=verify-full in production'] };
  }
  return { storage: { kind: 'postgres', url: raw.DATABASE_URL }, problems: [] };
}
// --- End of storage settings ------------------------------------------------------------------

// --- A case's whole life: retention, the idle flag, the managers' digest (issue 19) -----------

const retentionDays = (fallback: number) => z.coerce.number().int().min(0).max(3650).default(fallback);

// The defaults and why a data-protection officer would sign them off are in the README
// ("Retention"). Days count from when the case was closed or, if later, its last activity.
const retentionSchema = z.object({
  RETENTION_DAYS_SUPPORTED: retentionDays(DEFAULT_RETENTION_POLICY.daysByOutcome.supported),
  RETENTION_DAYS_REFERRED_ON: retentionDays(DEFAULT_RETENTION_POLICY.daysByOutcome['referred-on']),
  RETENTION_DAYS_COULD_NOT_CONTACT: retentionDays(DEFAULT_RETENTION_POLICY.daysByOutcome['could-not-contact']),
  RETENTION_DAYS_DECLINED: retentionDays(DEFAULT_RETENTION_POLICY.daysByOutcome.declined),
  RETENTION_DAYS_WITHDRAWN: retentionDays(DEFAULT_RETENTION_POLICY.daysByOutcome.withdrawn),
  RETENTION_REMINDER_DAYS: z.coerce.number().int().min(1).max(365).default(DEFAULT_RETENTION_POLICY.reminderDays),
  RETENTION_IDLE_DAYS: z.coerce.number().int().min(1).max(3650).default(DEFAULT_RETENTION_POLICY.idleDays),
  MANAGER_DIGEST_HOUR_UTC: z.coerce.number().int().min(0).max(23).default(7),
});

export type RetentionEnv = { policy: RetentionPolicy; digestHourUtc: number };

function retentionEnv(raw: z.infer<typeof retentionSchema>): RetentionEnv {
  return {
    policy: {
      daysByOutcome: {
        supported: raw.RETENTION_DAYS_SUPPORTED,
        'referred-on': raw.RETENTION_DAYS_REFERRED_ON,
        'could-not-contact': raw.RETENTION_DAYS_COULD_NOT_CONTACT,
        declined: raw.RETENTION_DAYS_DECLINED,
        withdrawn: raw.RETENTION_DAYS_WITHDRAWN,
      },
      reminderDays: raw.RETENTION_REMINDER_DAYS,
      idleDays: raw.RETENTION_IDLE_DAYS,
    },
    digestHourUtc: raw.MANAGER_DIGEST_HOUR_UTC,
  };
}
// --- End of retention settings -----------------------------------------------------------------

const schema = rawSchema.extend(securitySchema.shape).extend(inboxSchema.shape).extend(retentionSchema.shape).extend(storageSchema.shape);


/** Variables this service reads under prefixes where a misspelling would silently weaken it. */
const GUARDED_PREFIX = /^(PGP|SMTP|DATA|DELIVERY|RETENTION)_/;

/** Settings this service read once and no longer does, with what replaced them. */
const RETIRED_SETTINGS: Record<string, string> = {
  RETENTION_DAYS:
    'is no longer read: a case is now kept while it is open, and deleted a number of days after it closes, set per outcome with RETENTION_DAYS_SUPPORTED, _REFERRED_ON, _COULD_NOT_CONTACT, _DECLINED and _WITHDRAWN',
};

/** Domains reserved for examples and tests (RFC 2606, RFC 6761): nobody can receive mail there. */
function isReservedDomain(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return (
    /(^|\.)(example|test|invalid|localhost)$/.test(name) ||
    /(^|\.)example\.(com|net|org)$/.test(name)
  );
}

/** The domain of an email address, a mailto: URI or a URL; undefined when there is none. */
function domainOf(value: string): string | undefined {
  const email = /@([^@\s>]+)$/.exec(value.replace(/^mailto:/, ''));
  if (email?.[1]) return email[1];
  try {
    return new URL(value).hostname;
  } catch {
    return undefined;
  }
}

/** Settings whose demo value would mislead people if it reached production, and their names. */
const DEMO_VALUES: Record<string, string> = {
  ...DEMO_SUPPORT_SERVICE,
  PUBLIC_BASE_URL: demoPublicBaseUrl(),
  SECURITY_CONTACT: DEMO_SECURITY_CONTACT,
  MAIL_FROM: DEMO_MAIL_FROM,
};

/** Settings that name a domain someone must be able to reach. */
const DOMAIN_SETTINGS = [
  'PUBLIC_BASE_URL',
  'SUPPORT_SERVICE_EMAIL',
  'SECURITY_CONTACT',
  'MAIL_FROM',
  'REFERRAL_TO_EMAIL',
  ...Object.values(ROUTED_NATIONS),
] as const;

const comparable = (value: string) => value.toLowerCase().replace(/[\s/]+/g, ' ').trim();

/** What production refuses although each value is well formed: demo leftovers and plain http. */
function productionProblems(raw: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [name, demoValue] of Object.entries(DEMO_VALUES)) {
    const value = raw[name];
    if (typeof value === 'string' && comparable(value) === comparable(demoValue)) {
      problems.push(`${name}: is the demo's value; give the real service's own`);
    }
  }
  for (const name of DOMAIN_SETTINGS) {
    const value = raw[name];
    const domain = typeof value === 'string' ? domainOf(value) : undefined;
    if (domain && isReservedDomain(domain) && !problems.some((problem) => problem.startsWith(`${name}:`))) {
      problems.push(`${name}: uses a reserved example domain (${domain}), which nobody can receive at`);
    }
  }
  const publicUrl = raw.PUBLIC_BASE_URL;
  if (typeof publicUrl === 'string' && !publicUrl.startsWith('https:')) {
    problems.push('PUBLIC_BASE_URL: must be an https address in production');
  }
  if (raw.TRUSTED_PROXY_HOPS === undefined) {
    problems.push('TRUSTED_PROXY_HOPS: is required when APP_MODE=production (0 if people reach this server directly, 1 behind one proxy)');
  }
  return problems;
}

/** What demo mode refuses: any address but this machine's, since /mailbox shows every referral. */
function demoProblems(raw: { HOST?: string; PUBLIC_BASE_URL?: string }): string[] {
  const problems: string[] = [];
  if (raw.HOST && !isLoopbackHostname(raw.HOST)) {
    problems.push('HOST: demo mode listens on loopback only (127.0.0.1); its mailbox shows every referral');
  }
  if (raw.PUBLIC_BASE_URL && !isLoopbackHostname(new URL(raw.PUBLIC_BASE_URL).hostname)) {
    problems.push('PUBLIC_BASE_URL: demo mode is reached at localhost only; set APP_MODE=production to serve the public');
  }
  return problems;
}

/** The validated configuration the rest of the server reads. */
export type Env = Omit<ShellEnv, 'publicBaseUrl'> & {
  /** Absolute path of the directory the service keeps its data in. */
  dataDir: string;
  publicBaseUrl: URL;
  delivery: DeliveryEnv;
  security: SecurityEnv;
  inbox: InboxEnv;
  retention: RetentionEnv;
  storage: StorageEnv;
};


/**
 * Validates an environment (normally `process.env`) and applies the embedded defaults.
 * Throws an `EnvError` naming each bad or missing variable, never echoing secret values.
 */
export function parseEnv(source: Record<string, string | undefined>): Env {
  // An empty variable (`FOO=` in a .env file) means "not set", so defaults still apply.
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const result = schema.safeParse(cleaned);
  // A misspelt PGP_PUBLIC_KEY (for _FILE) must not pass as "no encryption".
  const unknown = Object.keys(source)
    .filter((name) => GUARDED_PREFIX.test(name) && !(name in schema.shape))
    .map((name) => `${name}: ${RETIRED_SETTINGS[name] ?? 'is not a setting this service reads; check its spelling'}`);
  if (!result.success || unknown.length > 0) {
    const problems = (result.success ? [] : result.error.issues).map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new EnvError(`Invalid configuration:\n  ${[...problems, ...unknown].join('\n  ')}`);
  }
  const raw = result.data;

  const modeProblems =
    raw.APP_MODE === 'production'
      ? [
          ...[...REQUIRED_IN_PRODUCTION, ...SECURITY_REQUIRED_IN_PRODUCTION]
            .filter((key) => raw[key] === undefined)
            .map((key) => `${key}: is required when APP_MODE=production`),
          ...productionProblems(raw),
        ]
      : demoProblems(raw);
  const { storage, problems: storageProblems } = storageEnv(raw, raw.APP_MODE);
  modeProblems.push(...storageProblems);
  const dataDir = path.resolve(raw.DATA_DIR);
  const supportEmail = raw.SUPPORT_SERVICE_EMAIL ?? DEMO_SUPPORT_SERVICE.SUPPORT_SERVICE_EMAIL;
  let delivery: DeliveryEnv | undefined;
  try {
    delivery = parseDelivery(raw, raw.APP_MODE, dataDir, supportEmail);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    // Every problem in one message, so the operator fixes them in one go.
    modeProblems.push(...error.message.split('\n').slice(1).map((line) => line.trim()));
  }
  if (modeProblems.length > 0 || !delivery || !storage) throw new EnvError(`Invalid configuration:\n  ${modeProblems.join('\n  ')}`);

  const shell = shellOf(raw);
  return {
    ...shell,
    publicBaseUrl: new URL(shell.publicBaseUrl),
    dataDir,
    delivery,
    security: securityEnv(raw),
    inbox: inboxEnv(raw),
    retention: retentionEnv(raw),
    storage,
  };
}

let cached: Env | undefined;

/** The configuration of this process, validated on first use and then kept. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
