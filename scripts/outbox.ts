/**
 * `npm run outbox -- status | drain | retry <reference> | purge | show <reference> [--json]`
 * (see lib/delivery/outbox-cli.ts).
 * Run with `node --conditions=react-server --import tsx` so server-only modules load outside Next.js.
 */
import { runOutboxCli } from '@/lib/runtime/outbox-cli';
import { EnvError, getEnv } from '@/lib/env';

runOutboxCli(process.argv.slice(2), getEnv(), (line) => console.log(line)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error instanceof EnvError ? error.message : `${error.name}: ${error.message}`);
    process.exit(1);
  },
);
