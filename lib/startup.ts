/**
 * What the server checks and starts before it answers anyone: a configuration it cannot trust,
 * a data directory it cannot write to, or a database without its durability settings stops it
 * at start with a message that names the problem, instead of failing on some later page in
 * front of a person who needs help. Then delivery starts: the outbox worker and, in the
 * embedded default, the loopback SMTP server behind the demo mailbox.
 */
import 'server-only';
import { ensureDataDirectory } from '@/lib/data-directory';
import { startDelivery } from '@/lib/delivery/delivery-runtime';
import { getEnv } from '@/lib/env';

/** Names of errors whose messages are written for the operator and hold no secrets. */
const EXPLAINED_ERRORS = new Set(['EnvError', 'StorageSettingsError', 'SmtpConfigError', 'DataKeyError']);

/** Runs the start-up checks and starts delivery; ends the process with a clear message if one fails. */
export async function runStartupChecks(): Promise<void> {
  try {
    const env = getEnv();
    ensureDataDirectory(env.dataDir);
    await startDelivery(env);
  } catch (error) {
    const message =
      error instanceof Error && EXPLAINED_ERRORS.has(error.name)
        ? error.message
        : error instanceof Error
          ? `${error.name}${'code' in error ? ` (${String(error.code)})` : ''}: ${error.message}`
          : String(error);
    console.error(`The service cannot start.\n${message}`);
    process.exit(1);
  }
}
