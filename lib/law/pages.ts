/**
 * The legal guidance pages: one entry per page with its title, description, last-reviewed date,
 * what last changed on it, its sources, and the registry facts it states. Each page's route reads
 * its <title> and description from here, and the page frame shows the sources, the dates and the
 * "How sure we are" box from here, so none of them is written twice.
 *
 * Doubt lives in that box, not in the running text: the box lists every fact the page states
 * that is only reported or unverified (with its hedge and the day it was checked), and the
 * page's open questions, the points it cannot confirm that are not registry facts.
 *
 * The list is checked when this module loads (see ./page-metadata.ts): a page with a missing
 * title, description, date, what-changed line or https source stops the build.
 *
 * Over 400 lines because it is data, one table by design: every page's sources, facts and open
 * questions side by side is what lets a reviewer see what each page rests on at once.
 */
import { validateLawPages, type LawPageMetadata } from './page-metadata';
import { allFacts, fact, hedgeFor, type FactId } from './facts';
import type { IsoDate } from './law-dates';
import { lawSources as s } from './sources';

export const lawPageSlugs = [
  'overview',
  'which-law',
  'the-2015-offence',
  'england-and-wales',
  'scotland',
  'northern-ireland',
  'related-offences',
  'under-18',
  'civil-routes-and-removal',
  'reporting-to-the-police',
  'about-this-crime',
] as const;

export type LawPageSlug = (typeof lawPageSlugs)[number];

/** Something a page cannot confirm that is not a registry fact, and the day we last looked. */
export type OpenQuestion = { text: string; checked: IsoDate };

export type LawPage = LawPageMetadata & {
  slug: LawPageSlug;
  /** The registry facts the page states: the ones not verified go in its "How sure we are" box. */
  facts: readonly FactId[];
  /** What the page cannot confirm beyond its facts, said once, in the box. */
  openQuestions: readonly OpenQuestion[];
};

/** The day the pages' sources and their own dates and numbers were last checked. */
const REVIEWED = '2026-12-08';
/** The day of the changes each page's "What changed" line describes. */
const CHANGED = '2026-12-08';

const entries: readonly LawPage[] = [
  {
    slug: 'overview',
    title: 'The law on sharing intimate images without consent',
    description:
      'What the law says in England and Wales, Scotland and Northern Ireland about sharing, or threatening to share, intimate images without consent.',
    lastReviewed: REVIEWED,
    whatChanged: {
      date: CHANGED,
      summary:
        'Making a fake intimate image is now described as reported, not settled; the Northern Ireland row has a date; the sources link the official pages.',
    },
    sources: [s.soa66B, s.cjca33Notes, s.cjca35Notes, s.duaa138, s.duaaCommencementReport, s.cpaCircular, s.scotland2016Act, s.niSection51, s.derryJournalPsni],
    facts: ['ew2024OffencesStart', 'ew2015OffenceStarts', 'ewThreatsCoveredFrom', 'scotlandOffenceStarts', 'deepfakeOffencesStart', 'crimeAndPolicingActFirstChanges', 'niOffenceCertainlyInForce'],
    openQuestions: [],
  },
  {
    slug: 'which-law',
    title: 'Which law applies to me?',
    description:
      'Answer a few questions to find out which law applied when and where it happened, what it required, and what to read next.',
    lastReviewed: REVIEWED,
    whatChanged: { date: CHANGED, summary: 'The sources now link the official pages in their normal view.' },
    sources: [
      s.cjcaCommencement,
      s.cjca33AsAmended,
      s.cjca35Notes,
      s.soa66B,
      s.osaCircular,
      s.magistratesCourts127,
      s.governmentResponseWec,
      s.scotland2016Act,
      s.scotlandInForce,
      s.niSection51,
      s.niSection51Threats,
      s.ni2022Act,
      s.derryJournalPsni,
      s.voyeurism,
      s.upskirting,
      s.takingFactsheet,
      s.duaa138,
      s.duaaCommencementReport,
      s.cpaCircular,
      s.cpaCommencementNo1,
    ],
    facts: [],
    openQuestions: [
      {
        text: 'Each answer says, beside its dates and sentences, which of them we have seen only in copies or reports.',
        checked: REVIEWED,
      },
    ],
  },
  {
    slug: 'the-2015-offence',
    title: 'The law from April 2015 to January 2024 in England and Wales',
    description:
      'The offence of disclosing private sexual photographs and films with intent to cause distress: what had to be proved, the defences, its limits, and why it still matters.',
    lastReviewed: REVIEWED,
    whatChanged: {
      date: CHANGED,
      summary: 'The maximum sentence and the sentencing guideline’s date and range are now taken from the Sentencing Council, with their sources.',
    },
    sources: [
      s.cjcaCommencement,
      s.cjca33Notes,
      s.cjca33AsAmended,
      s.cjca35Notes,
      s.sentencingCouncilDisclosing,
      s.cpsFoi,
      s.anonymityAnswer2018,
      s.magistratesCourts127,
    ],
    facts: ['ew2015OffenceStarts', 'ew2024OffencesStart', 'ewThreatsCoveredFrom', 's33Maximum', 's33GuidelineFrom', 's33GuidelineRange'],
    openQuestions: [
      {
        text: 'The government’s 2018 position on anonymity is from a written answer we have read only in a copy, not on Parliament’s own website.',
        checked: REVIEWED,
      },
    ],
  },
  {
    slug: 'england-and-wales',
    title: 'The law now in England and Wales',
    description:
      `The offences of sharing or threatening to share an intimate image, in force since ${fact('ew2024OffencesStart')}, the offences about fake intimate images, and the 2026 changes: taking images, and a duty on websites to take reported images down.`,
    lastReviewed: REVIEWED,
    whatChanged: {
      date: CHANGED,
      summary:
        'The 48-hour removal duty is described as the law words it, with the five things your report must say; the exemptions and the court details are fuller; what we are not sure of is in one box.',
    },
    sources: [
      s.soa66B,
      s.soa66C,
      s.collegeOfPolicing,
      s.osaCircular,
      s.magistratesCourts127,
      s.governmentResponseWec,
      s.sexualOffencesAmendment1992,
      s.specialMeasures,
      s.duaa138,
      s.soa66F,
      s.duaaCommencementReport,
      s.cpaCircular,
      s.cpaCommencementNo1,
      s.takingFactsheet,
      s.osaSection10,
      s.osaSection20A,
    ],
    facts: [
      'ew2024OffencesStart',
      's66bBasicMaximum',
      's66bSeriousMaximum',
      'summaryTimeLimit',
      'deepfakeTimeLimit',
      'deepfakeOffencesStart',
      'crimeAndPolicingActPassed',
      'crimeAndPolicingActFirstChanges',
      'commencementOrder',
      'takedownDeadline',
      'contentReportSection',
    ],
    openQuestions: [
      { text: 'We have not yet confirmed the maximum sentence for asking someone to create a fake intimate image.', checked: REVIEWED },
      {
        text:
          'We have not read the new offences of taking or recording an intimate image in the Act itself, so we do not give their section number, maximum sentences or time limit.',
        checked: REVIEWED,
      },
    ],
  },
  {
    slug: 'scotland',
    title: 'The law in Scotland',
    description:
      `The Scottish offence of disclosing, or threatening to disclose, an intimate photograph or film, in force since ${fact('scotlandOffenceStarts')}.`,
    lastReviewed: REVIEWED,
    whatChanged: {
      date: CHANGED,
      summary: 'The maximum sentence is now read from our checked list of facts, and what we could not confirm is in one box.',
    },
    sources: [s.scotland2016Act, s.scotlandInForce, s.scotlandTogether],
    facts: ['scotlandOffenceStarts', 'scotlandMaximum'],
    openQuestions: [
      { text: 'We have not confirmed the maximum sentence when a case is heard in a lower court.', checked: REVIEWED },
      {
        text:
          'We have not confirmed whether Scotland has a separate crime of making a fake intimate image. The 2025 offences of creating or asking for one change the law of England and Wales.',
        checked: REVIEWED,
      },
      {
        text: 'We have not seen the full wording of the further defence about images taken where the public were present, so we do not describe it.',
        checked: REVIEWED,
      },
    ],
  },
  {
    slug: 'northern-ireland',
    title: 'The law in Northern Ireland',
    description:
      'The Northern Ireland offence of disclosing private sexual photographs and films with intent to cause distress, and how it differs from the law in England and Wales.',
    lastReviewed: REVIEWED,
    whatChanged: {
      date: CHANGED,
      summary: 'What we could not confirm about this law, such as when it started and its maximum sentence, is now said once, in one box.',
    },
    sources: [s.niSection51, s.niSection51Threats, s.niNotes, s.ni2022Act, s.irishNews2016, s.derryJournalPsni, s.soa66B, s.niAnonymityReport],
    facts: ['niActPassed', 'niOffenceCertainlyInForce', 'niThreatsActPassed', 'niThreatsCertainlyCovered', 'niReportedMaximum', 'ew2024OffencesStart'],
    openQuestions: [
      {
        text:
          'Why its start date and maximum sentence are not settled: the parts of section 51 we could read, on the official legislation website and in copies, did not include its penalty subsection, and we found no commencement order naming it.',
        checked: REVIEWED,
      },
      {
        text: `We have not confirmed the date the 2022 change on threats came into force, only that the law covered threats by ${fact('niThreatsCertainlyCovered')}.`,
        checked: REVIEWED,
      },
      {
        text:
          'Reports suggest victims of this offence do not get anonymity automatically: in one case a judge had to make a specific order. We have not confirmed this against the law itself.',
        checked: REVIEWED,
      },
      { text: 'We have not confirmed whether this offence covers fake or edited images.', checked: REVIEWED },
    ],
  },
  {
    slug: 'related-offences',
    title: 'Other crimes that often come with it',
    description:
      'Controlling or coercive behaviour, stalking and harassment, blackmail and sextortion, threatening messages, voyeurism and upskirting, in England and Wales.',
    lastReviewed: REVIEWED,
    whatChanged: {
      date: CHANGED,
      summary:
        'Every date and sentence on this page now comes from our checked list of facts, with its source; the 2026 taking offences and the voyeurism offence they may replace are hedged.',
    },
    sources: [
      s.coerciveControl,
      s.coerciveControlReview,
      s.domesticAbuseAct68,
      s.harassment4A,
      s.stalkingCommonsLibrary,
      s.stalkingProtect,
      s.theftAct21,
      s.blackmailEdp,
      s.sextortionSolicitorsJournal,
      s.soa66B,
      s.osaThreatening,
      s.maliciousCommunications,
      s.voyeurism,
      s.upskirting,
      s.takingFactsheet,
      s.cpaCircular,
      s.revengePornHelplineFaq,
    ],
    facts: [
      'coerciveControlInForce',
      'coerciveControlMaximum',
      'coerciveControlExPartnersFrom',
      'stalkingFearMaximum',
      'blackmailMaximum',
      'maliciousCommunicationsMaximum',
      'voyeurismMaximum',
      'upskirtingInForce',
      'crimeAndPolicingActFirstChanges',
    ],
    openQuestions: [
      { text: 'We have not yet confirmed the maximum sentence for threatening communications.', checked: REVIEWED },
      {
        text:
          'The government planned that the new taking offences would replace the voyeurism offence of recording someone doing a private act, and the upskirting offence. We have not confirmed whether, or from when, those parts were repealed.',
        checked: REVIEWED,
      },
      {
        text: 'We have not read the new taking offences in the Act itself, so we do not give their maximum sentences.',
        checked: REVIEWED,
      },
    ],
  },
  {
    slug: 'under-18',
    title: 'If the person in the image was under 18',
    description:
      'Why images of anyone under 18 are even more serious: the laws on images of children apply as well as the others. How Report Remove works, what to do if you are an adult now, and what an adult helping must never do.',
    lastReviewed: REVIEWED,
    whatChanged: { date: CHANGED, summary: 'The sources now link the official pages; a newspaper column we cited for Childline has been dropped.' },
    sources: [s.reportRemove, s.nspccReportRemove, s.nspccChildline, s.sextortionSolicitorsJournal, s.iwfReportRemoveAge, s.soa66B],
    facts: ['ew2024OffencesStart'],
    openQuestions: [],
  },
  {
    slug: 'civil-routes-and-removal',
    title: 'Getting images removed and going to court yourself',
    description:
      'Civil claims, asking organisations to delete your data, reporting to platforms, StopNCII and search engines, and what each can and cannot do.',
    lastReviewed: REVIEWED,
    whatChanged: {
      date: CHANGED,
      summary:
        'The 48-hour removal duty is described as the law words it, with the five things your report must say; StopNCII can be used before an image is posted; the court case is cited from the judgment.',
    },
    sources: [
      s.fgxJudgment,
      s.icoErasure,
      s.stopNcii,
      s.stopNciiFaq,
      s.ofcomHashMatching,
      s.wecReport,
      s.revengePornHelplineFaq,
      s.iwfReportRemoveAge,
      s.osaSection10,
      s.osaSection20A,
      s.cpaCircular,
      s.cpaCommencementNo1,
    ],
    facts: ['crimeAndPolicingActFirstChanges', 'takedownDeadline', 'contentReportSection'],
    openQuestions: [],
  },
  {
    slug: 'reporting-to-the-police',
    title: 'Reporting to the police',
    description:
      "How to contact the police, what a crime reference number is, what usually happens next, what to do if the person is abroad, and your rights under the Victims' Code.",
    lastReviewed: REVIEWED,
    whatChanged: {
      date: CHANGED,
      summary:
        'New: what to do if the person who did it is abroad. The Victims’ Code dates and time limits now come from our checked list of facts.',
    },
    sources: [
      s.calling999,
      s.silent999,
      s.reportingOnline,
      s.afterReportingOnline,
      s.rphAskAnOfficer,
      s.victimsCode,
      s.victimsCodeFactSheet,
      s.victimsCodeInForce,
      s.victimsCodeSupport,
      s.revengePornHelplineFaq,
      s.stopNciiFaq,
      s.magistratesCourts127,
      s.governmentResponseWec,
    ],
    facts: ['ew2024OffencesStart', 'summaryTimeLimit', 'onlineReportReply', 'victimsCodeInForce', 'victimsCodeRights', 'victimsCodeReferralDays'],
    openQuestions: [
      {
        text:
          'The government has planned to put the Victims’ Code into law. We have not confirmed whether a newer version has replaced the 2021 Code, so check with the police or a support service.',
        checked: REVIEWED,
      },
    ],
  },
  {
    slug: 'about-this-crime',
    title: 'About this crime: the first year of the 2015 law',
    description:
      'What the figures from the first year of the 2015 law in England and Wales showed, and what they do not show.',
    lastReviewed: REVIEWED,
    whatChanged: {
      date: CHANGED,
      summary: 'A news story we cited through a copy on another website has been dropped for the original reports.',
    },
    sources: [s.expressAndStar2016, s.itv2016, s.russellWebster2016, s.derryJournalPsni],
    facts: [],
    openQuestions: [
      {
        text:
          'The figures on this page are from news reports of the Crown Prosecution Service’s report for 2015 to 2016 and of police figures. We have not read the report itself.',
        checked: REVIEWED,
      },
    ],
  },
];

/** Today's date in UTC as YYYY-MM-DD: review dates are calendar dates, not local times. */
function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Every law page, checked. Importing this module throws if any entry is incomplete. */
export const lawPages: readonly LawPage[] = validateLawPages(entries, todayUtc());

/** The entry for a slug. Slugs are a closed union, so a missing entry is a programming error. */
export function lawPage(slug: LawPageSlug): LawPage {
  const page = lawPages.find((entry) => entry.slug === slug);
  if (!page) throw new Error(`No law page has the slug "${slug}"`);
  return page;
}

/** The address of a law page: the overview lives at /law itself. */
export function lawPageHref(slug: LawPageSlug): string {
  return slug === 'overview' ? '/law' : `/law/${slug}`;
}

/** The <title> and description for a page's route, from its one entry. */
export function lawPageMetadata(slug: LawPageSlug): { title: string; description: string } {
  const { title, description } = lawPage(slug);
  return { title, description };
}

/** One line of a page's "How sure we are" box: what it is about, what we are not sure of, and when we last looked. */
export type HowSureLine = { about?: string; text: string; checked: IsoDate };

/**
 * What a fact's hedge is about, in a reader's words, where the hedge alone ("This is the time
 * limit the government described…") would not say so once it stands in the box, away from the
 * sentence it qualifies. Partial on purpose: a fact whose hedge names its subject needs none.
 */
const howSureAbout: Partial<Record<FactId, string>> = {
  s66bBasicMaximum: 'Maximum sentences for sharing and threatening',
  s66bSeriousMaximum: 'Maximum sentences for sharing and threatening',
  summaryTimeLimit: 'The time limit for the basic offence',
  deepfakeTimeLimit: 'The time limit for creating or asking for a fake image',
  deepfakeOffencesStart: 'When the fake-image offences started',
  crimeAndPolicingActPassed: 'The Crime and Policing Act 2026',
  commencementOrder: 'The Crime and Policing Act 2026',
  takedownDeadline: 'The Crime and Policing Act 2026',
  contentReportSection: 'The Crime and Policing Act 2026',
  takingOffenceSection: 'The Crime and Policing Act 2026',
  takingMaximum: 'The Crime and Policing Act 2026',
  crimeAndPolicingActFirstChanges: 'When the 2026 changes started',
  niOffenceCertainlyInForce: 'When the Northern Ireland offence started',
  niReportedMaximum: 'The Northern Ireland maximum sentence',
  soa2003InForce: 'When voyeurism became an offence',
};

/**
 * The page's "How sure we are" box: the hedge of each fact it states that is only reported or
 * unverified, with the last day its evidence was checked, then its open questions. Facts that
 * share a hedge (the 2026 Act's details) give one line, with the latest of their dates, so the
 * box never says the same thing twice.
 */
export function howSureLines(slug: LawPageSlug): readonly HowSureLine[] {
  const page = lawPage(slug);
  const lines = new Map<string, HowSureLine>();
  for (const id of page.facts) {
    const hedge = hedgeFor(id);
    if (hedge === '') continue;
    const entry = allFacts.find((candidate) => candidate.id === id)!;
    const checked = entry.evidence.map((evidence) => evidence.checked).reduce((a, b) => (a > b ? a : b));
    const earlier = lines.get(hedge);
    if (earlier) earlier.checked = earlier.checked > checked ? earlier.checked : checked;
    else lines.set(hedge, { about: howSureAbout[id], text: hedge, checked });
  }
  for (const question of page.openQuestions) lines.set(question.text, { text: question.text, checked: question.checked });
  return [...lines.values()];
}

/**
 * What an intimate image content report must say (Online Safety Act 2023 s.20A(2)), in plain
 * words, so every page that tells a reader about the 48-hour duty also tells her what makes her
 * report count: a report that leaves one out may not start the duty at all.
 */
export const contentReportMustSay: readonly string[] = [
  'say that the content is an intimate image',
  'say that you are the person shown in it, or someone acting for them',
  'say that you are making the report in good faith and that it is true to the best of your knowledge',
  'give enough information for the website or app to find the content',
  'give your contact details',
];
