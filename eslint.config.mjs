// ESLint flat config: Next.js's own rules, plus the import direction the house style fixes:
// app/ -> components/ -> lib/. Shared code never reaches up into the code that uses it.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

/** Import patterns that reach into a folder, by alias or by relative path. */
const importsOf = (...folders) =>
  folders.flatMap((folder) => [`@/${folder}`, `@/${folder}/*`, `**/${folder}`, `**/${folder}/*`]);

const restrictImports = (folders, message) => [
  'error',
  { patterns: [{ group: importsOf(...folders), message }] },
];

export default defineConfig([
  ...nextVitals,
  ...nextTypeScript,
  globalIgnores(['.next/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'data/**',
    // Built from components/exit-this-page/exit-this-page-script.ts, which is linted.
    'public/exit-this-page.js',
  ]),
  {
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': restrictImports(
        ['components', 'app'],
        'lib/ holds the domain and is shared by everything: it may not import from components/ or app/.',
      ),
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': restrictImports(
        ['app'],
        'components/ may not import from app/: routes use components, not the other way round.',
      ),
    },
  },
]);
