/**
 * The security settings: where vulnerabilities are reported (security.txt), the rate limits on
 * referrals and on the form's posts, and how many reverse proxies stand in front.
 */
import 'server-only';
import { z } from 'zod';

/** Where people report a vulnerability (security.txt). Demo default: a reserved domain. */
export const DEMO_SECURITY_CONTACT = 'mailto:security@support-service.example';

export const SECURITY_REQUIRED_IN_PRODUCTION = ['SECURITY_CONTACT'] as const;

export const securitySchema = z.object({
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

export function securityEnv(raw: z.infer<typeof securitySchema>): SecurityEnv {
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
