import { describe, expect, it } from 'vitest';
import { mayShowPersonalAnswers } from './no-store';

describe('mayShowPersonalAnswers', () => {
  it.each([
    ['/report/questions', true],
    ['/report/questions/', true],
    ['/REPORT/QUESTIONS', true],
    // The form's start page: a static page that shows nothing typed.
    ['/report', false],
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
