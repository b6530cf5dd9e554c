/**
 * Page weight budgets, checked after `next build` by `npm test` (scripts/test.mjs).
 *
 * People use this service on phones with poor signal, so the JavaScript a page needs before it
 * works is budgeted against the framework's own floor: the first-load JavaScript of a route with
 * no client code of its own. That route is `/_not-found`: it renders only the root layout (the
 * Exit this page button every page carries) and the not-found copy, so what it loads is what any
 * page here costs at the least. Measuring the floor in the same build, rather than writing down a
 * number, keeps the budget about our code: a framework upgrade moves the floor and every route
 * with it.
 *
 * Budgets (gzip, at zlib's default level, which is what `next start` sends):
 * - the forms that check answers in the browser (the referral form, /report/questions, and the
 *   evidence log, /evidence/log, which runs every platform's recogniser): the floor plus 61 KiB.
 *   Raised from 60 in December 2026, when the form gained the where-it-happened question and kept
 *   each pasted place whole beside its cleaned link (it measured 60.3 KiB over the floor); the
 *   work on lighter form pages sets these budgets again from what it reaches.
 *   The form checks each step with the same zod schema as the server, built with zod/mini to fit;
 * - every other page rendered per request (the which-law tool, privacy, mailbox, inbox, and
 *   anything new in app/): the floor plus 10 KiB;
 * - the guidance pages built to static files (pages/, see lib/guidance/static-routes.ts): no
 *   framework JavaScript at all. Their built HTML may load one script, Exit this page's, and
 *   nothing else: no framework chunk, no preload of one, no inline script;
 * - the referral form's start page, /report, must be one of those static pages: it is where every
 *   link to the form leads, and it once loaded the whole form before "Start now" (issue 20).
 * Uncompressed sizes are reported beside them for reading, not judged.
 *
 * Also: no web fonts in the build (the system font stack loads nothing), and every image in
 * public/ is small and in a web format.
 *
 * Run: node scripts/bundle-budget.mjs [--report <file.json>]. Exits 1 when anything is over.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const KiB = 1024;

/** The route whose first load is the floor; see the comment above for why this one. */
export const FLOOR_ROUTE = '/_not-found';

/** Allowance over the floor, in gzip bytes, by route. The first matching rule wins. */
export const BUDGET_RULES = [
  { name: 'form', match: (route) => route === '/report/questions' || route === '/evidence/log', overFloorGzipBytes: 61 * KiB },
  { name: 'page', match: () => true, overFloorGzipBytes: 10 * KiB },
];

/**
 * Routes that must be built as static pages (and so are judged by the static rule): the form's
 * start page (lib/referral/addresses.ts), so that the form's JavaScript never comes back to it.
 */
export const REQUIRED_STATIC_ROUTES = ['/report'];

/** The one script a static guidance page may load. */
export const EXIT_SCRIPT = '/exit-this-page.js';

/**
 * What a built HTML page loads or runs as script: each external script's address, `inline` for
 * each inline one, and each JavaScript file it preloads.
 */
export function pageScripts(html) {
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map(([, attributes]) => /\bsrc="([^"]+)"/.exec(attributes)?.[1] ?? 'inline');
  const preloads = [...html.matchAll(/<link\b[^>]*\bhref="([^"]+\.m?js)"[^>]*>/g)].map(([, href]) => href);
  return [...scripts, ...preloads];
}

/** One check per static page: it ships Exit this page's script and nothing else. */
export function checkStaticPages(pages) {
  const results = pages.map(({ route, html }) => {
    const scripts = pageScripts(html);
    const framework = scripts.filter((script) => script !== EXIT_SCRIPT);
    return { route, scripts, ok: framework.length === 0 && scripts.includes(EXIT_SCRIPT), framework };
  });
  const failures = results
    .filter((result) => !result.ok)
    .map((result) =>
      result.framework.length > 0
        ? `${result.route} is a static guidance page but loads ${result.framework.join(', ')}; it may load only ${EXIT_SCRIPT}`
        : `${result.route} does not load ${EXIT_SCRIPT}, so Exit this page would not work there with JavaScript`,
    );
  return { results, failures };
}

/** Largest image allowed in public/; an image bigger than this has not been optimised. */
export const MAX_PUBLIC_IMAGE_BYTES = 100 * KiB;
const WEB_IMAGE = /\.(svg|webp|avif|png|jpe?g|gif|ico)$/i;
const IMAGE = /\.(svg|webp|avif|png|jpe?g|gif|ico|bmp|tiff?|heic|psd)$/i;
const FONT = /\.(woff2?|ttf|otf|eot)$/i;

/** Gzip size the way the server compresses (zlib's default level). */
export function gzipSize(buffer) {
  return zlib.gzipSync(buffer).length;
}

/**
 * Sizes of each route's first-load JavaScript from route-bundle-stats.json entries.
 * `chunkSize(path)` returns `{ bytes, gzipBytes }` for one chunk (read from disk in real runs,
 * from a fixture in tests).
 */
export function measureRoutes(stats, chunkSize) {
  return stats.map((entry) => {
    let gzipBytes = 0;
    let bytes = 0;
    for (const chunk of entry.firstLoadChunkPaths) {
      const size = chunkSize(chunk);
      bytes += size.bytes;
      gzipBytes += size.gzipBytes;
    }
    return { route: entry.route, bytes: entry.firstLoadUncompressedJsBytes ?? bytes, gzipBytes };
  });
}

/**
 * Judges measured routes against the floor route and the budget rules. Returns the floor, one
 * result per route (its rule, limit and whether it is within it) and the list of failures.
 */
export function checkBudgets(routes, { floorRoute = FLOOR_ROUTE, rules = BUDGET_RULES } = {}) {
  const floor = routes.find((route) => route.route === floorRoute);
  if (!floor) {
    return {
      floor: undefined,
      results: [],
      failures: [`The floor route ${floorRoute} is missing from the build's route stats`],
    };
  }
  const results = routes.map((route) => {
    const rule = rules.find((candidate) => candidate.match(route.route));
    const limitGzipBytes = floor.gzipBytes + rule.overFloorGzipBytes;
    return {
      ...route,
      rule: rule.name,
      overFloorGzipBytes: route.gzipBytes - floor.gzipBytes,
      limitGzipBytes,
      ok: route.gzipBytes <= limitGzipBytes,
    };
  });
  const failures = results
    .filter((result) => !result.ok)
    .map(
      (result) =>
        `${result.route} loads ${kib(result.gzipBytes)} KiB of JavaScript (gzip), ${kib(result.overFloorGzipBytes)} KiB over the floor; its budget (${result.rule}) is ${kib(result.limitGzipBytes)} KiB`,
    );
  return { floor, results, failures };
}

/** Font files anywhere in the given file list: the site uses system fonts only. */
export function fontProblems(files) {
  return files.filter((file) => FONT.test(file)).map((file) => `${file} is a web font; the site uses system fonts only`);
}

/** Images in public/ that are not in a web format or are larger than an optimised one would be. */
export function imageProblems(images) {
  const problems = [];
  for (const { file, bytes } of images) {
    if (!IMAGE.test(file)) continue;
    if (!WEB_IMAGE.test(file)) problems.push(`${file} is not in a web image format`);
    else if (bytes > MAX_PUBLIC_IMAGE_BYTES) {
      problems.push(`${file} is ${kib(bytes)} KiB; optimise it to ${kib(MAX_PUBLIC_IMAGE_BYTES)} KiB or less`);
    }
  }
  return problems;
}

/** Bytes as KiB with one decimal. */
export function kib(bytes) {
  return (bytes / KiB).toFixed(1);
}

function listFiles(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

/** Reads the build under `root`, checks every budget, prints a table; returns the outcome. */
export function runBudgetCheck(root) {
  const statsFile = path.join(root, '.next', 'diagnostics', 'route-bundle-stats.json');
  if (!fs.existsSync(statsFile)) {
    return { checks: [], failures: [`${path.relative(root, statsFile)} is missing: run next build first`] };
  }
  // The Pages Router's routes are the static guidance pages: judged by what their built HTML
  // loads (below), not by the client bundle the framework builds for them and never sends.
  const pagesManifest = path.join(root, '.next', 'server', 'pages-manifest.json');
  const pagesRoutes = new Set(fs.existsSync(pagesManifest) ? Object.keys(JSON.parse(fs.readFileSync(pagesManifest, 'utf8'))) : []);
  const stats = JSON.parse(fs.readFileSync(statsFile, 'utf8')).filter((entry) => !pagesRoutes.has(entry.route));
  const pagesDir = path.join(root, '.next', 'server', 'pages');
  const staticPages = checkStaticPages(
    listFiles(pagesDir)
      .filter((file) => file.endsWith('.html') && !/^(404|500)\.html$/.test(path.relative(pagesDir, file)))
      .map((file) => ({
        route: `/${path.relative(pagesDir, file).replace(/\.html$/, '').replace(/^index$/, '')}`,
        html: fs.readFileSync(file, 'utf8'),
      })),
  );
  const routes = measureRoutes(stats, (chunk) => {
    const buffer = fs.readFileSync(path.join(root, chunk));
    return { bytes: buffer.length, gzipBytes: gzipSize(buffer) };
  });
  const budget = checkBudgets(routes);
  const notStatic = REQUIRED_STATIC_ROUTES.filter((route) => !staticPages.results.some((page) => page.route === route));
  const fonts = fontProblems(listFiles(path.join(root, '.next', 'static')).map((file) => path.relative(root, file)));
  const images = imageProblems(
    listFiles(path.join(root, 'public')).map((file) => ({ file: path.relative(root, file), bytes: fs.statSync(file).size })),
  );

  if (budget.floor) {
    console.log(`Floor (${FLOOR_ROUTE}): ${kib(budget.floor.bytes)} KiB uncompressed, ${kib(budget.floor.gzipBytes)} KiB gzip`);
    console.log(['route'.padEnd(32), 'rule', '  raw KiB', ' gzip KiB', ' +floor', '  limit', ''].join(' '));
    for (const r of budget.results) {
      console.log(
        [
          r.route.padEnd(32),
          r.rule.padEnd(4),
          kib(r.bytes).padStart(9),
          kib(r.gzipBytes).padStart(9),
          kib(r.overFloorGzipBytes).padStart(7),
          kib(r.limitGzipBytes).padStart(7),
          r.ok ? 'ok' : 'OVER',
        ].join(' '),
      );
    }
  }
  console.log(`Static guidance pages loading only ${EXIT_SCRIPT}: ${staticPages.results.filter((r) => r.ok).length} of ${staticPages.results.length}`);
  // One counted check per route, plus one for fonts and one for images.
  const checks = [
    ...budget.results.map((r) => ({ name: `first-load JS ${r.route}`, ok: r.ok })),
    ...staticPages.results.map((r) => ({ name: `no framework JS ${r.route}`, ok: r.ok })),
    { name: 'static guidance pages built', ok: staticPages.results.length > 0 },
    ...REQUIRED_STATIC_ROUTES.map((route) => ({ name: `built as a static page ${route}`, ok: !notStatic.includes(route) })),
    ...(budget.floor ? [] : [{ name: 'floor route present', ok: false }]),
    { name: 'no web fonts', ok: fonts.length === 0 },
    { name: 'public/ images optimised', ok: images.length === 0 },
  ];
  const noStaticPages = staticPages.results.length === 0 ? ['No static guidance page was built (.next/server/pages/*.html)'] : [];
  return {
    floor: budget.floor,
    results: budget.results,
    staticPages: staticPages.results,
    checks,
    failures: [
      ...budget.failures,
      ...staticPages.failures,
      ...noStaticPages,
      ...notStatic.map((route) => `${route} is not built as a static page loading only ${EXIT_SCRIPT}; it must be (see REQUIRED_STATIC_ROUTES)`),
      ...fonts,
      ...images,
    ],
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const outcome = runBudgetCheck(root);
  const reportAt = process.argv.indexOf('--report');
  if (reportAt > 0 && process.argv[reportAt + 1]) {
    const passed = outcome.checks.filter((check) => check.ok).length;
    const failed = outcome.checks.length - passed || (outcome.failures.length > 0 ? 1 : 0);
    fs.writeFileSync(process.argv[reportAt + 1], JSON.stringify({ passed, failed, ...outcome }, null, 2));
  }
  for (const failure of outcome.failures) console.error(`Over budget: ${failure}`);
  console.log(outcome.failures.length === 0 ? 'Every page is within its budget.' : `${outcome.failures.length} over budget.`);
  process.exit(outcome.failures.length === 0 ? 0 : 1);
}
