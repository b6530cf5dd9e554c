/**
 * What the server checks before it answers anyone: a configuration it cannot trust, or a data
 * directory it cannot write to, stops it at start with a log line that names the problem,
 * instead of failing on some later page in front of a person who needs help.
 */
import 'server-only';
import { ensureDataDirectory } from '@/lib/data-directory';
import { EnvError, getEnv } from '@/lib/env';
import { log } from '@/lib/log';

/** The "VARIABLE: what is wrong" lines of a configuration error. */
function configProblems(error: EnvError): string[] {
  return error.message
    .split('\n')
    .slice(1)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Runs the start-up checks, and ends the process with a clear log line if one fails. */
export function runStartupChecks(): void {
  let env;
  try {
    env = getEnv();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    const problems = configProblems(error);
    log.fatal('startup.config_invalid', {
      errorCode: 'config_invalid',
      variables: problems.map((problem) => problem.split(/[:.]/)[0] ?? ''),
      configProblems: problems,
    });
    process.exit(1);
  }
  try {
    ensureDataDirectory(env.dataDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    log.fatal('startup.data_directory_unusable', { errorCode: code ?? 'unknown', variables: ['DATA_DIR'] });
    process.exit(1);
  }
  log.info('startup.ready');
}
