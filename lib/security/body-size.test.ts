import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { declaresOversizedBody, MAX_BODY_BYTES, NEXT_BODY_SIZE_LIMIT } from './body-size';

const require = createRequire(import.meta.url);

describe('body size limit', () => {
  it('is the limit next.config.js gives server actions and the proxy buffer', () => {
    const config = require('../../next.config.js');
    expect(config.experimental.serverActions.bodySizeLimit).toBe(NEXT_BODY_SIZE_LIMIT);
    expect(NEXT_BODY_SIZE_LIMIT).toBe(`${MAX_BODY_BYTES / 1024}kb`);
    // The proxy keeps more than the limit, so an over-long chunked body reaches the server
    // action whole enough for its own limit to refuse it, instead of arriving silently cut short.
    expect(config.experimental.proxyClientMaxBodySize).toBeGreaterThan(MAX_BODY_BYTES);
  });

  it.each([
    [null, false],
    ['0', false],
    [String(MAX_BODY_BYTES), false],
    [String(MAX_BODY_BYTES + 1), true],
    ['10485760', true],
    [' 600000 ', true],
    ['not a number', false],
    ['-5', false],
  ])('Content-Length %s is oversized: %s', (contentLength, expected) => {
    expect(declaresOversizedBody(contentLength)).toBe(expected);
  });
});
