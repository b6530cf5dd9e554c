/**
 * Where everything is kept: SQLite in DATA_DIR by default; PostgreSQL when DATABASE_URL names one,
 * for several instances.
 */
import 'server-only';
import { z } from 'zod';
import { isLoopbackHostname } from '@/lib/loopback';

export const storageSchema = z.object({
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
export function storageEnv(raw: z.infer<typeof storageSchema>, mode: 'demo' | 'production'): { storage?: StorageEnv; problems: string[] } {
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
