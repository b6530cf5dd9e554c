/**
 * The import direction (app/ -> components/ -> lib/, pages/ -> components/ -> lib/, and neither
 * router's folder importing from the other's; inside lib/, primitives -> domain -> storage ->
 * runtime) is enforced by lint; this checks that the lint rules really fire, so a change to the
 * ESLint config cannot switch them off unnoticed. It also measures what lint cannot: that the
 * rooms of lib/ (each folder, and each loose file) import each other without a circle, so that
 * every room stands on a floor above everything it imports.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('import direction', () => {
  it('stops lib/ importing from components/ or app/', async () => {
    expect(await importErrors('lib/example.ts', "import { X } from '@/components/x/x';\nexport const y = X;\n")).toHaveLength(1);
    expect(await importErrors('lib/example.ts', "import { X } from '../app/page';\nexport const y = X;\n")).toHaveLength(1);
  });

  it('stops components/ importing from app/', async () => {
    expect(await importErrors('components/a/a.tsx', "import X from '@/app/page';\nexport const y = X;\n")).toHaveLength(1);
  });

  it('stops lib/ and components/ importing from pages/', async () => {
    expect(await importErrors('lib/example.ts', "import X from '@/pages/report';\nexport const y = X;\n")).toHaveLength(1);
    expect(await importErrors('components/a/a.tsx', "import X from '../../pages/law/scotland';\nexport const y = X;\n")).toHaveLength(1);
  });

  it('keeps the two routers apart: pages/ imports nothing from app/, nor app/ from pages/', async () => {
    expect(await importErrors('pages/law/scotland.tsx', "import { referralAction } from '@/app/report/questions/actions';\nexport const y = referralAction;\n")).toHaveLength(1);
    expect(await importErrors('pages/index.tsx', "import Layout from '../app/layout';\nexport const y = Layout;\n")).toHaveLength(1);
    expect(await importErrors('app/privacy/page.tsx', "import Home from '@/pages/index';\nexport const y = Home;\n")).toHaveLength(1);
    // The one stylesheet the Pages Router takes in _app, and Next.js's own modules named app.
    expect(await importErrors('pages/_app.tsx', "import '@/app/globals.css';\nimport type { AppProps } from 'next/app';\nexport type P = AppProps;\n")).toEqual([]);
  });

  it('lets each layer import from the layers below it', async () => {
    expect(await importErrors('components/a/a.tsx', "import { helplines } from '@/lib/urgent-help';\nexport const y = helplines;\n")).toEqual([]);
    expect(await importErrors('app/page.tsx', "import { A } from '@/components/a/a';\nexport const y = A;\n")).toEqual([]);
    // A module beside the importing file is not the top-level folder of the same name.
    expect(await importErrors('lib/law/which-law.ts', "import { lawPages } from './pages';\nexport const y = lawPages;\n")).toEqual([]);
    expect(await importErrors('pages/index.tsx', "import { A } from '@/components/a/a';\nimport { b } from '@/lib/b';\nexport const y = [A, b];\n")).toEqual([]);
  });

  it('keeps the layers inside lib/: primitives, then the domain, then storage, then the runtime', async () => {
    const imports = (filePath: string, from: string) => importErrors(filePath, `import { x } from '${from}';\nexport const y = x;\n`);
    // Primitives import only primitives.
    expect(await imports('lib/crypto/data-key.ts', '@/lib/env')).toHaveLength(1);
    expect(await imports('lib/log.ts', '@/lib/cases/case-state')).toHaveLength(1);
    expect(await imports('lib/crypto/derived-keys.ts', '@/lib/log')).toEqual([]);
    // The domain imports neither storage nor the runtime; nothing but tests imports the test helpers.
    expect(await imports('lib/security/step-token.ts', '@/lib/runtime/server')).toHaveLength(1);
    expect(await imports('lib/staff/staff-auth.ts', '@/lib/storage/store')).toHaveLength(1);
    expect(await imports('lib/env.ts', '@/testing/test-env')).toHaveLength(1);
    expect(await imports('lib/check-back/check-back.ts', '@/lib/cases/stored-referral')).toEqual([]);
    // Storage implements the domain's repositories, below the runtime.
    expect(await imports('lib/storage/store.ts', '@/lib/runtime/open-storage')).toHaveLength(1);
    expect(await imports('lib/storage/store.ts', '@/lib/delivery/repository')).toEqual([]);
    // The runtime may use everything but the test helpers; tests may use those too.
    expect(await imports('lib/runtime/server.ts', '@/testing/test-stores')).toHaveLength(1);
    expect(await imports('lib/runtime/startup.ts', '@/server/built-pages')).toHaveLength(1);
    expect(await imports('lib/runtime/server.ts', '@/lib/storage/store')).toEqual([]);
    expect(await imports('lib/security/rate-limit.test.ts', '@/testing/test-env')).toEqual([]);
  });
}, 60_000);

/** lib/'s rooms (a folder of lib/, or a loose file) and the rooms each imports, tests left out. */
function libRoomImports(): Map<string, Set<string>> {
  const rooms = new Map<string, Set<string>>();
  const roomOf = (file: string) => {
    const [, first = '', ...rest] = file.split('/');
    return rest.length > 0 ? `lib/${first}/` : `lib/${first.replace(/\.tsx?$/, '')}`;
  };
  const visit = (directory: string) => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const file = path.posix.join(directory, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        const from = roomOf(file);
        const targets = rooms.get(from) ?? new Set<string>();
        rooms.set(from, targets);
        for (const [, specifier = ''] of fs.readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)) {
          const target = specifier.startsWith('@/lib/')
            ? specifier.slice(2)
            : specifier.startsWith('.')
              ? path.posix.join(path.posix.dirname(file), specifier)
              : undefined;
          if (target?.startsWith('lib/') && roomOf(target) !== from) targets.add(roomOf(target));
        }
      }
    }
  };
  visit('lib');
  return rooms;
}

describe('the rooms of lib/', () => {
  it('import each other without a circle', () => {
    const rooms = libRoomImports();
    const state = new Map<string, 'visiting' | 'done'>();
    const circles: string[] = [];
    const walk = (room: string, trail: string[]) => {
      if (state.get(room) === 'done') return;
      if (state.get(room) === 'visiting') {
        circles.push([...trail.slice(trail.indexOf(room)), room].join(' -> '));
        return;
      }
      state.set(room, 'visiting');
      for (const target of rooms.get(room) ?? []) walk(target, [...trail, room]);
      state.set(room, 'done');
    };
    for (const room of rooms.keys()) walk(room, []);
    expect(circles).toEqual([]);
    // The measurement itself sees the rooms and their arrows.
    expect(rooms.get('lib/runtime/')).toContain('lib/storage/');
    expect(rooms.get('lib/storage/')).toContain('lib/cases/');
  });
});

