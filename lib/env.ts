/**
 * The service's configuration: read from the environment once, validated with zod, with the
 * embedded defaults written here so that `npm run demo` works on a fresh machine with no
 * settings at all.
 *
 * Two modes:
 * - `demo` (the default): everything has a safe local default and every page says it is a demo,
 *   so nobody mistakes it for a live service.
 * - `production`: the settings that identify the real support service and the public address
 *   have no defaults; starting without them is refused rather than sending people to a made-up
 *   phone number.
 */
import 'server-only';
import path from 'node:path';
import { z } from 'zod';

const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/** The demo support service: a fictional organisation with an Ofcom drama-range number. */
const DEMO_SUPPORT_SERVICE = {
  SUPPORT_SERVICE_NAME: 'Example Support Service (demo)',
  SUPPORT_SERVICE_EMAIL: 'referrals@support-service.example',
  SUPPORT_SERVICE_PHONE: '020 7946 0123',
  SUPPORT_SERVICE_HOURS: 'Monday to Friday, 9am to 5pm',
} as const;

/** Settings that production must set explicitly because a default would mislead people. */
const REQUIRED_IN_PRODUCTION = [
  'PUBLIC_BASE_URL',
  'SUPPORT_SERVICE_NAME',
  'SUPPORT_SERVICE_EMAIL',
  'SUPPORT_SERVICE_PHONE',
  'SUPPORT_SERVICE_HOURS',
] as const;

const text = (max: number) => z.string().trim().min(1).max(max);

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http or https address' });

const rawSchema = z.object({
  APP_MODE: z.enum(['demo', 'production']).default('demo'),
  DATA_DIR: text(4096).default('data'),
  PUBLIC_BASE_URL: httpUrl.optional(),
  // Must be another site, over https, that shows nothing personal (GOV.UK's advice).
  EXIT_URL: z
    .url({ protocol: /^https$/, error: 'must be an https address of another, neutral site' })
    .default(DEFAULT_EXIT_URL),
  SUPPORT_SERVICE_NAME: text(120).optional(),
  SUPPORT_SERVICE_EMAIL: z.email({ error: 'must be an email address' }).optional(),
  SUPPORT_SERVICE_PHONE: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 ]{6,19}$/, 'must be a phone number of digits and spaces')
    .optional(),
  SUPPORT_SERVICE_HOURS: text(200).optional(),
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
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
});

/** The security settings the rest of the server reads. */
export type SecurityEnv = {
  /** The RFC 9116 Contact URI. */
  contact: string;
  rateLimit: { submissions: number; windowSeconds: number };
  trustedProxyHops: number;
};

function securityEnv(raw: z.infer<typeof securitySchema>): SecurityEnv {
  return {
    contact: raw.SECURITY_CONTACT ?? DEMO_SECURITY_CONTACT,
    rateLimit: { submissions: raw.RATE_LIMIT_SUBMISSIONS, windowSeconds: raw.RATE_LIMIT_WINDOW_SECONDS },
    trustedProxyHops: raw.TRUSTED_PROXY_HOPS,
  };
}
// --- End of security settings -----------------------------------------------------------------

const schema = rawSchema.extend(securitySchema.shape);

export type AppMode = z.infer<typeof rawSchema>['APP_MODE'];

/** The validated configuration the rest of the server reads. */
export type Env = {
  mode: AppMode;
  /** Absolute path of the directory the service keeps its data in. */
  dataDir: string;
  publicBaseUrl: URL;
  exitUrl: string;
  supportService: {
    name: string;
    email: string;
    phone: string;
    hours: string;
  };
  security: SecurityEnv;
};

/** Raised when the environment is unusable; the message names every variable at fault. */
export class EnvError extends Error {
  override name = 'EnvError';
}

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
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${issue.path.join('.')}: ${issue.message}`,
    );
    throw new EnvError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const raw = result.data;

  if (raw.APP_MODE === 'production') {
    const missing = [...REQUIRED_IN_PRODUCTION, ...SECURITY_REQUIRED_IN_PRODUCTION].filter((key) => raw[key] === undefined);
    if (missing.length > 0) {
      throw new EnvError(
        `Invalid configuration:\n  ${missing
          .map((key) => `${key}: is required when APP_MODE=production`)
          .join('\n  ')}`,
      );
    }
  }

  const demo = DEMO_SUPPORT_SERVICE;
  return {
    mode: raw.APP_MODE,
    dataDir: path.resolve(raw.DATA_DIR),
    publicBaseUrl: new URL(raw.PUBLIC_BASE_URL ?? 'http://localhost:3000'),
    exitUrl: raw.EXIT_URL,
    supportService: {
      name: raw.SUPPORT_SERVICE_NAME ?? demo.SUPPORT_SERVICE_NAME,
      email: raw.SUPPORT_SERVICE_EMAIL ?? demo.SUPPORT_SERVICE_EMAIL,
      phone: raw.SUPPORT_SERVICE_PHONE ?? demo.SUPPORT_SERVICE_PHONE,
      hours: raw.SUPPORT_SERVICE_HOURS ?? demo.SUPPORT_SERVICE_HOURS,
    },
    security: securityEnv(raw),
  };
}

let cached: Env | undefined;

/** The configuration of this process, validated on first use and then kept. */
export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
