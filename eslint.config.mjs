// ESLint flat config: Next.js's own rules, plus the import direction the house style fixes:
// app/ -> components/ -> lib/, and pages/ (the static guidance pages) -> components/ -> lib/.
// Shared code never reaches up into the code that uses it, and the two routers' folders never
// import from each other: what both render lives in components/ and lib/.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypeScript from 'eslint-config-next/typescript';

/**
 * An import that reaches into one of `folders` of this project, by the alias (`@/app/...`) or by a
 * relative path up to it (`../app/...`); not a package that happens to end in the same word
 * (`next/app`, which the Pages Router's own files import), nor a module beside the importing
 * file (`./pages`, lib/law's page registry). `except` names files that may be imported all the
 * same.
 */
const importsOf = (folders, except = []) =>
  `^${except.length > 0 ? `(?!(${except.join('|')})$)` : ''}(@/|(\\.\\./)+)(${folders.join('|')})(/|$)`;

const restrictImports = (folders, message, except) => [
  'error',
  { patterns: [{ regex: importsOf(folders, except), message }] },
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
        ['components', 'app', 'pages'],
        'lib/ holds the domain and is shared by everything: it may not import from components/, app/ or pages/.',
      ),
    },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': restrictImports(
        ['app', 'pages'],
        'components/ may not import from app/ or pages/: routes use components, not the other way round.',
      ),
    },
  },
  {
    files: ['app/**'],
    rules: {
      'no-restricted-imports': restrictImports(
        ['pages'],
        'app/ may not import from pages/: what both routers render belongs in components/ or lib/.',
      ),
    },
  },
  {
    files: ['pages/**'],
    rules: {
      'no-restricted-imports': restrictImports(
        ['app'],
        'pages/ may not import from app/: what both routers render belongs in components/ or lib/.',
        // The one stylesheet, which lives with the App Router's layout: the Pages Router takes
        // global CSS only in _app, so _app imports it from there.
        ['@/app/globals\\.css'],
      ),
    },
  },
]);
