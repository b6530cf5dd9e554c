import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isStaffRequest, LEASE_MS, staffGate } from './staff-gate';

/** A request and response pair whose response can be closed, as a finished answer closes. */
function turn(url: string) {
  const response = new EventEmitter();
  return { request: { url }, response, close: () => response.emit('close') };
}

describe('isStaffRequest', () => {
  it('is every address under /inbox, with or without a query', () => {
    for (const url of ['/inbox', '/inbox?status=all', '/inbox/audit', '/inbox/cases/ABC?_rsc=1', '/inbox/sign-in']) {
      expect(isStaffRequest(url), url).toBe(true);
    }
  });

  it('is never a public page, nor one whose name merely starts like the inbox', () => {
    for (const url of ['/', '/report/questions', '/inboxes', '/report?next=/inbox', '/_next/static/chunk.js', undefined]) {
      expect(isStaffRequest(url), String(url)).toBe(false);
    }
  });
});

describe('staffGate', () => {
  it('admits one staff request at a time, the rest in the order they came, each when the one before closes', () => {
    const gate = staffGate();
    const started: string[] = [];
    const [queue, figures, audit] = [turn('/inbox'), turn('/inbox/figures'), turn('/inbox/audit')];
    for (const [name, each] of [['queue', queue], ['figures', figures], ['audit', audit]] as const) gate.admit(each, () => started.push(name));
    expect(started).toEqual(['queue']);
    expect(gate.waiting).toBe(2);
    queue.close();
    expect(started).toEqual(['queue', 'figures']);
    figures.close();
    audit.close();
    expect(started).toEqual(['queue', 'figures', 'audit']);
    expect(gate.waiting).toBe(0);
  });

  it('lets a public request straight through while staff requests are in flight and waiting', () => {
    const gate = staffGate();
    const started: string[] = [];
    gate.admit(turn('/inbox'), () => started.push('queue'));
    gate.admit(turn('/inbox/audit'), () => started.push('audit'));
    gate.admit(turn('/report/questions'), () => started.push('form'));
    expect(started).toEqual(['queue', 'form']);
  });

  it('skips a request whose client left while it waited, and frees the turn when none is left', () => {
    const gate = staffGate();
    const started: string[] = [];
    const [queue, figures, audit] = [turn('/inbox'), turn('/inbox/figures'), turn('/inbox/audit')];
    gate.admit(queue, () => started.push('queue'));
    gate.admit(figures, () => started.push('figures'));
    figures.close();
    expect(gate.waiting).toBe(0);
    queue.close();
    expect(started).toEqual(['queue']);
    gate.admit(audit, () => started.push('audit'));
    expect(started).toEqual(['queue', 'audit']);
  });

  describe('a turn held too long', () => {
    afterEach(() => vi.useRealTimers());

    it('passes to the next request after the lease, as a redirecting action waits for its target page', () => {
      vi.useFakeTimers();
      const gate = staffGate();
      const started: string[] = [];
      const [action, target, audit] = [turn('/inbox/sign-in'), turn('/inbox/sign-in/second-factor'), turn('/inbox/audit')];
      gate.admit(action, () => started.push('action'));
      gate.admit(target, () => started.push('target'));
      gate.admit(audit, () => started.push('audit'));
      vi.advanceTimersByTime(LEASE_MS - 1);
      expect(started).toEqual(['action']);
      vi.advanceTimersByTime(1);
      expect(started).toEqual(['action', 'target']);
      // The action's answer closing later frees nothing more: its turn was already passed on.
      action.close();
      expect(started).toEqual(['action', 'target']);
      target.close();
      expect(started).toEqual(['action', 'target', 'audit']);
    });
  });
});
