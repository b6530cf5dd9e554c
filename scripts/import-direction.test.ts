/**
 * The import direction (app/ -> components/ -> lib/) is enforced by lint; this checks that the
 * lint rule really fires, so a change to the ESLint config cannot switch it off unnoticed.
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

  it('lets each layer import from the layers below it', async () => {
    expect(await importErrors('components/a/a.tsx', "import { helplines } from '@/lib/urgent-help';\nexport const y = helplines;\n")).toEqual([]);
    expect(await importErrors('app/page.tsx', "import { A } from '@/components/a/a';\nexport const y = A;\n")).toEqual([]);
  });
}, 60_000);
