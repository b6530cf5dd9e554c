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

    // Only with the password in the URL: loopback is not trusted (any local user could connect).
    const withoutPassword = new URL(url);
    withoutPassword.password = '';
    const guest = new pg.Client({ connectionString: withoutPassword.toString(), connectionTimeoutMillis: 2000 });
    await expect(guest.connect()).rejects.toThrow();
    const wrong = new URL(url);
    wrong.password = 'postgres';
    const guessed = new pg.Client({ connectionString: wrong.toString(), connectionTimeoutMillis: 2000 });
    await expect(guessed.connect()).rejects.toThrow(/password authentication failed/);

    await stop();
    expect(fs.existsSync(dataDir)).toBe(false);
    const afterStop = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    await expect(afterStop.connect()).rejects.toThrow();
  });
});
