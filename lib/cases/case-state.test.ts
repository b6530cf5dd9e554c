import { describe, expect, it } from 'vitest';
import { contactDeadline, contactDeadlineDays, DAY_MS, isOverdue } from './case-state';

const at = (iso: string) => Date.parse(iso);

describe('first-contact deadline', () => {
  it('counts working days only: Friday afternoon is due on Tuesday afternoon', () => {
    expect(new Date(contactDeadline(at('2026-11-27T15:00:00Z'), 2)).toISOString()).toBe('2026-12-01T15:00:00.000Z');
    expect(new Date(contactDeadline(at('2026-11-23T09:00:00Z'), 2)).toISOString()).toBe('2026-11-25T09:00:00.000Z');
    expect(new Date(contactDeadline(at('2026-11-28T10:00:00Z'), 1)).toISOString()).toBe('2026-11-30T10:00:00.000Z');
  });

  it('a new case past its deadline is overdue; one being contacted, or still in time, is not', () => {
    const receivedAt = at('2026-11-23T09:00:00Z');
    const late = at('2026-11-25T09:00:01Z');
    expect(isOverdue({ status: 'new', receivedAt, firstContactedAt: null }, late, 2)).toBe(true);
    expect(isOverdue({ status: 'new', receivedAt, firstContactedAt: null }, at('2026-11-25T08:59:59Z'), 2)).toBe(false);
    expect(isOverdue({ status: 'contacting', receivedAt, firstContactedAt: late }, late, 2)).toBe(false);
  });

  it('the days added depend only on the weekday of arrival, as SQL adds them', () => {
    // Friday (5) and the weekend need the Monday and Tuesday; a Monday needs two days.
    expect(contactDeadlineDays(2)).toEqual([2, 2, 2, 2, 4, 4, 3]);
    for (let at = Date.parse('2026-11-01T07:30:00Z'); at < Date.parse('2026-12-01T00:00:00Z'); at += 7 * 3_600_000) {
      const weekday = new Date(at).getUTCDay();
      expect(at + contactDeadlineDays(3)[weekday]! * DAY_MS).toBe(contactDeadline(at, 3));
    }
  });
});
