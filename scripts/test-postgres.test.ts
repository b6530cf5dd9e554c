import fs from 'node:fs';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startTestPostgres } from './test-postgres.mjs';

describe('the throwaway test PostgreSQL', () => {
  it('starts a real server on loopback that takes queries, and stop() ends it and deletes its data', async () => {
    const { url, stop } = await startTestPostgres();
    const parsed = new URL(url);
    expect(parsed.hostname).toBe('127.0.0.1');

    const client = new pg.Client(url);
    await client.connect();
    const { rows } = await client.query<{ dir: string }>("select current_setting('data_directory') as dir");
    const dataDir = rows[0]?.dir ?? '';
    expect(fs.existsSync(dataDir)).toBe(true);
    await client.end();

    await stop();
    expect(fs.existsSync(dataDir)).toBe(false);
    const afterStop = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    await expect(afterStop.connect()).rejects.toThrow();
  });
});
