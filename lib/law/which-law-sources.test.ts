import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { whichLaw, type Act, type Nation, type WhichLawQuestion } from './which-law';
import { guidesFor, sectionGuides } from './which-law-sources';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pageText = (slug: string) => fs.readFileSync(`${root}pages/law/${slug}.tsx`, 'utf8');

const acts: Act[] = ['shared', 'threatened', 'taken', 'created'];
const nations: Nation[] = ['england', 'scotland', 'northern-ireland'];
// A date in each stretch of each place's law, and "not sure", which spans them all.
const whens: WhichLawQuestion['when'][] = [
  { kind: 'not-sure' },
  ...['2016-06-01', '2020-01-01', '2023-12-01', '2025-03-10', '2025-07-01', '2026-03-01', '2026-07-01'].map((date) => ({ kind: 'date' as const, date })),
];

describe("The which-law tool's read-more list, per act, checked against the page that explains it", () => {
  it.each(Object.entries(sectionGuides).flatMap(([statute, sections]) => Object.entries(sections).map(([section, guide]) => [statute, section, guide] as const)))(
    'P3: %s section %s is explained on the page the answer sends readers to',
    (_statute, _section, guide) => {
      expect(pageText(guide.page)).toMatch(guide.namedOnPageAs);
    },
  );

  it.each(nations.flatMap((nation) => acts.map((act) => [nation, act] as const)))('P3: in %s, an answer about %s reads more on the page for each law it names', (nation, act) => {
    let named = 0;
    for (const when of whens) {
      for (const image of ['real', 'fake'] as const) {
        const result = whichLaw({ nation, when, what: act, image, under18: 'no' });
        const slugs = result.readMore.map((page) => page.slug);
        for (const finding of result.findings) {
          if (!finding.offence) continue;
          for (const guide of guidesFor(finding.offence.citation)) {
            named += 1;
            expect(slugs, `${finding.offence.law} on ${JSON.stringify(when)}`).toContain(guide.page);
            expect(pageText(guide.page)).toMatch(guide.namedOnPageAs);
          }
        }
      }
    }
    // Scotland and Northern Ireland name no law for taking or making a fake: this guide does not describe it yet.
    if (nation === 'england' || act === 'shared' || act === 'threatened') expect(named).toBeGreaterThan(0);
  });
});
