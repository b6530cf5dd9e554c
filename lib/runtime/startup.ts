/**
 * What the server checks and starts before it answers anyone: a configuration it cannot trust,
 * a data directory it cannot write to, or a database without its durability settings stops it
 * at start with a log line that names the problem, instead of failing on some later page in
 * front of a person who needs help. Then the process's runtime starts (`server.ts`): the outbox
 * worker and, in the embedded default, the loopback SMTP server behind the demo mailbox.
 */
import 'server-only';
import { ensureDataDirectory } from '@/lib/data-directory';
import { serverRuntime } from '@/lib/runtime/server';
import { EnvError, getEnv, parseShellEnv } from '@/lib/env';
import { builtShellSettings, differingShellSettings } from '@/lib/guidance/built-shell';
import { log } from '@/lib/log';

/** Errors whose messages are written for the operator and hold no secrets, by the setting at fault. */
const EXPLAINED_ERRORS: Record<string, string> = {
  StorageSettingsError: 'DATA_DIR',
  SmtpConfigError: 'SMTP_URL',
  DataKeyError: 'DATA_KEY',
};

/** The "VARIABLE: what is wrong" lines of a configuration error. */
function configProblems(error: EnvError): string[] {
  return error.message
    .split('\n')
    .slice(1)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Runs the start-up checks and starts delivery; ends the process with a clear log line if one fails. */
export async function runStartupChecks(): Promise<void> {
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
  // `next dev` renders the guidance pages per request with its own settings: only a production
  // build serves pages made earlier.
  const built = process.env.NODE_ENV === 'production' ? builtShellSettings() : undefined;
  const differing = built ? differingShellSettings(built, parseShellEnv(process.env)) : [];
  if (differing.length > 0) {
    log.fatal('startup.guidance_built_with_other_settings', {
      errorCode: 'rebuild_needed',
      variables: differing,
      configProblems: differing.map(
        (variable) => `${variable}: differs from the value the guidance pages were built with; run next build with this server's settings`,
      ),
    });
    process.exit(1);
  }
  try {
    if (ensureDataDirectory(env.dataDir)) log.warn('startup.data_directory_narrowed', { variables: ['DATA_DIR'] });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    log.fatal('startup.data_directory_unusable', { errorCode: code ?? 'unknown', variables: ['DATA_DIR'] });
    process.exit(1);
  }
  try {
    await serverRuntime(env);
  } catch (error) {
    const name = error instanceof Error ? error.name : 'unknown';
    const variable = EXPLAINED_ERRORS[name];
    log.fatal('startup.delivery_failed', {
      errorCode: name,
      ...(variable && error instanceof Error
        ? { variables: [variable], configProblems: [`${variable}: ${error.message}`.replace(/[^ -~]/g, ' ').slice(0, 160 + variable.length + 2)] }
        : {}),
    });
    process.exit(1);
  }
  log.info('startup.ready');
}
