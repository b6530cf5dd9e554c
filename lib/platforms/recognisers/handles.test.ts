import { describe, expect, it } from 'vitest';
import { atHandle, parseHandle } from './handles';

describe('parseHandle', () => {
  const rules = [
    { prefix: /^\/?r\//, pattern: /^\w{2,5}$/, kind: 'group', lowerCase: false, message: 'sub' },
    { prefix: /^@?/, pattern: /^\w{1,5}$/, kind: 'profile', lowerCase: true, message: 'name' },
  ] as const;

  it.each([
    ['@Jane', 'jane', 'profile'],
    ['Jane', 'jane', 'profile'],
    ['r/Pics', 'Pics', 'group'],
  ])('reads %j', (input, name, kind) => {
    const result = parseHandle(input, rules);
    expect(result.ok && { name: result.name, kind: result.rule.kind }).toEqual({ name, kind });
  });

  it.each([
    ['@toolongname', 'name'],
    ['r/x', 'sub'],
    ['@@jane', 'name'],
  ])('refuses %j with the rule that fits', (input, message) => {
    expect(parseHandle(input, rules)).toEqual({ ok: false, message });
  });
});

describe('atHandle', () => {
  it('takes a name with or without @, lower-cased, with a /name page by default', () => {
    const rule = atHandle('[A-Za-z_]{3,10}', 'Names have 3 to 10 letters');
    expect(parseHandle('@Some_One', [rule])).toMatchObject({ ok: true, name: 'some_one' });
    expect(rule.path?.('some_one')).toBe('/some_one');
    expect(rule.kind).toBe('profile');
    expect(parseHandle('@x', [rule])).toEqual({ ok: false, message: 'Names have 3 to 10 letters' });
  });

  it('keeps the case and uses another page path when told to', () => {
    const rule = atHandle('\\w{1,15}', 'Too long', { lowerCase: false, path: (name) => `/@${name}` });
    expect(parseHandle('Some_One', [rule])).toMatchObject({ ok: true, name: 'Some_One' });
    expect(rule.path?.('Some_One')).toBe('/@Some_One');
  });
});
