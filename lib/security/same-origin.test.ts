import { describe, expect, it } from 'vitest';
import {
  checkSameOrigin,
  checkSameOriginHeaders,
  type SameOriginDecision,
  type SameOriginInput,
  type SameOriginRefusal,
} from './same-origin';

const publicBaseUrl = new URL('https://gethelp.example.org');

const base: SameOriginInput = {
  method: 'POST',
  secFetchSite: null,
  origin: null,
  host: 'gethelp.example.org',
  publicBaseUrl,
};

type Row = [description: string, changes: Partial<SameOriginInput>, expected: SameOriginDecision];

const allowed = { allowed: true } as const;
const refused = (reason: SameOriginRefusal): SameOriginDecision => ({ allowed: false, reason });

const table: Row[] = [
  ['GET is never refused', { method: 'GET', secFetchSite: 'cross-site' }, allowed],
  ['HEAD is never refused', { method: 'HEAD', origin: 'https://evil.example' }, allowed],
  ['OPTIONS is never refused', { method: 'options' }, allowed],
  ['POST from our own page', { secFetchSite: 'same-origin', origin: 'https://gethelp.example.org' }, allowed],
  ['Sec-Fetch-Site is compared without regard to case', { secFetchSite: 'Same-Origin' }, allowed],
  ['POST from another site', { secFetchSite: 'cross-site', origin: 'https://evil.example' }, refused('cross-site-fetch')],
  ['POST from a sibling subdomain', { secFetchSite: 'same-site' }, refused('cross-site-fetch')],
  ['POST the user did not start from a page', { secFetchSite: 'none' }, refused('cross-site-fetch')],
  ['Sec-Fetch-Site decides even when Origin looks right', { secFetchSite: 'cross-site', origin: 'https://gethelp.example.org' }, refused('cross-site-fetch')],
  ['PUT from another site', { method: 'PUT', secFetchSite: 'cross-site' }, refused('cross-site-fetch')],
  ['DELETE with no headers at all', { method: 'DELETE' }, refused('origin-missing')],
  ['no Sec-Fetch-Site, Origin is the public address', { origin: 'https://gethelp.example.org' }, allowed],
  ['no Sec-Fetch-Site, Origin is the addressed host', { origin: 'http://127.0.0.1:3400', host: '127.0.0.1:3400' }, allowed],
  ['no Sec-Fetch-Site, Host compared without regard to case', { origin: 'https://gethelp.example.org', host: 'GETHELP.example.org' }, allowed],
  ['no Sec-Fetch-Site and no Origin', {}, refused('origin-missing')],
  ['no Sec-Fetch-Site and an empty Origin', { origin: '  ' }, refused('origin-missing')],
  ['no Sec-Fetch-Site, Origin null', { origin: 'null' }, refused('origin-null')],
  ['no Sec-Fetch-Site, foreign Origin', { origin: 'https://evil.example' }, refused('origin-foreign')],
  ['no Sec-Fetch-Site, a look-alike host', { origin: 'https://gethelp.example.org.evil.example' }, refused('origin-foreign')],
  ['no Sec-Fetch-Site, same host on another port', { origin: 'https://gethelp.example.org:8443' }, refused('origin-foreign')],
  ['no Sec-Fetch-Site, the public host over http', { origin: 'http://gethelp.example.org', host: 'other.example' }, refused('origin-foreign')],
  ['no Sec-Fetch-Site, Origin not a URL', { origin: 'gethelp.example.org' }, refused('origin-malformed')],
  ['no Sec-Fetch-Site, Origin with another scheme', { origin: 'file://gethelp.example.org' }, refused('origin-malformed')],
  ['no Sec-Fetch-Site, foreign Origin and no Host', { origin: 'https://evil.example', host: null }, refused('origin-foreign')],
];

describe('checkSameOrigin', () => {
  it.each(table)('%s', (_description, changes, expected) => {
    expect(checkSameOrigin({ ...base, ...changes })).toEqual(expected);
  });
});

describe('checkSameOriginHeaders', () => {
  it('reads the three headers from a Headers object', () => {
    const headers = new Headers({ host: 'gethelp.example.org', origin: 'https://evil.example' });
    expect(checkSameOriginHeaders('POST', headers, publicBaseUrl)).toEqual(refused('origin-foreign'));
    headers.set('sec-fetch-site', 'same-origin');
    expect(checkSameOriginHeaders('POST', headers, publicBaseUrl)).toEqual(allowed);
  });
});
