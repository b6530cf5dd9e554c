/**
 * The part of the configuration every page's shell shows: the mode (the demo banner), Exit this
 * page's destination, the support service named in the footer, and the site's address.
 *
 * Apart from lib/env.ts, and with no `server-only`, because the guidance pages are rendered to
 * static files by `next build` with these settings (in getStaticProps, which never reaches the
 * browser), and the Pages Router that builds them refuses `server-only` modules. None of these
 * settings is secret: every page shows them. lib/env.ts reads them through this module too, so
 * they are validated, and defaulted, in one place.
 */
import { z } from 'zod';

export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';
/**
 * The demo's own address: localhost (WebAuthn accepts no IP address) on the port it listens on,
 * so the links it prints (the inbox sign-in, enrolment) open the demo wherever PORT puts it.
 */
export function demoPublicBaseUrl(port = 3000): string {
  return `http://localhost:${port}`;
}

/** The demo support service: a fictional organisation with an Ofcom drama-range number. */
export const DEMO_SUPPORT_SERVICE = {
  SUPPORT_SERVICE_NAME: 'Example Support Service (demo)',
  SUPPORT_SERVICE_EMAIL: 'referrals@support-service.example',
  SUPPORT_SERVICE_PHONE: '020 7946 0123',
  SUPPORT_SERVICE_HOURS: 'Monday to Friday, 9am to 5pm',
} as const;

/** Settings that production must set explicitly because a default would mislead people. */
export const REQUIRED_IN_PRODUCTION = [
  'PUBLIC_BASE_URL',
  'SUPPORT_SERVICE_NAME',
  'SUPPORT_SERVICE_EMAIL',
  'SUPPORT_SERVICE_PHONE',
  'SUPPORT_SERVICE_HOURS',
] as const;

export const text = (max: number) => z.string().trim().min(1).max(max);

export const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http or https address' });

/** Raised when the environment is unusable; the message names every variable at fault. */
export class EnvError extends Error {
  override name = 'EnvError';
}

/** The shell's variables, as lib/env.ts's schema includes them. */
export const shellVariables = {
  APP_MODE: z.enum(['demo', 'production'], {
    error: 'must be demo or production: npm run demo sets demo; a real service sets production (see README)',
  }),
  // Read for the demo's default PUBLIC_BASE_URL only: production names its public address itself.
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
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
};

const shellSchema = z.object(shellVariables);

export type AppMode = z.infer<typeof shellSchema>['APP_MODE'];

/** The shell's settings, as plain values a static page can carry. */
export type ShellEnv = {
  mode: AppMode;
  /** The site's own address, as a string (a page's props must be plain data). */
  publicBaseUrl: string;
  exitUrl: string;
  supportService: {
    name: string;
    email: string;
    phone: string;
    hours: string;
  };
};

/** The shell's settings from validated variables, with the demo's defaults where unset. */
export function shellOf(raw: z.infer<typeof shellSchema>): ShellEnv {
  const demo = DEMO_SUPPORT_SERVICE;
  return {
    mode: raw.APP_MODE,
    publicBaseUrl: new URL(raw.PUBLIC_BASE_URL ?? demoPublicBaseUrl(raw.PORT)).href,
    exitUrl: raw.EXIT_URL,
    supportService: {
      name: raw.SUPPORT_SERVICE_NAME ?? demo.SUPPORT_SERVICE_NAME,
      email: raw.SUPPORT_SERVICE_EMAIL ?? demo.SUPPORT_SERVICE_EMAIL,
      phone: raw.SUPPORT_SERVICE_PHONE ?? demo.SUPPORT_SERVICE_PHONE,
      hours: raw.SUPPORT_SERVICE_HOURS ?? demo.SUPPORT_SERVICE_HOURS,
    },
  };
}

/**
 * The shell's settings alone, read when the guidance pages are built, so the build needs these
 * settings and only these: no secret is read to build a page. The server checks at start that
 * the pages were built with the settings it runs with (lib/guidance/built-shell.ts); the full
 * production checks (no value copied from the demo, no reserved domain) are lib/env.ts's.
 */
export function parseShellEnv(source: Record<string, string | undefined>): ShellEnv {
  // An empty variable (`FOO=` in a .env file) means "not set", so defaults still apply.
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const result = shellSchema.safeParse(cleaned);
  const problems = result.success
    ? result.data.APP_MODE === 'production'
      ? REQUIRED_IN_PRODUCTION.filter((key) => result.data[key] === undefined).map(
          (key) => `${key}: is required when APP_MODE=production`,
        )
      : []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  if (!result.success || problems.length > 0) {
    throw new EnvError(`Invalid configuration for the guidance pages:\n  ${problems.join('\n  ')}`);
  }
  return shellOf(result.data);
}
