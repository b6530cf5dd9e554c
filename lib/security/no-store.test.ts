import { describe, expect, it } from 'vitest';
import { mayShowPersonalAnswers } from './no-store';

describe('mayShowPersonalAnswers', () => {
  it.each([
    ['/report', true],
    ['/report/', true],
    ['/report/check-answers', true],
    ['/report/confirmation', true],
    ['/REPORT', true],
    ['/evidence/log', true],
    ['/mailbox', true],
    ['/mailbox/3', true],
    ['/', false],
    ['/reporting', false],
    ['/evidence', false],
    ['/evidence/instagram', false],
  ])('%s: %s', (pathname, expected) => {
    expect(mayShowPersonalAnswers(pathname)).toBe(expected);
  });
});
