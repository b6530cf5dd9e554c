/**
 * What makes a source safe to show a victim. Every source and help link in a guide is a live
 * link: tapping it is a visit that lands in her browser history and, on an ad-funded page, in
 * trackers' logs. So a source must be https, carry no tracking parameters, be in English (UK
 * where the site offers it), and not be on a content farm, mirror, paste site or adult site.
 *
 * The registry test runs every source through sourceProblems(); a guide page with its own
 * sources (the screenshot guide) uses it too.
 *
 * Pure: no Node, database or environment imports.
 */
import type { SourceKind } from './types';

/**
 * Domains never to cite, matched exactly or as subdomains: content farms and AI-written pages
 * found in the November 2026 audit, mirrors and proxies of other sites, paste sites, and adult
 * sites. A leak-themed page must never be linked, whatever else it says.
 */
export const deniedSourceDomains: readonly string[] = [
  // Content farms and AI-written pages.
  'tinygrab.com',
  'qainsta.com',
  'hooleft.me',
  'grokipedia.com',
  'history-computer.com',
  'bando.com',
  'cognitivehub.in',
  'tebesir.com',
  'dusted.com',
  'winenfood.com',
  'stickers.wiki',
  '4nownews.com',
  'casianews.com',
  'howto4.com',
  'itigic.com',
  'thekarmanews.com',
  'justanswers.blog',
  'visualfoodie.com',
  // A page on missouri.edu that is spam, not the university's.
  'imba.missouri.edu',
  // Mirrors, proxies and archives of other sites' pages.
  'pages.dev',
  'github.io',
  'githubusercontent.com',
  'web.archive.org',
  'mirrorblogs.com',
  'googleweblight.com',
  'gratisproxy.de',
  // Paste sites.
  'pastebin.com',
  'rentry.co',
  // Adult, hook-up and cam sites.
  'onenightway.com',
  'supportlivecam.com',
];

/** Query parameters that track a visit or come from an app's share sheet, not the page. */
const trackingParameter = /^(utm_.*|fbclid|gclid|igsh|igshid|mibextid|si|ref_src|ref|src|appLaunch|_r|share_id)$/i;

/** A locale at the start of a path: "/pt-BR/…", or a bare language such as "/pl/…". */
const foreignLocalePath = /^\/([a-z]{2}(-[a-z]{2})?)(\/|$)/i;
/** Two-letter languages seen in the audit's non-English links; "/en/" and site sections pass. */
const foreignLanguages = new Set(['ar', 'cs', 'de', 'es', 'fi', 'fr', 'he', 'hi', 'it', 'ja', 'kn', 'ko', 'lv', 'nl', 'pl', 'pt', 'ru', 'sv', 'ta', 'tr', 'zh']);
const localeParameters = ['hl', 'lang', 'locale'];

/** Hosts that offer a UK English version, and how a link asks for it. */
const ukLocale: Readonly<Record<string, (url: URL) => boolean>> = {
  'support.google.com': (url) => url.searchParams.get('hl') === 'en-GB',
  'support.apple.com': (url) => url.pathname.toLowerCase().startsWith('/en-gb/'),
};

function onDomain(hostname: string, domain: string): boolean {
  return hostname === domain || hostname.endsWith(`.${domain}`);
}

/** Everything wrong with a source's address, in words; empty when it is fine to show. */
export function sourceProblems(address: string): string[] {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return ['not a web address'];
  }
  const problems: string[] = [];
  if (url.protocol !== 'https:') problems.push('not https');
  if (url.username || url.password) problems.push('has credentials');
  const denied = deniedSourceDomains.find((domain) => onDomain(url.hostname, domain));
  if (denied) problems.push(`on the deny-list (${denied})`);
  for (const name of url.searchParams.keys()) {
    if (trackingParameter.test(name)) problems.push(`tracking parameter ${name}`);
  }
  for (const name of localeParameters) {
    const value = url.searchParams.get(name);
    if (value !== null && !/^en([-_](GB|US))?$/i.test(value)) problems.push(`locale ${name}=${value}`);
  }
  const pathLocale = foreignLocalePath.exec(url.pathname)?.[1];
  const language = pathLocale?.slice(0, 2).toLowerCase();
  if (pathLocale && language !== 'en' && (pathLocale.length === 5 || foreignLanguages.has(language ?? ''))) {
    problems.push(`locale /${pathLocale}/`);
  }
  const wantsUk = ukLocale[url.hostname];
  if (wantsUk && !wantsUk(url)) problems.push('not the UK English version the site offers');
  return problems;
}

/** The order sources are listed in: a primary or charity source before press, press before the rest. */
export const sourceKindRank: Readonly<Record<SourceKind, number>> = {
  official: 0,
  ngo: 0,
  press: 1,
  'third-party': 2,
};
