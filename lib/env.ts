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
import { deliveryVariables, DEMO_MAIL_FROM, parseDelivery, ROUTED_NATIONS, type DeliveryEnv } from '@/lib/env/delivery';
import { inboxEnv, inboxSchema, type InboxEnv } from '@/lib/env/inbox';
import { retentionEnv, retentionSchema, type RetentionEnv } from '@/lib/env/retention';
import {
  DEMO_SECURITY_CONTACT,
  SECURITY_REQUIRED_IN_PRODUCTION,
  securityEnv,
  securitySchema,
  type SecurityEnv,
} from '@/lib/env/security';
import { storageEnv, storageSchema, type StorageEnv } from '@/lib/env/storage';
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
export type { DeliveryEnv, InboxEnv, RetentionEnv, SecurityEnv, StorageEnv };

const rawSchema = z.object({
  ...deliveryVariables,
  ...shellVariables,
  DATA_DIR: text(4096).default('data'),
  // Where `npm start`, `npm run dev` and `npm run demo` listen (server/serve.mjs); read here so
  // that a demo on a public address is refused.
  HOST: text(255).optional(),
});

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
