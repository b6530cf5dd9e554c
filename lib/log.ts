/**
 * The service's only logger: structured JSON lines (pino) whose shape is fixed here, so that
 * nothing a person typed, and no client address, can reach a log by accident.
 *
 * A log line is an event name plus a few allow-listed fields, each with a strict shape: a
 * reference number, an error code of our own, counts and durations, status codes, a port, an audit
 * row's id, the names (never the values) of configuration variables. Anything else handed to the logger, an unknown
 * field or a known field whose value does not have its shape, is dropped, and the line only says
 * how many fields were dropped. So `log.error('x', { message: error.message })`, which could
 * carry an answer from the form, logs nothing of the message.
 */
import 'server-only';
import pino, { type DestinationStream, type Logger } from 'pino';

/** The fields a log line may carry, and what each must look like. */
const fieldShapes = {
  /** A referral's reference number. */
  reference: (value: unknown) => typeof value === 'string' && /^[A-Za-z0-9-]{1,40}$/.test(value),
  /** An error code we defined ('smtp_unavailable'), or a system one ('EACCES'). */
  errorCode: (value: unknown) => typeof value === 'string' && /^[A-Za-z0-9_.:-]{1,64}$/.test(value),
  count: (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0,
  attempt: (value: unknown) => Number.isSafeInteger(value) && (value as number) >= 0,
  durationMs: (value: unknown) => typeof value === 'number' && Number.isFinite(value) && value >= 0,
  /** An HTTP or SMTP status code. */
  status: (value: unknown) => Number.isInteger(value) && (value as number) >= 100 && (value as number) <= 999,
  /** An audit log row's id: its place in the hash chain, never what the row says. */
  row: (value: unknown) => Number.isSafeInteger(value) && (value as number) > 0,
  /** A loopback port the service itself listens on (the embedded SMTP server's, for the demo mailbox). */
  port: (value: unknown) => Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 65535,
  /** Names of configuration variables, for start-up problems. Never their values. */
  variables: (value: unknown) =>
    Array.isArray(value) &&
    value.length <= 32 &&
    value.every((name) => typeof name === 'string' && /^[A-Z][A-Z0-9_]{0,63}$/.test(name)),
  /**
   * Start-up configuration problems as lib/env.ts words them, "VARIABLE: what is wrong", which
   * name the rule broken and never the value given.
   */
  configProblems: (value: unknown) =>
    Array.isArray(value) &&
    value.length <= 32 &&
    value.every((problem) => typeof problem === 'string' && /^[A-Z][A-Z0-9_]{0,63}: [ -~]{1,160}$/.test(problem)),
} as const;

/** What a caller may put on a log line. */
export type LogFields = {
  reference?: string;
  errorCode?: string;
  count?: number;
  attempt?: number;
  durationMs?: number;
  status?: number;
  row?: number;
  port?: number;
  variables?: readonly string[];
  configProblems?: readonly string[];
};

const EVENT_NAME = /^[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*$/;

export type Log = {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
  fatal(event: string, fields?: LogFields): void;
};

/** Keeps the allow-listed fields that have their shape, and counts the rest. */
export function allowedFields(fields: object | undefined): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  let dropped = 0;
  for (const [name, value] of Object.entries(fields ?? {})) {
    if (value === undefined) continue;
    const shape = Object.hasOwn(fieldShapes, name) ? fieldShapes[name as keyof typeof fieldShapes] : undefined;
    if (shape?.(value)) kept[name] = value;
    else dropped += 1;
  }
  if (dropped > 0) kept.droppedFields = dropped;
  return kept;
}

/**
 * A logger writing to `destination` (standard output by default, synchronously, so that a line
 * written just before the process exits is not lost).
 */
export function createLog(destination: DestinationStream = pino.destination({ fd: 1, sync: true })): Log {
  const logger: Logger = pino(
    {
      // No host name or process id: nothing on a line that the line does not need.
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
  const write = (level: 'info' | 'warn' | 'error' | 'fatal') => (event: string, fields?: LogFields) => {
    // An event name is a constant in our code; anything else might be text from a request.
    const name = typeof event === 'string' && event.length <= 64 && EVENT_NAME.test(event) ? event : 'invalid-event-name';
    logger[level]({ event: name, ...allowedFields(fields) });
  };
  return { info: write('info'), warn: write('warn'), error: write('error'), fatal: write('fatal') };
}

/** The service's logger. */
export const log: Log = createLog();
