/**
 * One staff (inbox) request at a time per server process; the others wait their turn here,
 * before Next.js sees them. Public requests never pass through it.
 *
 * Why: the inbox and the pages victims use share one Node.js process, and a render runs on its
 * one thread until it awaits. With several staff pages rendering at once, a public request
 * arriving among them waits for all of them, and each render's data outlives the young
 * generation's collections while the others hold the thread, which is where the server's peak
 * memory came from (BENCHMARKS.md, "The inbox at scale"). Admitted one at a time, a public
 * request waits for at most one staff render's slice, and staff see the same pages, a turn later
 * when several ask at once.
 *
 * A turn ends when its response closes (finished, or the connection dropped), so a handler
 * that fails still frees it, or after LEASE_MS, whichever comes first: a staff request can wait
 * on another one, as a server action that redirects fetches its target page from this server
 * before it answers, and one still running after that long is waiting, not rendering. A request
 * whose client left while it waited is skipped.
 *
 * Framework-free, and without `server-only`, because the server script loads it outside Next.js.
 */

/** How long a staff request holds its turn at most: several times a staff page's render. */
export const LEASE_MS = 200;

/** What the gate reads of a request and a response: Node's own objects have these. */
type Turn = { request: { url?: string }; response: { once(event: 'close', listener: () => void): unknown } };

/** True for the inbox's pages, actions and data requests: every address under /inbox. */
export function isStaffRequest(url: string | undefined): boolean {
  const path = (url ?? '').split(/[?#]/, 1)[0]!;
  return path === '/inbox' || path.startsWith('/inbox/');
}

/**
 * A gate for one process: `admit(turn, go)` calls `go` now for a public request, and for a staff
 * one when no other staff request is in flight, in the order they came.
 */
export function staffGate() {
  let busy = false;
  const waiting: { go: () => void; left: boolean }[] = [];
  const start = (turn: Turn, go: () => void) => {
    busy = true;
    let held = true;
    const end = () => {
      if (!held) return;
      held = false;
      clearTimeout(lease);
      next();
    };
    const lease = setTimeout(end, LEASE_MS);
    turn.response.once('close', end);
    go();
  };
  function next() {
    busy = false;
    for (let entry = waiting.shift(); entry; entry = waiting.shift()) {
      if (!entry.left) return entry.go();
    }
  }
  return {
    admit(turn: Turn, go: () => void): void {
      if (!isStaffRequest(turn.request.url)) return go();
      if (!busy) return start(turn, go);
      const entry = { go: () => start(turn, go), left: false };
      turn.response.once('close', () => (entry.left = true));
      waiting.push(entry);
    },
    /** Staff requests waiting for their turn. */
    get waiting(): number {
      return waiting.filter((entry) => !entry.left).length;
    },
  };
}
