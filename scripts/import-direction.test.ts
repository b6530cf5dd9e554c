/**
 * The import direction (app/ -> components/ -> lib/, pages/ -> components/ -> lib/, and neither
 * router's folder importing from the other's) is enforced by lint; this checks that the lint rule
 * really fires, so a change to the ESLint config cannot switch it off unnoticed.
 */
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
}, 60_000);
