/**
 * The sqlite3 shell, run as another program in another process: it opens the database file, does
 * its work and closes it, as an operator's backup or look at the data does beside the service.
 * Tests use it to show the service keeps its lock on the file while others read it.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** Runs one command or statement in the sqlite3 shell on `file`; resolves with what it printed. */
export async function sqliteShell(file: string, command: string): Promise<string> {
  const { stdout } = await promisify(execFile)('sqlite3', [file, command], { encoding: 'utf8' });
  return stdout.trim();
}

/** Resolves with how many rows `table` has in `file`, as read by the sqlite3 shell. */
export async function shellCount(file: string, table: string): Promise<number> {
  return Number(await sqliteShell(file, `SELECT count(*) FROM ${table}`));
}

/**
 * Backs `file` up to `backupFile` with the shell's `.backup` (the command README gives) while
 * `work` is called again and again in this process; resolves when the backup has finished.
 */
export async function backUpWhile(file: string, backupFile: string, work: () => unknown): Promise<void> {
  const backup = sqliteShell(file, `.backup '${backupFile}'`);
  let running = true;
  void backup.finally(() => (running = false)).catch(() => {});
  while (running) {
    await work();
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await backup;
}
