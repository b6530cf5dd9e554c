import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { captureLog } from '@/testing/test-log';
import { DataKeyError, loadDataKey } from './data-key';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-key-'));
  dirs.push(dir);
  return dir;
};

describe('loadDataKey', () => {
  it('creates an owner-only key file once, says so, and reuses it', () => {
    const file = path.join(tempDir(), 'data.key');
    const { log, lines } = captureLog();
    const first = loadDataKey({ kind: 'file', path: file, createIfMissing: true }, log);
    expect(first).toHaveLength(32);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const second = loadDataKey({ kind: 'file', path: file, createIfMissing: true }, log);
    expect(second.equals(first)).toBe(true);
    // Once, as a warning naming where it sits (the data directory), never the key or its path.
    expect(lines).toEqual([{ level: 'warn', time: expect.any(String), event: 'storage.data_key_created', variables: ['DATA_DIR'] }]);
  });

  it('never creates a configured key file that is missing', () => {
    const file = path.join(tempDir(), 'missing.key');
    expect(() => loadDataKey({ kind: 'file', path: file, createIfMissing: false })).toThrow(DataKeyError);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('reads an inline key and refuses a malformed one', () => {
    const key = randomBytes(32);
    expect(loadDataKey({ kind: 'inline', base64: key.toString('base64') }).equals(key)).toBe(true);
    const file = path.join(tempDir(), 'short.key');
    fs.writeFileSync(file, 'c2hvcnQ=', { mode: 0o600 });
    expect(() => loadDataKey({ kind: 'file', path: file, createIfMissing: false })).toThrow(/random 32-byte key/);
    // A typed key (all the same byte) is no key, even in a file.
    fs.writeFileSync(file, Buffer.alloc(32, 9).toString('base64'));
    expect(() => loadDataKey({ kind: 'file', path: file, createIfMissing: false })).toThrow(/random 32-byte key/);
  });

  it('warns when the key file can be read by anyone but the service (L6)', () => {
    const file = path.join(tempDir(), 'shared.key');
    fs.writeFileSync(file, randomBytes(32).toString('base64'), { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    const { log, lines } = captureLog();
    loadDataKey({ kind: 'file', path: file, createIfMissing: false }, log);
    expect(lines).toEqual([{ level: 'warn', time: expect.any(String), event: 'storage.data_key_readable_by_others', variables: ['DATA_KEY_FILE'] }]);
    fs.chmodSync(file, 0o600);
    const quiet = captureLog();
    loadDataKey({ kind: 'file', path: file, createIfMissing: false }, quiet.log);
    expect(quiet.lines).toEqual([]);
  });
});
