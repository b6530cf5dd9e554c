import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { captureLog } from '@/lib/test-log';
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
    const key = Buffer.alloc(32, 9);
    expect(loadDataKey({ kind: 'inline', base64: key.toString('base64') }).equals(key)).toBe(true);
    const file = path.join(tempDir(), 'short.key');
    fs.writeFileSync(file, 'c2hvcnQ=');
    expect(() => loadDataKey({ kind: 'file', path: file, createIfMissing: false })).toThrow(/32-byte/);
  });
});
