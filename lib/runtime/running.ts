/**
 * The process's runtime as the start hook left it, for the proxy. The proxy needs only its rate
 * limits and post gate, but must share them with the actions; importing `server.ts` would bundle
 * the server's whole machinery (stores, mail, the worker) into the proxy's module graph. The start
 * hook (instrumentation.ts) has always started the runtime before the first request, in
 * `next start` and `next dev` alike.
 */
import 'server-only';
import type { ClientKey } from '@/lib/security/client-key';
import type { PostGate } from '@/lib/security/post-gate';
import type { RateLimits } from '@/lib/security/rate-limit';

/** Where the runtime is kept: on `globalThis`, since Next.js loads each route graph apart. */
export const SERVER_RUNTIME = Symbol.for('get-help-with-intimate-image-abuse.server-runtime');

/** What the proxy shares with the public forms' actions: who a client is, and the post limits. */
export type PublicPostLimits = {
  /** Names a client for the rate limits. */
  clientKey: ClientKey;
  limits: RateLimits;
  postGate: PostGate;
};

export type RuntimeHolder<Runtime extends PublicPostLimits = PublicPostLimits> = { [SERVER_RUNTIME]?: Promise<Runtime> };

/** The started runtime; throws if the start hook has not run (a bug, not a state to handle). */
export function runningServerRuntime(): Promise<PublicPostLimits> {
  const runtime = (globalThis as RuntimeHolder)[SERVER_RUNTIME];
  if (!runtime) throw new Error('The server runtime has not been started (instrumentation.ts starts it)');
  return runtime;
}
