/**
 * The key that encrypts referral payloads at rest. Production gives it in configuration
 * (DATA_KEY, or DATA_KEY_FILE for a secrets mount). The embedded default creates a random key
 * file in the data directory on first run, readable by the service's user only, and says so
 * in the log: whoever backs up the data directory must know the key sits beside it.
 */
import 'server-only';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { DATA_KEY_BYTES, decodeDataKey } from '@/lib/crypto/payload-cipher';
import { log as serviceLog, type Log } from '@/lib/log';

/** Raised when the key is missing or malformed; names no key material. */
export class DataKeyError extends Error {
  override name = 'DataKeyError';
}

function decode(base64: string, source: string): Buffer {
  const key = decodeDataKey(base64);
  if (!key) throw new DataKeyError(`${source} does not hold a random 32-byte key in base64 (openssl rand -base64 32)`);
  return key;
}

/** Where the data key comes from: the setting itself, or a file (created in the embedded default). */
export type DataKeySource = { kind: 'inline'; base64: string } | { kind: 'file'; path: string; createIfMissing: boolean };

/** Loads (or, in the embedded default, creates) the data key. */
export function loadDataKey(config: DataKeySource, log: Log = serviceLog): Buffer {
  if (config.kind === 'inline') return decode(config.base64, 'DATA_KEY');
  if (config.createIfMissing && !fs.existsSync(config.path)) {
    const key = randomBytes(DATA_KEY_BYTES);
    fs.mkdirSync(path.dirname(config.path), { recursive: true, mode: 0o700 });
    try {
      // 'wx': if another process created it a moment ago, use theirs rather than overwrite it.
      fs.writeFileSync(config.path, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
      // Only created in the embedded default, as data.key in the data directory; the line names
      // the variable rather than the path, which can carry a user name.
      log.warn('storage.data_key_created', { variables: ['DATA_DIR'] });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  let text: string;
  try {
    text = fs.readFileSync(config.path, 'utf8');
  } catch {
    throw new DataKeyError('The data key file cannot be read (DATA_KEY_FILE)');
  }
  // Anyone else who can read the key can read every stored referral: say so at start.
  if ((fs.statSync(config.path).mode & 0o077) !== 0) {
    log.warn('storage.data_key_readable_by_others', { variables: [config.createIfMissing ? 'DATA_DIR' : 'DATA_KEY_FILE'] });
  }
  return decode(text, 'The data key file');
}
