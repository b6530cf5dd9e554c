/**
 * This process's shared limits (see `shared-limits.ts`): in memory on SQLite, one instance; in
 * PostgreSQL when `DATABASE_URL` names one, so every instance counts together. Kept on
 * `globalThis`, like the other runtimes: Next.js loads routes as separate module graphs in one
 * process, and they must all count in the same place.
 */
import 'server-only';
import { getEnv, type Env } from '@/lib/env';
import { createMemorySharedLimits, type SharedLimits } from '@/lib/security/shared-limits';
import { openPostgres } from '@/lib/storage/postgres-database';
import { createPostgresSharedLimits } from '@/lib/storage/postgres-shared-limits';

const RUNTIME = Symbol.for('get-help-with-intimate-image-abuse.shared-limits');
type Holder = { [RUNTIME]?: SharedLimits };

/** The limits shared by everything in this process (and, on PostgreSQL, by every instance). */
export function sharedLimits(env: Env = getEnv()): SharedLimits {
  const holder = globalThis as Holder;
  holder[RUNTIME] ??=
    env.storage.kind === 'postgres'
      ? createPostgresSharedLimits(
          // A small pool of its own: each check is one short transaction.
          openPostgres(env.storage.url, { maxConnections: 4 }),
        )
      : createMemorySharedLimits();
  return holder[RUNTIME];
}
