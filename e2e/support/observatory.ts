/**
 * The MDN HTTP Observatory's scoring (algorithm version 4, @mdn/mdn-http-observatory 1.4.8),
 * ported for the headers one response carries, because the Observatory itself cannot run here:
 * its install step downloads the HSTS preload and TLD lists, and it scans public hosts over https.
 *
 * Each test gives the result the Observatory would give and its score modifier, from the
 * package's `src/analyzer/tests/*.js` and `src/grader/charts.js`. The score starts at 100; bonuses
 * count only when the score without them is at least 90; 100 or more is A+.
 *
 * What cannot apply on a loopback server over http, and is left to a scan of the deployed site:
 * the redirect from http to https and the HSTS preload list (the TLS terminator in front does
 * those), and the https-only checks for insecure schemes. They are reported as "not applicable".
 */

export type ObservatoryTest = { name: string; result: string; modifier: number };

export type ObservatoryScore = { score: number; grade: string; tests: ObservatoryTest[] };

const SCORES: Record<string, number> = {
  'csp-implemented-with-no-unsafe-default-src-none': 10,
  'csp-implemented-with-no-unsafe': 5,
  'csp-implemented-with-unsafe-inline-in-style-src-only': 0,
  'csp-implemented-with-unsafe-eval': -10,
  'csp-implemented-with-unsafe-inline': -20,
  'csp-header-invalid': -25,
  'csp-not-implemented': -25,
  'cookies-not-found': 0,
  'cookies-secure-with-httponly-sessions-and-samesite': 5,
  'cookies-without-secure-flag': -20,
  'cross-origin-resource-sharing-not-implemented': 0,
  'cross-origin-resource-sharing-implemented-with-public-access': 0,
  'cross-origin-resource-sharing-implemented-with-universal-access': -50,
  'redirection-not-applicable-on-loopback': 0,
  'referrer-policy-private': 5,
  'referrer-policy-not-implemented': 0,
  'referrer-policy-unsafe': -5,
  'referrer-policy-header-invalid': -5,
  'hsts-implemented-max-age-at-least-six-months': 0,
  'hsts-implemented-max-age-less-than-six-months': -10,
  'hsts-not-implemented': -20,
  'hsts-header-invalid': -20,
  'sri-not-implemented-response-not-html': 0,
  'sri-not-implemented-but-no-scripts-loaded': 0,
  'sri-not-implemented-but-all-scripts-loaded-from-secure-origin': 0,
  'sri-not-implemented-but-external-scripts-loaded-securely': -5,
  'x-content-type-options-nosniff': 0,
  'x-content-type-options-not-implemented': -5,
  'x-content-type-options-header-invalid': -5,
  'x-frame-options-implemented-via-csp': 5,
  'x-frame-options-sameorigin-or-deny': 0,
  'x-frame-options-not-implemented': -20,
  'x-frame-options-header-invalid': -20,
  'corp-implemented-with-same-origin': 10,
  'corp-implemented-with-same-site': 10,
  'corp-implemented-with-cross-origin': 0,
  'corp-not-implemented': 0,
  'corp-header-invalid': -5,
};

const DANGEROUSLY_BROAD = new Set(['ftp:', 'http:', 'https:', '*', 'http://*', 'http://*.*', 'https://*', 'https://*.*']);
const UNSAFE_INLINE = new Set(["'unsafe-inline'", 'data:']);
const BROAD_OR_INLINE = new Set([...DANGEROUSLY_BROAD, ...UNSAFE_INLINE]);
const startsWithNonceOrHash = (sources: Set<string>) =>
  [...sources].some((source) => /^'(nonce-|sha256-|sha384-|sha512-)/.test(source));

function parseCsp(policy: string): Map<string, Set<string>> | null {
  const directives = new Map<string, Set<string>>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    // The Observatory marks duplicated directives; a browser ignores all but the first.
    if (directives.has(name.toLowerCase())) return null;
    directives.set(name.toLowerCase(), new Set(sources.map((source) => source.toLowerCase().replace(/^'nonce-.*'$/, "'nonce-'"))));
  }
  return directives;
}

function cspResult(header: string | undefined): string {
  if (!header) return 'csp-not-implemented';
  const csp = parseCsp(header);
  if (!csp) return 'csp-header-invalid';
  const fallback = (name: string) => new Set(csp.get(name) ?? csp.get('default-src') ?? ['*']);
  const script = fallback('script-src');
  const style = fallback('style-src');
  const object = fallback('object-src');
  for (const list of [script, style]) if (startsWithNonceOrHash(list)) list.delete("'unsafe-inline'");
  if (startsWithNonceOrHash(script) && script.has("'strict-dynamic'")) {
    for (const source of [...script]) {
      if ([...DANGEROUSLY_BROAD].some((broad) => source.startsWith(broad)) || source === "'self'" || source === "'unsafe-inline'") {
        script.delete(source);
      }
    }
  } else if (script.has("'strict-dynamic'")) {
    return 'csp-header-invalid';
  }
  if ([...script].some((s) => BROAD_OR_INLINE.has(s)) || [...object].some((s) => DANGEROUSLY_BROAD.has(s))) {
    return 'csp-implemented-with-unsafe-inline';
  }
  if (script.has("'unsafe-eval'") || style.has("'unsafe-eval'")) return 'csp-implemented-with-unsafe-eval';
  if ([...style].some((s) => BROAD_OR_INLINE.has(s))) return 'csp-implemented-with-unsafe-inline-in-style-src-only';
  const defaultSrc = csp.get('default-src');
  if (defaultSrc?.has("'none'") && defaultSrc.size === 1) return 'csp-implemented-with-no-unsafe-default-src-none';
  return 'csp-implemented-with-no-unsafe';
}

function hstsResult(header: string | undefined): string {
  if (!header) return 'hsts-not-implemented';
  const maxAge = /(?:^|;)\s*max-age\s*=\s*"?(\d+)"?\s*(?:;|$)/i.exec(header)?.[1];
  if (maxAge === undefined) return 'hsts-header-invalid';
  return Number(maxAge) >= 15_768_000 ? 'hsts-implemented-max-age-at-least-six-months' : 'hsts-implemented-max-age-less-than-six-months';
}

function referrerResult(header: string | undefined): string {
  if (!header) return 'referrer-policy-not-implemented';
  const good = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
  const bad = ['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'];
  const policy = header
    .split(',')
    .map((value) => value.trim().toLowerCase())
    .filter((value) => good.includes(value) || bad.includes(value))
    .reverse()[0];
  if (policy === undefined) return 'referrer-policy-header-invalid';
  return good.includes(policy) ? 'referrer-policy-private' : 'referrer-policy-unsafe';
}

function frameResult(headers: Record<string, string>): string {
  const csp = headers['content-security-policy'] ? parseCsp(headers['content-security-policy']) : null;
  const ancestors = csp?.get('frame-ancestors');
  if (ancestors && ![...ancestors].some((source) => DANGEROUSLY_BROAD.has(source))) return 'x-frame-options-implemented-via-csp';
  const xfo = headers['x-frame-options']?.trim().toLowerCase();
  if (!xfo) return 'x-frame-options-not-implemented';
  return xfo === 'deny' || xfo === 'sameorigin' ? 'x-frame-options-sameorigin-or-deny' : 'x-frame-options-header-invalid';
}

function sriResult(headers: Record<string, string>, html: string, pageOrigin: string): string {
  if (!/^text\/html/i.test(headers['content-type'] ?? '')) return 'sri-not-implemented-response-not-html';
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gi)].map((match) => match[1] ?? '');
  if (sources.length === 0) return 'sri-not-implemented-but-no-scripts-loaded';
  const allOwn = sources.every((source) => new URL(source, pageOrigin).origin === pageOrigin);
  return allOwn ? 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin' : 'sri-not-implemented-but-external-scripts-loaded-securely';
}

/** Scores one response's headers (lower-case names) and HTML, as the Observatory would. */
export function observatoryScore(headers: Record<string, string>, html: string, pageOrigin: string): ObservatoryScore {
  const xcto = headers['x-content-type-options']?.trim().toLowerCase();
  const corp = headers['cross-origin-resource-policy']?.trim().toLowerCase();
  const acao = headers['access-control-allow-origin']?.trim();
  const results: Record<string, string> = {
    'content-security-policy': cspResult(headers['content-security-policy']),
    cookies: headers['set-cookie'] ? 'cookies-without-secure-flag' : 'cookies-not-found',
    'cross-origin-resource-sharing': !acao
      ? 'cross-origin-resource-sharing-not-implemented'
      : acao === '*'
        ? 'cross-origin-resource-sharing-implemented-with-public-access'
        : 'cross-origin-resource-sharing-implemented-with-universal-access',
    redirection: 'redirection-not-applicable-on-loopback',
    'referrer-policy': referrerResult(headers['referrer-policy']),
    'strict-transport-security': hstsResult(headers['strict-transport-security']),
    'subresource-integrity': sriResult(headers, html, pageOrigin),
    'x-content-type-options': !xcto
      ? 'x-content-type-options-not-implemented'
      : xcto === 'nosniff'
        ? 'x-content-type-options-nosniff'
        : 'x-content-type-options-header-invalid',
    'x-frame-options': frameResult(headers),
    'cross-origin-resource-policy': !corp
      ? 'corp-not-implemented'
      : ['same-origin', 'same-site', 'cross-origin'].includes(corp)
        ? `corp-implemented-with-${corp}`
        : 'corp-header-invalid',
  };
  const tests = Object.entries(results).map(([name, result]) => {
    const modifier = SCORES[result];
    if (modifier === undefined) throw new Error(`No score for ${result}`);
    return { name, result, modifier };
  });
  const withBonuses = 100 + tests.reduce((sum, test) => sum + test.modifier, 0);
  const penaltiesOnly = 100 + tests.reduce((sum, test) => sum + Math.min(0, test.modifier), 0);
  const score = Math.max(0, penaltiesOnly >= 90 ? withBonuses : penaltiesOnly);
  const grades: [number, string][] = [[100, 'A+'], [90, 'A'], [85, 'A-'], [80, 'B+'], [70, 'B'], [65, 'B-'], [60, 'C+'], [50, 'C'], [45, 'C-'], [40, 'D+'], [30, 'D'], [25, 'D-']];
  const grade = grades.find(([minimum]) => score >= minimum)?.[1] ?? 'F';
  return { score, grade, tests };
}
