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

const topLevelMessage =
  'lib/ holds the domain and is shared by everything: it may not import from components/, app/ or pages/, nor (outside its tests) from the test helpers, the server, the bench, scripts/ or e2e/.';

/** lib/'s primitives: loose helpers that know nothing of the service, and the keys. */
const primitives = ['crypto/', 'log', 'html', 'nations', 'site-links', 'data-directory', 'shell-env', 'loopback'];

/**
 * An import of a module of lib/ (by the alias: lib/ imports across its rooms by `@/lib/...`)
 * other than those under the prefixes in `may` (a folder as `name/`, a file by its name).
 */
const libImportsExcept = (may) => `^@/lib/(?!(${may.map((entry) => (entry.endsWith('/') ? entry : `${entry}$`)).join('|')}))`;

/** An import of one of these rooms of lib/ (folders, named as `name/`). */
const libImportsOf = (rooms) => `^@/lib/(${rooms.join('|')})`;

const tests = ['**/*.test.ts', '**/*.test.tsx'];
const libLayers = [
  {
    files: primitives.map((entry) => (entry.endsWith('/') ? `lib/${entry}**` : `lib/${entry}.ts`)),
    ignores: tests,
    forbid: libImportsExcept(primitives),
    message: "lib/'s primitives (crypto/, log, html, nations, site-links, data-directory, shell-env, loopback) import only each other: pass what they need as arguments.",
  },
  {
    files: ['lib/**'],
    ignores: [...tests, ...primitives.map((entry) => (entry.endsWith('/') ? `lib/${entry}**` : `lib/${entry}.ts`)), 'lib/storage/**', 'lib/runtime/**'],
    forbid: libImportsOf(['storage/', 'runtime/']),
    message: "lib/'s domain may not import storage/ or runtime/: it receives the repositories and services it needs as arguments, from the runtime.",
  },
  {
    files: ['lib/storage/**'],
    ignores: tests,
    forbid: libImportsOf(['runtime/']),
    message: 'lib/storage/ implements the domain\'s repositories: it may not import the runtime.',
  },
  // The runtime may import all of lib/; tests may import anything in lib/ and the test helpers.
  { files: ['lib/runtime/**'], ignores: tests },
  { files: tests.map((pattern) => `lib/${pattern}`), testsToo: true },
];

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
  // Inside lib/, the layers run one way too: primitives (small shared helpers and the keys, with
  // no knowledge of the service), then the domain, then storage (which implements the domain's
  // repositories), then the runtime that wires each process. The test helpers (testing/) are for
  // tests and tools only. The rooms of the domain import each other without circles, which
  // scripts/import-direction.test.ts checks.
  ...libLayers.map(({ files, ignores, forbid, message, testsToo }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            testsToo
              ? { regex: importsOf(['components', 'app', 'pages']), message: topLevelMessage }
              : { regex: importsOf(['components', 'app', 'pages', 'testing', 'server', 'bench', 'scripts', 'e2e']), message: topLevelMessage },
            ...(forbid ? [{ regex: forbid, message }] : []),
          ],
        },
      ],
    },
  })),
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
