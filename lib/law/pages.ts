/**
 * The legal guidance pages: one entry per page with its title, description, last-reviewed date
 * and sources. Each page's route reads its <title> and description from here, and the page frame
 * shows the sources and date from here, so none of them is written twice.
 *
 * The list is checked when this module loads (see ./page-metadata.ts): a page with a missing
 * title, description, date or https source stops the build.
 */
import { validateLawPages, type LawPageMetadata } from './page-metadata';
import { fact } from './facts';
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

export type LawPage = LawPageMetadata & { slug: LawPageSlug };

/** The date this guidance was last checked against the project's law facts reference. */
const REVIEWED = '2026-11-28';
/**
 * The pages re-read in full against the legal review of November 2026
 * and the facts in ./facts.ts.
 */
const REVIEWED_AGAINST_AUDIT = '2026-11-29';

const entries: readonly LawPage[] = [
  {
    slug: 'overview',
    title: 'The law on sharing intimate images without consent',
    description:
      'What the law says in England and Wales, Scotland and Northern Ireland about sharing, or threatening to share, intimate images without consent.',
    lastReviewed: REVIEWED_AGAINST_AUDIT,
    sources: [s.soa66B, s.cjca33Notes, s.cjcaExplanatoryNotes35, s.duaa138, s.cpaLawtons, s.scotland2016Act, s.niSection51],
  },
  {
    slug: 'which-law',
    title: 'Which law applies to me?',
    description:
      'Answer a few questions to find out which law applied when and where it happened, what it required, and what to read next.',
    lastReviewed: REVIEWED_AGAINST_AUDIT,
    sources: [
      s.cjcaCommencement,
      s.cjca33AsAmended,
      s.soa66B,
      s.osaCircular,
      s.scotland2016Act,
      s.scotlandInForce,
      s.niSection51,
      s.niSection51Threats,
      s.ni2022Act,
      s.derryJournalPsni,
      s.cjcaExplanatoryNotes35,
      s.voyeurism,
      s.upskirting,
      s.duaa138,
      s.duaaCommencementReport,
      s.cpaCommencementTracker,
      s.cpaLawtons,
      s.governmentResponseWec,
    ],
  },
  {
    slug: 'the-2015-offence',
    title: 'The law from April 2015 to January 2024 in England and Wales',
    description:
      'The offence of disclosing private sexual photographs and films with intent to cause distress: what had to be proved, the defences, its limits, and why it still matters.',
    lastReviewed: REVIEWED_AGAINST_AUDIT,
    sources: [
      s.cjcaCommencement,
      s.cjca33Notes,
      s.cjca33AsAmended,
      s.cjca35Notes,
      s.corkerBinning,
      s.sentencingCouncilDisclosing,
      s.cpsFoi,
      s.anonymityAnswer2018,
      s.cjcaExplanatoryNotes35,
      s.governmentResponseWec,
    ],
  },
  {
    slug: 'england-and-wales',
    title: 'The law now in England and Wales',
    description:
      `The offences of sharing or threatening to share an intimate image, in force since ${fact('ew2024OffencesStart')}, the offences about fake intimate images, and the 2026 changes: taking images, and removal within ${fact('takedownDeadline')}.`,
    lastReviewed: REVIEWED_AGAINST_AUDIT,
    sources: [
      s.soa66B,
      s.osaCircular,
      s.collegeOfPolicing,
      s.mojPressRelease2023,
      s.governmentResponseWec,
      s.sexualOffencesAmendment1992,
      s.duaa138,
      s.soa66F,
      s.duaaCommencementReport,
      s.specialMeasuresHansard,
      s.cpaLawtons,
      s.cpaCommencementNo1,
      s.cpaCommencementTracker,
      s.cpaKingsleyNapley,
      s.osaSection10,
      s.timeLimitAnnouncement2025,
    ],
  },
  {
    slug: 'scotland',
    title: 'The law in Scotland',
    description:
      `The Scottish offence of disclosing, or threatening to disclose, an intimate photograph or film, in force since ${fact('scotlandOffenceStarts')}.`,
    lastReviewed: REVIEWED,
    sources: [s.scotland2016Act, s.scotlandInForce, s.scotlandTogether],
  },
  {
    slug: 'northern-ireland',
    title: 'The law in Northern Ireland',
    description:
      'The Northern Ireland offence of disclosing private sexual photographs and films with intent to cause distress, and how it differs from the law in England and Wales.',
    lastReviewed: REVIEWED_AGAINST_AUDIT,
    sources: [s.niSection51, s.niSection51Threats, s.niNotes, s.ni2022Act, s.irishNews2016, s.derryJournalPsni, s.soa66B, s.niAnonymityReport],
  },
  {
    slug: 'related-offences',
    title: 'Other crimes that often come with it',
    description:
      'Controlling or coercive behaviour, stalking and harassment, blackmail and sextortion, threatening messages, voyeurism and upskirting, in England and Wales.',
    lastReviewed: REVIEWED_AGAINST_AUDIT,
    sources: [
      s.coerciveControl,
      s.domesticAbuseAct68,
      s.stalkingWaldrons,
      s.stalkingProtect,
      s.blackmailForrestWilliams,
      s.blackmailEdp,
      s.sextortionSolicitorsJournal,
      s.soa66B,
      s.osaThreatening,
      s.maliciousCommunications,
      s.voyeurism,
      s.upskirting,
      s.revengePornHelplineFaq,
      s.bbcCpsReport2016,
      s.cpaLawtons,
      s.cpaCommencementTracker,
      s.cpaKingsleyNapley,
    ],
  },
  {
    slug: 'under-18',
    title: 'If the person in the image was under 18',
    description:
      'Why images of anyone under 18 are even more serious: the laws on images of children apply as well as the others. How Report Remove works, what to do if you are an adult now, and what an adult helping must never do.',
    lastReviewed: REVIEWED_AGAINST_AUDIT,
    sources: [s.reportRemove, s.nspccReportRemove, s.nspccChildline, s.sextortionSolicitorsJournal, s.iwfReportRemoveAge, s.childlineNumber, s.soa66B],
  },
  {
    slug: 'civil-routes-and-removal',
    title: 'Getting images removed and going to court yourself',
    description:
      'Civil claims, asking organisations to delete your data, reporting to platforms, StopNCII and search engines, and what each can and cannot do.',
    lastReviewed: REVIEWED_AGAINST_AUDIT,
    sources: [
      s.fgxMishcon,
      s.fgxBrettWilson,
      s.icoErasure,
      s.stopNcii,
      s.ofcomHashMatching,
      s.wecReport,
      s.revengePornHelplineFaq,
      s.iwfReportRemoveAge,
      s.osaSection10,
      s.cpaCommencementNo1,
      s.cpaCommencementTracker,
    ],
  },
  {
    slug: 'reporting-to-the-police',
    title: 'Reporting to the police',
    description:
      "How to contact the police, what a crime reference number is, what usually happens next, and your rights under the Victims' Code.",
    lastReviewed: REVIEWED_AGAINST_AUDIT,
    sources: [
      s.calling999,
      s.silent999,
      s.reportingOnline,
      s.afterReportingOnline,
      s.victimsCodeFactSheet,
      s.victimsCodeRights,
      s.victimsCodeSupport,
      s.revengePornHelplineFaq,
      s.governmentResponseWec,
      s.timeLimitAnnouncement2025,
    ],
  },
  {
    slug: 'about-this-crime',
    title: 'About this crime: the first year of the 2015 law',
    description:
      'What the figures from the first year of the 2015 law in England and Wales showed, and what they do not show.',
    lastReviewed: REVIEWED,
    sources: [s.expressAndStar2016, s.itv2016, s.russellWebster2016, s.bbcCpsReport2016, s.derryJournalPsni],
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
