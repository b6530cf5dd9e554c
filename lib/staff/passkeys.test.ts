/** Whose passkeys these are: the public address, or in the demo a loopback browser's localhost. */
import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { demoSettings, productionSettings } from '@/testing/test-env';
import { relyingParty } from './passkeys';

describe('the passkey relying party', () => {
  it('is the public address in production, whatever origin a request claims', () => {
    const env = parseEnv(productionSettings);
    expect(relyingParty(env, 'http://localhost:3117')).toEqual({ name: env.supportService.name, id: 'help.north-support.org.uk', origin: 'https://help.north-support.org.uk' });
  });

  it('in the demo, is a localhost origin on any port, and nothing else', () => {
    const env = parseEnv(demoSettings);
    expect(relyingParty(env, 'http://localhost:3117')).toMatchObject({ id: 'localhost', origin: 'http://localhost:3117' });
    expect(relyingParty(env, 'http://127.0.0.1:3117')).toMatchObject({ id: 'localhost', origin: 'http://localhost:3000' });
    expect(relyingParty(env, 'https://evil.example')).toMatchObject({ origin: 'http://localhost:3000' });
    expect(relyingParty(env, 'not a url')).toMatchObject({ origin: 'http://localhost:3000' });
    expect(relyingParty(env, null)).toMatchObject({ origin: 'http://localhost:3000' });
  });
});
