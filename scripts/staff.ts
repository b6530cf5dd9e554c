/**
 * `npm run staff -- add <email> --role caseworker|manager | reset <email> | disable <email> | list | audit-verify`
 * (see lib/staff/staff-cli.ts).
 * Run with `node --conditions=react-server --import tsx` so server-only modules load outside Next.js.
 */
import { EnvError, getEnv } from '@/lib/env';
import { runStaffCli } from '@/lib/runtime/staff-cli';

runStaffCli(process.argv.slice(2), getEnv(), (line) => console.log(line)).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(error instanceof EnvError ? error.message : `${error.name}: ${error.message}`);
    process.exit(1);
  },
);
