import { describe, expect, it } from 'vitest';
import { isStaticGuidancePath, staticGuidancePaths } from './static-routes';

describe('the static guidance routes', () => {
  it('are the guidance pages, each platform guide included', () => {
    expect(staticGuidancePaths).toEqual(expect.arrayContaining(['/', '/law', '/law/england-and-wales', '/evidence', '/evidence/screenshots', '/evidence/instagram', '/accessibility', '/staying-safe-online', '/report']));
    expect(isStaticGuidancePath('/law/scotland/')).toBe(true);
  });

  // These take answers or show the running server's settings, so they are rendered per request
  // and keep the nonce policy and no-store.
  it.each(['/report/questions', '/law/which-law', '/evidence/log', '/privacy', '/mailbox', '/inbox', '/exit', '/evidence/no-such-platform'])(
    '%s is not one',
    (path) => expect(isStaticGuidancePath(path)).toBe(false),
  );
});
