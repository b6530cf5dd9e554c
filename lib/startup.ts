/**
 * What the server checks before it answers anyone: a configuration it cannot trust, or a data
 * directory it cannot write to, stops it at start with a message that names the problem,
 * instead of failing on some later page in front of a person who needs help.
 */
import 'server-only';
import { ensureDataDirectory } from '@/lib/data-directory';
import { EnvError, getEnv } from '@/lib/env';

/** Runs the start-up checks, and ends the process with a clear message if one fails. */
export function runStartupChecks(): void {
  try {
    ensureDataDirectory(getEnv().dataDir);
  } catch (error) {
    const message = error instanceof EnvError ? error.message : String(error);
    console.error(`The service cannot start.\n${message}`);
    process.exit(1);
  }
}
