/**
 * Where a "Which law applies to me?" answer sends the reader, and what it cites: for each Act and
 * section an answer can name, the guidance page that explains it and the sources for it; and the
 * sources for the parts of an answer that are not about one offence (when the first law started,
 * a suspect abroad, getting an image removed). An answer lists only the sources for what it says.
 *
 * Pages and sources follow the offence's Act and section (its citation), never the wording of
 * its name, so renaming an offence cannot send a reader to the wrong page.
 *
 * Pure: no clock, no environment.
 */
import type { LawPageSlug } from './pages';
import { lawSources as s, type LawSource } from './sources';
import type { Act, Citation, Finding, Jurisdiction, Statute } from './which-law-types';


/** The page that explains a section of an Act, and what the answer cites for it. */
export type SectionGuide = {
  /** The page that explains this offence. */
  page: LawPageSlug;
  /** What the page's own text must name for it to be the page that explains this section. */
  namedOnPageAs: RegExp;
  sources: readonly LawSource[];
};

/** For each Act the answer names, each of its sections the answer can cite. */
export const sectionGuides: Record<Statute, Record<string, SectionGuide>> = {
  'criminal-justice-and-courts-act-2015': {
    '33': {
      page: 'the-2015-offence',
      namedOnPageAs: /section 33/,
      sources: [s.cjcaCommencement, s.cjca33AsAmended, s.cjca35Notes, s.sentencingCouncilDisclosing],
    },
  },
  'sexual-offences-act-2003': {
    '66B': {
      page: 'england-and-wales',
      namedOnPageAs: /section 66B/,
      sources: [s.soa66B, s.collegeOfPolicing, s.magistratesCourts127, s.governmentResponseWec],
    },
    '66E': {
      page: 'england-and-wales',
      namedOnPageAs: /section 66E/,
      sources: [s.duaa138, s.duaaCommencementReport, s.duaaRoyalAssent, s.governmentResponseWec],
    },
    '66F': {
      page: 'england-and-wales',
      namedOnPageAs: /section 66F/,
      sources: [s.soa66F, s.duaaCommencementReport],
    },
    // The taking offence's number is only reported, so the page names the offence, not the section.
    '66AB': {
      page: 'england-and-wales',
      namedOnPageAs: /Taking or recording an intimate image without consent/,
      sources: [s.cpaCircular, s.cpaCommencementNo1, s.takingFactsheet, s.governmentResponseWec],
    },
    '67': {
      page: 'related-offences',
      namedOnPageAs: /section 67\b/,
      sources: [s.voyeurism],
    },
    '67A': {
      page: 'related-offences',
      namedOnPageAs: /section 67A/,
      sources: [s.upskirting],
    },
  },
  'abusive-behaviour-and-sexual-harm-scotland-act-2016': {
    '2': {
      page: 'scotland',
      namedOnPageAs: /Abusive Behaviour and Sexual Harm \(Scotland\) Act 2016/,
      sources: [s.scotland2016Act, s.scotlandInForce],
    },
  },
  'justice-act-northern-ireland-2016': {
    '51': {
      page: 'northern-ireland',
      namedOnPageAs: /section 51/,
      sources: [s.niSection51, s.niSection51Threats, s.ni2022Act, s.derryJournalPsni],
    },
  },
};

/** The guide for each section an offence cites. A section with no guide is a programming error. */
export function guidesFor(citation: Citation): SectionGuide[] {
  return citation.sections.map((section) => {
    const guide = sectionGuides[citation.statute][section];
    if (!guide) throw new Error(`No guide for ${citation.statute} section ${section}`);
    return guide;
  });
}

/** Where the answer's "no specific offence yet" rests: when the first law for that act began. */
const firstLawSources: Record<Jurisdiction, Record<Act, readonly LawSource[]>> = {
  'england-and-wales': {
    shared: [s.cjcaCommencement],
    threatened: [s.cjcaCommencement, s.cjca33AsAmended],
    taken: [s.voyeurism],
    created: [s.duaaRoyalAssent, s.duaa138],
  },
  scotland: { shared: [s.scotlandInForce], threatened: [s.scotlandInForce], taken: [], created: [] },
  'northern-ireland': { shared: [s.niNotes], threatened: [s.niNotes, s.ni2022Act], taken: [], created: [] },
};

/** The sources for one finding: its offence's, or, with no offence, when the first one began. */
export function sourcesForFinding(jurisdiction: Jurisdiction, finding: Finding): readonly LawSource[] {
  if (finding.offence) return guidesFor(finding.offence.citation).flatMap((guide) => guide.sources);
  return firstLawSources[jurisdiction][finding.act];
}

/** The sources for the advice every answer gives: a suspect abroad, and getting the image removed. */
export const adviceSources: readonly LawSource[] = [s.rphAskAnOfficer, s.stopNciiFaq, s.osaSection10, s.osaSection20A];

/** The sources for the under-18 routes (Report Remove, and what adults do instead). */
export const under18Sources: readonly LawSource[] = [s.reportRemove, s.iwfReportRemoveAge];

/** One copy of each source, first mention first. */
export function uniqueSources(sources: readonly LawSource[]): LawSource[] {
  const seen = new Set<string>();
  return sources.filter((source) => (seen.has(source.url) ? false : (seen.add(source.url), true)));
}
