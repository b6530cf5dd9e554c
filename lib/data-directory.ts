/**
 * The directory the service keeps its data in (later the SQLite file). Created on first start,
 * readable by the service's own user only, because what goes in it is about people at risk.
 */
import 'server-only';
import fs from 'node:fs';

/** Creates the data directory if it is missing and makes sure the service can write to it. */
export function ensureDataDirectory(dataDir: string): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.accessSync(dataDir, fs.constants.W_OK);
}
