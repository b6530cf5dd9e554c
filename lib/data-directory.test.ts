import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ensureDataDirectory } from '@/lib/data-directory';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('the data directory (L7)', () => {
  it('is created readable by its owner only', () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'data-dir-'));
    dirs.push(parent);
    const dataDir = path.join(parent, 'data');
    expect(ensureDataDirectory(dataDir)).toBe(false);
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
  });

  it('narrows a directory that already exists with a wider mode', () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-dir-'));
    dirs.push(dataDir);
    fs.chmodSync(dataDir, 0o755);
    expect(ensureDataDirectory(dataDir)).toBe(true);
    expect(fs.statSync(dataDir).mode & 0o777).toBe(0o700);
  });
});
