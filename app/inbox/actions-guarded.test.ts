/**
 * Every server action under /inbox checks the session before it does anything, except the ways
 * in (sign-in, its second step, enrolment from a link, sign-out), which check it themselves. The
 * end-to-end test requests every page without a session; actions are posted by the browser and
 * cannot be listed that way, so this reads each actions file and finds each exported function's
 * first statement.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const inboxDirectory = fileURLToPath(new URL('.', import.meta.url));

/** The actions that let someone in, or out, and so cannot require a full session first. */
const WAYS_IN = new Set([
  'signInAction',
  'secondFactorAction',
  'passkeySignInOptionsAction',
  'passkeySecondFactorAction',
  'signOutAction',
  'enrolAction',
  'passkeyEnrolmentOptionsAction',
  'enrolWithPasskeyAction',
]);

function actionFiles(directory: string): string[] {
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? actionFiles(full) : entry.name === 'actions.ts' ? [full] : [];
  });
}

/** Each exported async function's name and the first statement of its body. */
function exportedActions(source: string): { name: string; firstStatement: string }[] {
  return [...source.matchAll(/export async function (\w+)\([^)]*(?:\([^)]*\)[^)]*)*\)[^{]*\{\s*([^;]*;)/g)].map((match) => ({
    name: match[1]!,
    firstStatement: match[2]!.trim(),
  }));
}

describe('inbox server actions', () => {
  const actions = actionFiles(inboxDirectory).flatMap((file) =>
    exportedActions(fs.readFileSync(file, 'utf8')).map((action) => ({ ...action, file: path.relative(inboxDirectory, file) })),
  );

  it('are found (the test reads the files it means to)', () => {
    expect(actions.map((action) => action.name)).toEqual(expect.arrayContaining(['setStatusAction', 'assignAction', 'addNoteAction', 'signInAction']));
  });

  it('each begin by requiring a full session, unless they are a way in', () => {
    const unguarded = actions
      .filter((action) => !WAYS_IN.has(action.name))
      .filter((action) => !/^const \{ member \} = await requireStaff\((?:'manager')?\);$/.test(action.firstStatement))
      .map((action) => `${action.file}: ${action.name}`);
    expect(unguarded).toEqual([]);
  });

  it('the ways in are all still there (a renamed one must be checked again by hand)', () => {
    expect(actions.filter((action) => WAYS_IN.has(action.name)).map((action) => action.name).sort()).toEqual([...WAYS_IN].sort());
  });
});
