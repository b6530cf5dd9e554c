/**
 * The service's real logger for tests: lines go through lib/log.ts (its allow-list and shapes
 * included) and are kept parsed in an array, so a test asserts on what would really be written.
 */
import { Writable } from 'node:stream';
import { createLog, type Log } from '@/lib/log';

export type LogLine = Record<string, unknown>;

/** A logger whose lines land, parsed, in `lines`. */
export function captureLog(): { log: Log; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { log: createLog(stream), lines };
}
