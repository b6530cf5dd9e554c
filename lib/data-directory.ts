/**
 * The directory the service keeps its data in (the SQLite file, and in the demo its key and
 * mailbox). Readable by the service's own user only, because what goes in it is about people
 * at risk and even its file names say when referrals arrived: created so on first start, and
 * made so on every start when it already exists wider (a Docker volume or a systemd
 * StateDirectory is often 0755).
 */
import 'server-only';
import fs from 'node:fs';

/**
 * Creates the data directory if it is missing, narrows it to its owner, and makes sure the
 * service can write to it. Returns true when it had to narrow an existing directory.
 */
export function ensureDataDirectory(dataDir: string): boolean {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const { mode } = fs.statSync(dataDir);
  const narrowed = (mode & 0o077) !== 0;
  if (narrowed) fs.chmodSync(dataDir, mode & 0o700);
  fs.accessSync(dataDir, fs.constants.W_OK);
  return narrowed;
}
