import { describe, expect, it } from 'vitest';
import { createPostGate, POST_COUNTED_HEADER, postLimitStage } from './post-gate';

describe('postLimitStage', () => {
  it('counts posts in the proxy only when trusted proxies name the client there', () => {
    expect(postLimitStage(0)).toBe('action');
    expect(postLimitStage(1)).toBe('proxy');
    expect(postLimitStage(2)).toBe('proxy');
  });
});

describe('markPostCounted and postCountedByProxy (the proxy tells the action it counted a post)', () => {
  it('honours only the marker the proxy set, never one the client wrote', () => {
    const { markPostCounted, postCountedByProxy } = createPostGate({ clientKey: () => 'client', limits: { awaitPostTurn: async () => ({ allowed: true, retryAfterSeconds: 0 }) } });
    const forged = new Headers({ [POST_COUNTED_HEADER]: '1' });
    expect(postCountedByProxy(forged)).toBe(false);
    expect(postCountedByProxy(new Headers())).toBe(false);
    // A post the proxy did not count (another path, or no trusted proxy): the client's is dropped.
    markPostCounted(forged, false);
    expect(forged.has(POST_COUNTED_HEADER)).toBe(false);
    const counted = new Headers({ [POST_COUNTED_HEADER]: '1' });
    markPostCounted(counted, true);
    expect(postCountedByProxy(counted)).toBe(true);
    // The marker is this process's secret, so even a client that saw one header cannot guess it.
    expect(counted.get(POST_COUNTED_HEADER)).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });
});

describe('admitPublicPost (one gate for the form and the check-back)', () => {
  it('counts a post the proxy did not count, and lets one it counted through without counting it again', async () => {
    const turns: string[] = [];
    const gate = createPostGate({
      clientKey: () => 'client-a',
      limits: { awaitPostTurn: async (key) => (turns.push(key), { allowed: turns.length < 2, retryAfterSeconds: 1 }) },
    });
    expect(await gate.admitPublicPost(new Headers())).toEqual({ allowed: true, client: 'client-a' });
    expect(await gate.admitPublicPost(new Headers({ [POST_COUNTED_HEADER]: 'forged' }))).toEqual({ allowed: false, client: 'client-a' });
    const counted = new Headers();
    gate.markPostCounted(counted, true);
    expect(await gate.admitPublicPost(counted)).toEqual({ allowed: true, client: 'client-a' });
    expect(turns).toEqual(['client-a', 'client-a']);
  });
});
