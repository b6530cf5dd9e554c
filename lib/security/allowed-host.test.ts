import { describe, expect, it } from 'vitest';
import { isAllowedHost } from './allowed-host';

const production = new URL('https://help.north-support.org.uk');

describe('isAllowedHost (M1: DNS rebinding)', () => {
  it('in production, answers to the public host only, with or without its default port', () => {
    expect(isAllowedHost('help.north-support.org.uk', production, 'production')).toBe(true);
    expect(isAllowedHost('HELP.north-support.org.uk:443', production, 'production')).toBe(true);
    for (const host of ['attacker.example', 'help.north-support.org.uk.attacker.example', 'help.north-support.org.uk:8443', 'localhost:3000', '127.0.0.1', '']) {
      expect(isAllowedHost(host, production, 'production'), host).toBe(false);
    }
    expect(isAllowedHost(null, production, 'production')).toBe(false);
  });

  it('in the demo, also answers to loopback names on any port, and to nothing else', () => {
    const demo = new URL('http://localhost:3000');
    for (const host of ['localhost:3000', '127.0.0.1:3116', '[::1]:3000', 'localhost', '127.0.0.2:3117']) {
      expect(isAllowedHost(host, demo, 'demo'), host).toBe(true);
    }
    // The rebinding attacker's own name, whatever address it resolves to.
    for (const host of ['attacker.example:3000', 'localhost.attacker.example:3000', '192.0.2.2:3000', 'localhost:3000 evil', 'a@localhost:3000']) {
      expect(isAllowedHost(host, demo, 'demo'), host).toBe(false);
    }
  });
});
