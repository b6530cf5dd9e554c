/**
 * Sources a reader can cite: every law source passes lawSourceProblems(), and the check itself
 * refuses each kind of address the December 2026 walk found (law firms' pages, aggregator
 * copies, a content-system host name, raw legislation.gov.uk views).
 */
import { describe, expect, it } from 'vitest';
import { lawPages } from './pages';
import { lawSourceProblems, lawSources } from './sources';

describe('sources a reader can cite', () => {
  it.each(Object.entries(lawSources))('%s can be cited as it is', (_id, source) => {
    expect(lawSourceProblems(source.url)).toEqual([]);
  });

  it('every source a law page shows is one of the checked sources', () => {
    const checked = new Set<string>(Object.values(lawSources).map((source) => source.url));
    for (const page of lawPages) {
      for (const source of page.sources) expect(checked.has(source.url), `${page.slug}: ${source.url}`).toBe(true);
    }
  });

  it.each([
    ['a law firm’s page', 'https://www.lawtonslaw.co.uk/resources/crime-and-policing-act-2026-new-offences-introduced/', /lawtonslaw\.co\.uk/],
    ['another law firm’s page', 'https://forrestwilliamssolicitors.com/services/criminal-defence/blackmail/', /forrestwilliamssolicitors\.com/],
    ['an aggregator’s copy of the BBC', 'https://londragazete.com/english/77212/cps-more-than-200-prosecuted-under-revenge-porn-law/amp/', /londragazete\.com/],
    ['an aggregator’s copy of a press release', 'https://www.endthefear.co.uk/2023/06/29/press-release/', /endthefear\.co\.uk/],
    ['a copy of a government announcement', 'https://www.wired-gov.net/wg/news.nsf/articles/x?open', /wired-gov\.net/],
    ['a copy of a committee response', 'https://www.accountabilityindex.uk/committees/25/recommendation/6370/', /accountabilityindex\.uk/],
    ['Ofcom on a content-system host name', 'https://ofco01mstr8c35fprod.dxcloud.episerver.net/online-safety/x', /episerver\.net/],
    ['legislation.gov.uk as raw data', 'https://legislation.gov.uk/ukpga/2003/42/section/66B/data.xht', /raw data view/],
    ['legislation.gov.uk with a view option', 'https://www.legislation.gov.uk/ukpga/2015/9/part/5/crossheading/domestic-abuse?view=plain', /view options/],
    ['legislation.gov.uk in its /id/ form', 'https://www.legislation.gov.uk/id/ukpga/2025/18/section/138/4', /\/id\//],
    ['legislation.data.gov.uk', 'https://legislation.data.gov.uk/ukpga/2015/2/notes/division/3/1/16/4?view=plain', /legislation\.data\.gov\.uk/],
    ['an http address', 'http://www.legislation.gov.uk/nia/2016/21/section/51', /https/],
  ])('refuses %s', (_name, address, reason) => {
    expect(lawSourceProblems(address).join('; ')).toMatch(reason);
  });

  it('accepts the normal pages a reader would cite', () => {
    for (const address of [
      'https://www.legislation.gov.uk/ukpga/2003/42/section/66B',
      'https://www.legislation.gov.uk/nia/2016/21/section/51/2023-11-27',
      'https://www.gov.uk/government/publications/the-code-of-practice-for-victims-of-crime',
      'https://www.ofcom.org.uk/online-safety/illegal-and-harmful-content/statement-detecting-intimate-image-abuse',
      'https://caselaw.nationalarchives.gov.uk/ewhc/kb/2023/419',
    ]) {
      expect(lawSourceProblems(address)).toEqual([]);
    }
  });
});
