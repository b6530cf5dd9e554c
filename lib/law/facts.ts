/**
 * Every dated or numbered legal fact the guidance states, defined once with what we saw and how
 * sure we are. Pages, the which-law answer and the tests read them from here, so a change in the
 * law is one edit, and the next review can see at a glance what still needs checking.
 *
 * How sure we are (the same grades as the law audit of November 2026):
 * - verified: seen on an official page (legislation.gov.uk, GOV.UK, a court, the regulator);
 * - reported: the official wording seen only in a reproduction, or a reliable secondary source;
 *   stated with its source and a plain hedge;
 * - unverified: not seen in any source we can rely on; never stated as fact, only inside its
 *   hedge ("reported to …; we have not confirmed").
 *
 * The dates themselves live in ./law-dates.ts, which the browser's form imports without the rest
 * of this file; the entries here add their source and status.
 *
 * Pure: no clock, no environment.
 *
 * Over 400 lines because it is data, one table by design: every legal fact with its evidence in
 * one place is what lets a reviewer check them all at once and a change in the law be one edit.
 */
import {
  CRIME_AND_POLICING_ACT_FIRST_CHANGES,
  CRIME_AND_POLICING_ACT_PASSED,
  DEEPFAKE_ACT_PASSED,
  DEEPFAKE_OFFENCES_REPORTED_START,
  EW_2015_OFFENCE_STARTS,
  EW_2024_OFFENCES_START,
  EW_THREATS_COVERED_FROM,
  NI_ACT_PASSED,
  NI_OFFENCE_CERTAINLY_IN_FORCE,
  NI_THREATS_ACT_PASSED,
  NI_THREATS_CERTAINLY_COVERED,
  SCOTLAND_OFFENCE_STARTS,
  SOA_2003_IN_FORCE,
  UPSKIRTING_IN_FORCE,
  dayBefore,
  formatDate,
  type IsoDate,
} from './law-dates';

export type FactStatus = 'verified' | 'reported' | 'unverified';

/** One look at one source: where, when, and what it said, in our words or its own. */
export type Evidence = {
  url: string;
  /** official: the page itself; reproduction: official words copied elsewhere; secondary: news, law firms, charities. */
  kind: 'official' | 'reproduction' | 'secondary';
  /** When the review looked (YYYY-MM-DD). */
  checked: IsoDate;
  seen: string;
};

type FactCommon = {
  /** What the fact is about, for the reader of this file and of a failing test. */
  about: string;
  status: FactStatus;
  evidence: readonly [Evidence, ...Evidence[]];
  /**
   * The plain words a page shows beside a fact that is not verified. Required for reported and
   * unverified facts (the tests check this, and that every page showing such a fact shows it).
   */
  hedge?: string;
};

export type DateFact = FactCommon & { kind: 'date'; value: IsoDate };
export type ValueFact = FactCommon & { kind: 'penalty' | 'time-limit' | 'provision'; value: string };
export type LegalFact = DateFact | ValueFact;

// The reviews that recorded these looks: the audit (2026-11-28), the change after it
// (2026-11-29), and the re-check of the 2025 and 2026 Acts (2026-12-08).
const AUDIT = '2026-11-28';
const REVIEW = '2026-11-29';
const RECHECK = '2026-12-08';

// Addresses that more than one fact relies on.
const LEGISLATION_66B = 'https://legislation.gov.uk/ukpga/2003/42/section/66B/data.xht';
const SENTENCING_COUNCIL_S33 =
  'https://sentencingcouncil.org.uk/offences/crown-court/item/disclosing-private-sexual-images';
const GOV_SCOT_2017 =
  'https://www.gov.scot/news/sharing-images-without-consent/';
const LAWTONS_2026 =
  'https://www.lawtonslaw.co.uk/resources/crime-and-policing-act-2026-new-offences-introduced/';
const OSA_SECTION_10 =
  'https://www.legislation.gov.uk/ukpga/2023/50/section/10';
const MOJ_PRESS_RELEASE_2023 =
  'https://www.endthefear.co.uk/2023/06/29/press-release-government-crackdown-on-image-based-abuse-ministry-of-justice/';
const GOVERNMENT_RESPONSE_WEC =
  'https://www.accountabilityindex.uk/committees/25/recommendation/6370/';
const HOME_OFFICE_CIRCULAR_2026 =
  'https://www.gov.uk/government/publications/circular-0042026-crime-and-policing-act-2026/circular-0042026-crime-and-policing-act-2026-accessible';
const OSA_SECTION_20A = 'https://www.legislation.gov.uk/ukpga/2023/50/section/20A';
const DUAA_SECTION_138 = 'https://www.legislation.gov.uk/id/ukpga/2025/18/section/138/4';

/** GOV.UK's Circular 004/2026, paragraph 3, read on 8 December 2026: official for both facts it states. */
const homeOfficeCircular2026: Evidence = {
  url: HOME_OFFICE_CIRCULAR_2026,
  kind: 'official',
  checked: RECHECK,
  seen: 'Home Office Circular 004/2026 (GOV.UK, published 29 June 2026), para. 3: "The Act received Royal Assent on 29 April 2026" and provisions "are to be commenced by regulations from 29 June 2026 (see the Crime and Policing Act 2026 (Commencement No. 1 and Saving Provision) Regulations 2026 (SI 2026/689))".',
};

/** The words of OSA 2023 s.20A(2), as legislation.gov.uk gives them, in a verbatim copy. */
const osaSection20aCopy = (seen: string): Evidence => ({
  url: OSA_SECTION_20A,
  kind: 'reproduction',
  checked: RECHECK,
  seen: `legislation.gov.uk's text of s.20A, copied verbatim in github.com/ViaCara/compliance-references (tests/fixtures/osa_2023_section_020a.xhtml), annotated "S. 20A inserted (29.6.2026) by Crime and Policing Act 2026 (c. 20), ss. 100(3), 255(1); S.I. 2026/689, reg. 2(1)(j)": ${seen}`,
});

/** One hedge for the parts of the intimate image content report, which we have read only in a copy. */
const CONTENT_REPORT_HEDGE =
  'We have read what the report must say in a word-for-word copy of the official legislation website, not yet on that website itself.';

/** One hedge for the taking offences, whose enacted text we have not been able to read. */
const TAKING_OFFENCES_HEDGE =
  'We have not been able to read the Act’s own words for the taking offences: these details come from the government’s description of them and from legal commentary.';

/** What the Lawtons solicitors' commentary on the 2026 Act says about one fact (read on 29 November 2026). */
const lawtons2026 = (seen: string): Evidence => ({ url: LAWTONS_2026, kind: 'secondary', checked: REVIEW, seen });

/** One hedge for the details of the 2026 Act, so a page that gives several of them says it once. */
const CRIME_AND_POLICING_ACT_HEDGE =
  'We have seen the details of the Crime and Policing Act 2026 in legal commentary and in copies of the official record, not yet on the official legislation website itself.';

const SECTION_66B_SENTENCES_HEDGE =
  'These maximum sentences come from a faithful copy of section 66B(9) to (11) and the government’s own account of them; the official page we could read stops before those subsections.';

export const facts = {
  // --- Dates ---------------------------------------------------------------------------------
  ew2015OffenceStarts: {
    kind: 'date',
    value: EW_2015_OFFENCE_STARTS,
    about: 'Criminal Justice and Courts Act 2015 s.33 in force (England and Wales)',
    status: 'verified',
    evidence: [
      {
        url: 'https://legislation.gov.uk/ukpga/2015/2/part/1/crossheading/offences-involving-intent-to-cause-distress-etc/2015-02-12/data.htm',
        kind: 'official',
        checked: AUDIT,
        seen: 'legislation.gov.uk marks the cross-heading "Valid from 13/04/2015"; S.I. 2015/778 art.3 brings it into force on 13 April 2015.',
      },
    ],
  },
  ewThreatsCoveredFrom: {
    kind: 'date',
    value: EW_THREATS_COVERED_FROM,
    about: 'Domestic Abuse Act 2021 adds threats to s.33',
    status: 'verified',
    evidence: [
      {
        url: 'https://legislation.gov.uk/ukpga/2015/2/section/33/2021-06-29/data.html',
        kind: 'official',
        checked: AUDIT,
        seen: 'The point-in-time version of s.33 dated 29 June 2021 reads "discloses, or threatens to disclose".',
      },
    ],
  },
  ew2024OffencesStart: {
    kind: 'date',
    value: EW_2024_OFFENCES_START,
    about: 'Sexual Offences Act 2003 s.66B in force, replacing s.33',
    status: 'verified',
    evidence: [
      {
        url: 'https://production.copweb.aws.college.police.uk/guidance/sharing-photographs-of-people-intimate-state',
        kind: 'official',
        checked: AUDIT,
        seen: 'College of Policing: the offences "came into force on 31 January 2024".',
      },
      {
        url: SENTENCING_COUNCIL_S33,
        kind: 'official',
        checked: AUDIT,
        seen: 'Sentencing Council: s.33 "was repealed on 31 January 2024".',
      },
    ],
  },
  scotlandOffenceStarts: {
    kind: 'date',
    value: SCOTLAND_OFFENCE_STARTS,
    about: 'Abusive Behaviour and Sexual Harm (Scotland) Act 2016 s.2 in force',
    status: 'verified',
    evidence: [
      {
        url: GOV_SCOT_2017,
        kind: 'official',
        checked: AUDIT,
        seen: 'Scottish Government news, 3 July 2017: "From today (Monday)" sharing intimate images without consent is an offence, up to five years.',
      },
    ],
  },
  niActPassed: {
    kind: 'date',
    value: NI_ACT_PASSED,
    about: 'Justice Act (Northern Ireland) 2016 Royal Assent',
    status: 'verified',
    evidence: [
      {
        url: 'https://legislation.gov.uk/en/nia/2016/21',
        kind: 'official',
        checked: AUDIT,
        seen: 'The Act as enacted is dated "[12th May 2016]".',
      },
    ],
  },
  niOffenceCertainlyInForce: {
    kind: 'date',
    value: NI_OFFENCE_CERTAINLY_IN_FORCE,
    about: 'First day we know s.51 was in force (PSNI recorded offences in 2016/17)',
    status: 'reported',
    hedge:
      'We know this offence was in use by the year ending March 2017 only from police figures reported in the press; we have not seen the order that started it.',
    evidence: [
      {
        url: 'https://www.derryjournal.com/news/10-charges-and-three-convictions-since-revenge-porn-criminalisation-1-8495908',
        kind: 'secondary',
        checked: AUDIT,
        seen: 'Derry Journal, 11 May 2018, quoting PSNI: 24 offences recorded in 2016/17.',
      },
    ],
  },
  niThreatsActPassed: {
    kind: 'date',
    value: NI_THREATS_ACT_PASSED,
    about: 'Justice (Sexual Offences and Trafficking Victims) Act (NI) 2022 Royal Assent',
    status: 'verified',
    evidence: [
      {
        url: 'https://www.legislation.gov.uk/nia/2022/19/notes',
        kind: 'official',
        checked: AUDIT,
        seen: 'Explanatory Notes: Royal Assent 27 April 2022; s.30 leaves other provisions to commencement orders.',
      },
    ],
  },
  niThreatsCertainlyCovered: {
    kind: 'date',
    value: NI_THREATS_CERTAINLY_COVERED,
    about: 'Earliest official version of s.51 we have seen that covers threats',
    status: 'verified',
    evidence: [
      {
        url: 'https://legislation.gov.uk/nia/2016/21/section/51/2023-11-27/data.html',
        kind: 'official',
        checked: AUDIT,
        seen: 'The point-in-time version of s.51 dated 27 November 2023 includes threats; companion amendments are "in operation at 27.11.2023 by S.R. 2023/188".',
      },
    ],
  },
  soa2003InForce: {
    kind: 'date',
    value: SOA_2003_IN_FORCE,
    about: 'Sexual Offences Act 2003 in force (voyeurism, s.67)',
    status: 'reported',
    hedge: 'This date is from a minister’s statement in Parliament; we have not re-read the commencement order.',
    evidence: [
      {
        url: 'https://search-prototype.herokuapp.com/search-prototype/objects?object=http%3A%2F%2Fhansard.intranet.data.parliament.uk%2FLords%2F2022-01-12%2F22011275000034',
        kind: 'reproduction',
        checked: REVIEW,
        seen: 'Hansard (Lords, 12 January 2022), in Parliament’s open-data prototype: offences "chargeable since 1 May 2004, when the Sexual Offences Act 2003 came into force".',
      },
    ],
  },
  upskirtingInForce: {
    kind: 'date',
    value: UPSKIRTING_IN_FORCE,
    about: 'Voyeurism (Offences) Act 2019 in force (upskirting, s.67A)',
    status: 'verified',
    evidence: [
      {
        url: 'https://www.gov.uk/government/publications/implementation-of-the-voyeurism-offences-act-2019',
        kind: 'official',
        checked: AUDIT,
        seen: 'GOV.UK implementation circular: the new offences came into force on 12 April 2019 (from the project’s research; not re-opened in the audit).',
      },
    ],
  },
  deepfakeOffencesStart: {
    kind: 'date',
    value: DEEPFAKE_OFFENCES_REPORTED_START,
    about: 'Data (Use and Access) Act 2025 s.138 (SOA 2003 ss.66E, 66F) in force',
    status: 'unverified',
    hedge:
      'These offences were reported to have started on 6 February 2026, but we have not seen the official commencement order, so if the date matters in your case, ask for advice.',
    evidence: [
      {
        url: 'https://cyber.netsecops.io/articles/uk-law-criminalizing-ai-generated-intimate-images-takes-effect',
        kind: 'secondary',
        checked: AUDIT,
        seen: 'A technology news site: Commencement No. 5 Regulations, made 15 January 2026, in force 6 February 2026. The regulations themselves were not found.',
      },
      {
        url: 'https://crimeline.co.uk/legislationdisplay/?leg=%2Fuksi%2F2026%2F82%2Fregulation%2F2%2Fmade',
        kind: 'reproduction',
        checked: AUDIT,
        seen: 'Commencement No. 6 (S.I. 2026/82, in force 5 February 2026) does not list s.138.',
      },
    ],
  },
  deepfakeActPassed: {
    kind: 'date',
    value: DEEPFAKE_ACT_PASSED,
    about: 'Data (Use and Access) Act 2025 Royal Assent: no offence of creating a fake intimate image before this day',
    status: 'reported',
    hedge:
      'The Act that created these offences is reported to have become law on 19 June 2025; we have seen that date in several reports of the Act, but not yet on the official legislation website itself.',
    evidence: [
      {
        url: 'https://www.freevacy.com/news/uk-government/data-use-and-access-act-2025-passed-into-law/6482',
        kind: 'secondary',
        checked: RECHECK,
        seen: 'Freevacy, 19 June 2025, quoting the Parliament bills page: "it received Royal Assent on 19 June. The bill is now an Act of Parliament (law)."',
      },
      {
        url: 'https://merlin.obs.coe.int/article/10381',
        kind: 'secondary',
        checked: RECHECK,
        seen: 'European Audiovisual Observatory (IRIS 2025-8:1/8): the Act "received Royal Assent in the United Kingdom Parliament on 19 June 2025".',
      },
      {
        url: DUAA_SECTION_138,
        kind: 'official',
        checked: RECHECK,
        seen: 'legislation.gov.uk marks s.138 (inserting ss.66E and 66F) "prospective": it was not in force when the Act was passed, so nothing before Royal Assent can be these offences.',
      },
    ],
  },
  crimeAndPolicingActPassed: {
    kind: 'date',
    value: CRIME_AND_POLICING_ACT_PASSED,
    about: 'Crime and Policing Act 2026 (c. 20) Royal Assent',
    status: 'verified',
    evidence: [
      homeOfficeCircular2026,
      lawtons2026('Lawtons solicitors: "received Royal Assent on 29th April 2026 and is due to come into force on 29th June 2026".'),
      {
        url: 'https://beta.acthub.uk/uk/ukpga/2026-20',
        kind: 'secondary',
        checked: AUDIT,
        seen: 'ActHub lists the Crime and Policing Act 2026 (c. 20), Royal Assent 29 April 2026.',
      },
    ],
  },
  crimeAndPolicingActFirstChanges: {
    kind: 'date',
    value: CRIME_AND_POLICING_ACT_FIRST_CHANGES,
    about:
      'Taking offences (SOA 2003 s.66AB and others) and the 48-hour removal duty (Online Safety Act 2023 s.10(3A), s.20A) in force, by S.I. 2026/689',
    status: 'reported',
    hedge:
      'This is reported to be in force from 29 June 2026. We have seen that date in copies of the official record and in legal commentary, but not yet on the official legislation website itself.',
    evidence: [
      homeOfficeCircular2026,
      {
        url: OSA_SECTION_10,
        kind: 'reproduction',
        checked: AUDIT,
        seen: 'A legislation.gov.uk annotation, reproduced in two unrelated copies: "S. 10(3A)(3B) inserted (29.6.2026) by Crime and Policing Act 2026 (c. 20), ss. 100(2), 255(1); S.I. 2026/689, reg. 2(1)(j)". The official page itself was not in the stored copies.',
      },
      {
        url: 'https://www.legislationtracker.co.uk/article/crime-and-policing-act-2026-commencement-no-1-regulations-25-06-26',
        kind: 'secondary',
        checked: REVIEW,
        seen: 'Summary of the Crime and Policing Act 2026 (Commencement No. 1 and Saving Provision) Regulations 2026: the first provisions, including intimate image offences, come into force on 29 June 2026. It does not quote the S.I. number.',
      },
      {
        url: 'https://www.kingsleynapley.co.uk/insights/blogs/criminal-law-blog/deepfakes-to-deletion-orders-tackling-technology-enabled-sexual-offending-in-the-crime-and-policing-act-2026',
        kind: 'secondary',
        checked: AUDIT,
        seen: 'Kingsley Napley: the taking offence (new s.66AB) in force from 29 June 2026.',
      },
    ],
  },

  // --- Sentences and time limits ---------------------------------------------------------------
  s66bBasicMaximum: {
    kind: 'penalty',
    value: '6 months in prison',
    about: 'SOA 2003 s.66B(1): summary only, the maximum for summary offences',
    status: 'reported',
    hedge: SECTION_66B_SENTENCES_HEDGE,
    evidence: [
      {
        url: MOJ_PRESS_RELEASE_2023,
        kind: 'reproduction',
        checked: AUDIT,
        seen: 'Ministry of Justice press release, 27 June 2023: the base offence carries up to six months.',
      },
    ],
  },
  s66bSeriousMaximum: {
    kind: 'penalty',
    value: '2 years in prison',
    about: 'SOA 2003 s.66B(2), (3) and (4): either way, 2 years on indictment (s.66B(10))',
    status: 'reported',
    hedge: SECTION_66B_SENTENCES_HEDGE,
    evidence: [
      {
        url: LEGISLATION_66B,
        kind: 'reproduction',
        checked: AUDIT,
        seen: 's.66B(10), in a verbatim copy: "A person who commits an offence under subsection (2), (3) or (4) is liable … on conviction on indictment, to imprisonment for a term not exceeding 2 years". The official copy we could read stops at s.66B(7).',
      },
      {
        url: MOJ_PRESS_RELEASE_2023,
        kind: 'reproduction',
        checked: AUDIT,
        seen: 'Ministry of Justice press release, 27 June 2023: the more serious offences carry up to two years.',
      },
    ],
  },
  s33Maximum: {
    kind: 'penalty',
    value: '2 years in prison',
    about: 'CJCA 2015 s.33 maximum on indictment',
    status: 'verified',
    evidence: [
      {
        url: SENTENCING_COUNCIL_S33,
        kind: 'official',
        checked: AUDIT,
        seen: 'Sentencing Council: "Maximum: 2 years’ custody"; triable either way.',
      },
    ],
  },
  scotlandMaximum: {
    kind: 'penalty',
    value: '5 years in prison',
    about: 'Abusive Behaviour and Sexual Harm (Scotland) Act 2016 s.2 maximum',
    status: 'verified',
    evidence: [
      {
        url: GOV_SCOT_2017,
        kind: 'official',
        checked: AUDIT,
        seen: 'Scottish Government: offenders "could face up to five years" in prison.',
      },
    ],
  },
  voyeurismMaximum: {
    kind: 'penalty',
    value: '2 years in prison',
    about: 'Voyeurism (SOA 2003 s.67) and upskirting (s.67A): maximum on indictment',
    status: 'verified',
    evidence: [
      {
        url: 'https://www.legislation.gov.uk/ukpga/2003/42/part/1/crossheading/other-offences/2013-04-08/data.html',
        kind: 'official',
        checked: AUDIT,
        seen: 's.67(5): on conviction on indictment, imprisonment for a term not exceeding 2 years (project research; the review found the site’s statement correct).',
      },
      {
        url: 'https://www.gov.uk/government/publications/implementation-of-the-voyeurism-offences-act-2019',
        kind: 'official',
        checked: AUDIT,
        seen: 'GOV.UK: the upskirting offences carry a maximum of 2 years (project research; not re-opened in the review).',
      },
    ],
  },
  niReportedMaximum: {
    kind: 'penalty',
    value: '2 years in prison',
    about: 'Justice Act (NI) 2016 s.51 maximum, reported when the offence was passed',
    status: 'unverified',
    hedge:
      'When the offence was passed in 2016, it was reported to carry up to 2 years in prison. We have not yet checked this against the law itself.',
    evidence: [
      {
        url: 'https://www.irishnews.com/news/northernirelandnews/2016/02/12/news/revenge-porn-to-be-made-a-criminal-offence-in-northern-ireland-415888/',
        kind: 'secondary',
        checked: AUDIT,
        seen: 'Irish News, 12 February 2016: up to two years.',
      },
    ],
  },
  takingMaximum: {
    kind: 'penalty',
    value: '2 years in prison',
    about:
      'Taking or recording an intimate photograph or film (Crime and Policing Act 2026): the more serious versions only, with intent to cause alarm, distress or humiliation, or for sexual gratification. Not the base offence (takingBasicMaximum)',
    status: 'reported',
    hedge: TAKING_OFFENCES_HEDGE,
    evidence: [
      lawtons2026('Lawtons solicitors: s.66AB, 6 months on summary conviction, 2 years on indictment (one row for "taking or recording", which probably merges the base offence with the more serious ones).'),
      {
        url: 'https://www.gov.uk/government/publications/criminal-justice-bill-2023-factsheets/criminal-justice-bill-intimate-images',
        kind: 'reproduction',
        checked: RECHECK,
        seen: 'GOV.UK Criminal Justice Bill factsheet (read in a copy): a base offence of taking or recording an intimate image without consent, and two more serious offences, with intent to cause alarm, distress or humiliation, or for sexual gratification. The enacted text of the Crime and Policing Act 2026 was not readable in the stored copies searched on 8 December 2026.',
      },
    ],
  },
  takingBasicMaximum: {
    kind: 'penalty',
    value: '6 months in prison',
    about: 'Taking or recording an intimate photograph or film without consent (Crime and Policing Act 2026): the base offence, reported to be summary only',
    status: 'reported',
    hedge: TAKING_OFFENCES_HEDGE,
    evidence: [
      {
        url: GOVERNMENT_RESPONSE_WEC,
        kind: 'reproduction',
        checked: RECHECK,
        seen: 'Government response to the Women and Equalities Committee: intimate image offences "triable only summarily (that is the offence in section 66B(1) of the Sexual Offences Act 2003, and the proposed offences to be inserted by the Crime and Policing Bill" (the copy is cut off there).',
      },
      lawtons2026('Lawtons solicitors: "On a summary conviction, the maximum penalty is 6 months’ imprisonment, a fine or both."'),
    ],
  },
  summaryTimeLimit: {
    kind: 'time-limit',
    value: '6 months',
    about:
      'Magistrates’ Courts Act 1980 s.127: prosecutions of summary-only offences, such as s.66B(1) and the base taking offence, start within 6 months. The Crime and Policing Act 2026 was to extend this for intimate image offences; the enacted section and its start were not found (8 December 2026)',
    status: 'reported',
    hedge:
      'This is the time limit the government described for the basic offence. The government changed the Bill for the Crime and Policing Act 2026 to allow up to 3 years instead, and the Act became law on 29 April 2026, but we have not been able to confirm from the Act’s own words whether, or from when, that change applies.',
    evidence: [
      {
        url: 'https://parallelparliament.co.uk/question/100744/prison-sentences',
        kind: 'reproduction',
        checked: RECHECK,
        seen: 'Written answer, 23 December 2025 (Jake Richards MP, in a Parallel Parliament copy): summary-only offences must be commenced "within six months"; the government has introduced "targeted exceptions, such as recent amendments to the Crime and Policing Bill, which extend the time limit for intimate image abuse". A Bill, not the enacted text.',
      },
      {
        url: 'https://uk-legislation.com/crime-and-policing-act-2026',
        kind: 'reproduction',
        checked: RECHECK,
        seen: 'A full copy of the Act (also at beta.acthub.uk/uk/ukpga/2026-20): only its opening (title, "Enacted [29th April 2026]", Part 1) could be read in the stored copy, so the section on time limits was not seen. Searches of the stored copies for "section 127", "time limit", "66B" and "three years" found no enacted text.',
      },
      {
        url: GOVERNMENT_RESPONSE_WEC,
        kind: 'reproduction',
        checked: REVIEW,
        seen: 'Government response to the Women and Equalities Committee: s.127 "effectively imposes a six month limitation period on summary-only offences"; "This time limit does not apply to offences that are triable either way"; names s.66B(1) as summary only.',
      },
      {
        url: 'https://www.wired-gov.net/wg/news.nsf/articles/new+laws+to+target+online+abuse+and+pornography+04112025151000?open',
        kind: 'reproduction',
        checked: AUDIT,
        seen: 'Government announcement, 3 November 2025: amendments so that people "who take or share an intimate image without consent can be prosecuted up to three years after the offence". The enacted provision and its start were not seen.',
      },
    ],
  },
  deepfakeTimeLimit: {
    kind: 'time-limit',
    value: 'within 6 months of the prosecutor having enough evidence, and within 3 years of the offence',
    about: 'Time limit for SOA 2003 ss.66E and 66F',
    status: 'reported',
    hedge: 'This is the government’s own description of the time limit; we have not read it in the official text.',
    evidence: [
      {
        url: GOVERNMENT_RESPONSE_WEC,
        kind: 'reproduction',
        checked: REVIEW,
        seen: 'Government response to the Women and Equalities Committee: prosecutions "within six months from when sufficient evidence comes to the prosecutor’s knowledge … and within three years from when the offence was committed".',
      },
    ],
  },
  deepfakeMaximum: {
    kind: 'penalty',
    value: '6 months in prison',
    about:
      'SOA 2003 s.66E(6): creating a purported intimate image is summary only, "the maximum term for summary offences" (6 months while Criminal Justice Act 2003 s.281(5) is not in force)',
    status: 'reported',
    hedge:
      'The law says the maximum is the one for offences heard only in a magistrates’ court, which is 6 months; we have read these words in a faithful copy of the section, not on the official page itself.',
    evidence: [
      {
        url: 'https://www.lawglobalhub.com/?p=93149',
        kind: 'reproduction',
        checked: RECHECK,
        seen: 's.66E(6), in a verbatim copy: "A person who commits an offence under this section is liable on summary conviction to imprisonment for a term not exceeding the maximum term for summary offences or a fine (or both)."',
      },
      {
        url: GOVERNMENT_RESPONSE_WEC,
        kind: 'reproduction',
        checked: RECHECK,
        seen: 'Government response to the Women and Equalities Committee: the creating offence is summary only, with its own time limit; s.127 of the Magistrates’ Courts Act 1980 applies to summary-only offences.',
      },
    ],
  },
  takedownDeadline: {
    kind: 'time-limit',
    value: '48 hours',
    about:
      'Online Safety Act 2023 s.10(3A)-(3B): platforms must have systems to take it down as soon as reasonably practicable and no later than 48 hours, unless the provider considers it is not intimate image content or the reporter is not the person shown or acting for them',
    status: 'reported',
    hedge: CRIME_AND_POLICING_ACT_HEDGE,
    evidence: [
      {
        url: OSA_SECTION_10,
        kind: 'reproduction',
        checked: AUDIT,
        seen: 'Reproduced legislation.gov.uk text of s.10(3A): take down reported intimate image content "no later than 48 hours" after the report.',
      },
      {
        url: OSA_SECTION_10,
        kind: 'reproduction',
        checked: RECHECK,
        seen: 'legislation.gov.uk text copied verbatim in github.com/ViaCara/compliance-references (tests/fixtures/osa_2023_section_010.xhtml): s.10(3A) "A duty to operate a service using proportionate systems and processes designed to take down— (a) content in relation to which an intimate image content report is made to the provider (see section 20A(2)), and (b) any other content identified by the provider as the same, or substantially the same, as that content, as soon as reasonably practicable, and no later than 48 hours, after the provider receives the report (unless subsection (3B) applies)"; s.10(3B) applies "if the provider considers that— (a) the content is not intimate image content, or (b) the person making the report is not— (i) the subject of the content, or (ii) a person acting on that person’s behalf".',
      },
    ],
  },

  // --- The 2026 provisions ---------------------------------------------------------------------
  takingOffenceSection: {
    kind: 'provision',
    value: 'section 66AB',
    about: 'The new offence of taking or recording an intimate photograph or film (SOA 2003)',
    status: 'reported',
    hedge: TAKING_OFFENCES_HEDGE,
    evidence: [
      lawtons2026('"Taking or recording an intimate photograph or film (to be included in Sexual Offences Act 2003, s.66AB)".'),
    ],
  },
  contentReportSection: {
    kind: 'provision',
    value: 'section 20A',
    about: 'Online Safety Act 2023 s.20A: intimate image content reports',
    status: 'reported',
    hedge: CRIME_AND_POLICING_ACT_HEDGE,
    evidence: [
      {
        url: 'https://www.legislation.gov.uk/ukpga/2023/50/section/20A',
        kind: 'reproduction',
        checked: AUDIT,
        seen: 'Reproduced annotations: s.20A (intimate image content reports) and s.21(2A) (expedited complaints) inserted by Crime and Policing Act 2026 ss.100–101, from 29 June 2026.',
      },
      osaSection20aCopy('s.20A(1): a duty to "allow users and affected persons to easily make an intimate image content report to the provider".'),
    ],
  },
  // What an intimate image content report must do (OSA 2023 s.20A(2)(a) to (e)); (f) adds any
  // requirements in regulations. A report that leaves one out may not start the 48-hour duty.
  contentReportSaysIntimateImage: {
    kind: 'provision',
    value: 'say that the content on the site is an intimate image of you',
    about: 'OSA 2023 s.20A(2)(a): the report declares that content present on the service is intimate image content',
    status: 'reported',
    hedge: CONTENT_REPORT_HEDGE,
    evidence: [osaSection20aCopy('s.20A(2)(a) "declares that content present on the service is intimate image content,".')],
  },
  contentReportSaysWhoReports: {
    kind: 'provision',
    value: 'say that you are the person shown, or someone acting for them',
    about: 'OSA 2023 s.20A(2)(b): the report declares it is made by the subject of the content or a person acting on their behalf',
    status: 'reported',
    hedge: CONTENT_REPORT_HEDGE,
    evidence: [osaSection20aCopy('s.20A(2)(b) "declares that the report is made by— (i) the subject of the content, or (ii) a person acting on that person’s behalf,".')],
  },
  contentReportSaysGoodFaith: {
    kind: 'provision',
    value: 'say that you are reporting in good faith and that, as far as you know and believe, the report is true',
    about: 'OSA 2023 s.20A(2)(c): the report declares it is made in good faith and, to the best of the reporter’s knowledge and belief, is true',
    status: 'reported',
    hedge: CONTENT_REPORT_HEDGE,
    evidence: [osaSection20aCopy('s.20A(2)(c) "declares that the report— (i) is made in good faith, and (ii) to the best of the knowledge and belief of the person making the report, is true,".')],
  },
  contentReportIdentifiesContent: {
    kind: 'provision',
    value: 'give enough information about the image for the site to find it',
    about: 'OSA 2023 s.20A(2)(d): the report provides sufficient information about the content for the provider to identify it',
    status: 'reported',
    hedge: CONTENT_REPORT_HEDGE,
    evidence: [osaSection20aCopy('s.20A(2)(d) "provides sufficient information about the content for the provider to identify it,".')],
  },
  contentReportGivesContactDetails: {
    kind: 'provision',
    value: 'give contact details for the person making the report',
    about: 'OSA 2023 s.20A(2)(e): the report provides contact details for the person making it',
    status: 'reported',
    hedge: CONTENT_REPORT_HEDGE,
    evidence: [osaSection20aCopy('s.20A(2)(e) "provides contact details for the person making the report, and".')],
  },
  commencementOrder: {
    kind: 'provision',
    value: 'S.I. 2026/689',
    about: 'The Crime and Policing Act 2026 (Commencement No. 1 and Saving Provision) Regulations 2026',
    status: 'verified',
    evidence: [
      homeOfficeCircular2026,
      {
        url: 'https://www.legislation.gov.uk/uksi/2026/689',
        kind: 'reproduction',
        checked: AUDIT,
        seen: 'Annotation "S.I. 2026/689, reg. 2(1)(j)" reproduced in two unrelated copies; the order itself was not in the stored copies searched on 29 November 2026.',
      },
    ],
  },

  // --- The other pages' dates and numbers (added 8 December 2026) ----------------------------
  // The related-offences, 2015-offence and reporting pages used to write these out by hand, with
  // no source or status; each is here now, with what was seen on 8 December 2026.
  s33GuidelineFrom: {
    kind: 'date',
    value: '2018-10-01',
    about: 'Sentencing Council guideline for CJCA 2015 s.33: applies to sentences passed on or after this date',
    status: 'verified',
    evidence: [
      {
        url: SENTENCING_COUNCIL_S33,
        kind: 'official',
        checked: '2026-12-08',
        seen: 'Sentencing Council: the guideline applies to offenders "sentenced on or after 1 October 2018, regardless of the date of the offence".',
      },
    ],
  },
  s33GuidelineRange: {
    kind: 'penalty',
    value: 'from a discharge to 1 year and 6 months in prison',
    about: 'Sentencing Council offence range for CJCA 2015 s.33',
    status: 'verified',
    evidence: [
      {
        url: SENTENCING_COUNCIL_S33,
        kind: 'official',
        checked: '2026-12-08',
        seen: 'Sentencing Council: "Offence range: Discharge – 1 year 6 months’ custody"; "Maximum: 2 years’ custody"; triable either way.',
      },
    ],
  },
  coerciveControlInForce: {
    kind: 'date',
    value: '2015-12-29',
    about: 'Serious Crime Act 2015 s.76 (controlling or coercive behaviour) in force',
    status: 'verified',
    evidence: [
      {
        url: 'https://www.gov.uk/government/publications/review-of-the-controlling-or-coercive-behaviour-offence/review-of-the-controlling-or-coercive-behaviour-offence',
        kind: 'official',
        checked: '2026-12-08',
        seen: 'Home Office review (GOV.UK, updated 10 May 2021): "On the 29 December 2015, the offence of controlling or coercive behaviour (CCB) came into force through Section 76 of the Serious Crime Act 2015".',
      },
    ],
  },
  coerciveControlMaximum: {
    kind: 'penalty',
    value: '5 years in prison',
    about: 'Serious Crime Act 2015 s.76 maximum on indictment',
    status: 'reported',
    hedge:
      'The 5-year maximum for controlling or coercive behaviour is from the Home Office’s statutory guidance, which we have read only in a copy, and from local domestic abuse services; we have not read the penalty subsection on the official legislation website.',
    evidence: [
      {
        url: 'https://docslib.org/doc/4699895/controlling-or-coercive-behaviour-in-an-intimate-or-family-relationship-statutory-guidance-framework',
        kind: 'reproduction',
        checked: '2026-12-08',
        seen: 'Home Office statutory guidance framework (December 2015), in a document-sharing copy: "The offence carries a maximum of 5 years’ imprisonment".',
      },
      {
        url: 'https://www.cambsdasv.org.uk/coercive_control',
        kind: 'secondary',
        checked: '2026-12-08',
        seen: 'Cambridgeshire domestic abuse and sexual violence partnership: "The maximum penalty is five years imprisonment".',
      },
    ],
  },
  coerciveControlExPartnersFrom: {
    kind: 'date',
    value: '2023-04-05',
    about: 'Domestic Abuse Act 2021 s.68 in force: s.76 covers partners, ex-partners and relatives whether or not they live together',
    status: 'reported',
    hedge:
      'The date the controlling behaviour offence started to cover ex-partners who do not live with you, 5 April 2023, is from legal commentary; we have not read the commencement regulations.',
    evidence: [
      {
        url: 'https://www.familysolicitorcornwall.com/post/controlling-or-coercive-behaviour-in-an-intimate-or-family-relationship-criminal-sanction',
        kind: 'secondary',
        checked: '2026-12-08',
        seen: 'A solicitor’s note: "Section 68 of the Domestic Abuse Act 2021 came into force on 5 April 2023", removing the living-together requirement.',
      },
      {
        url: 'https://parallelparliament.co.uk/question/HL1191/domestic-abuse-act-2021',
        kind: 'reproduction',
        checked: '2026-12-08',
        seen: 'Written answer, 6 July 2022 (Parallel Parliament copy): s.68 removes the "living together" requirement; it was not yet in force then.',
      },
    ],
  },
  stalkingFearMaximum: {
    kind: 'penalty',
    value: '10 years in prison',
    about: 'Protection from Harassment Act 1997 ss.4 and 4A maximum on indictment (from 3 April 2017, Policing and Crime Act 2017 s.175)',
    status: 'verified',
    evidence: [
      {
        url: 'https://commonslibrary.parliament.uk/research-briefings/sn06261/',
        kind: 'official',
        checked: '2026-12-08',
        seen: 'House of Commons Library, Stalking: developments in the law: the maximum for the s.4A offence "was doubled to ten years from April 2017".',
      },
      {
        url: 'https://www.legislation.gov.uk/ukpga/2017/3/section/175',
        kind: 'reproduction',
        checked: '2026-12-08',
        seen: 'Policing and Crime Act 2017 s.175, in a verbatim copy: in ss.4(4)(a) and 4A(5)(a), for "five years" substitute "ten years"; offences on or after commencement only.',
      },
    ],
  },
  blackmailMaximum: {
    kind: 'penalty',
    value: '14 years in prison',
    about: 'Theft Act 1968 s.21(3): blackmail, maximum on indictment',
    status: 'reported',
    hedge:
      'The 14-year maximum for blackmail is from legal commentary; we have not read section 21(3) of the Theft Act 1968 on the official legislation website.',
    evidence: [
      {
        url: 'https://howardssolicitors.co.uk/blackmail-criminal-law/',
        kind: 'secondary',
        checked: '2026-12-08',
        seen: 'A solicitors’ article: the offence "carries up to 14 years imprisonment".',
      },
    ],
  },
  maliciousCommunicationsMaximum: {
    kind: 'penalty',
    value: '2 years in prison',
    about: 'Malicious Communications Act 1988 s.1, as amended by CJCA 2015 s.32: either way, 2 years on indictment',
    status: 'verified',
    evidence: [
      {
        url: 'https://www.legislation.gov.uk/ukpga/2015/2/notes/division/3/1/15/6',
        kind: 'official',
        checked: '2026-12-08',
        seen: 'Explanatory Notes to CJCA 2015 s.32, paras 329–331: the offence becomes triable either way, "the new maximum penalty for the offence when tried on indictment is two years’ imprisonment"; only for offences on or after commencement.',
      },
    ],
  },
  victimsCodeInForce: {
    kind: 'date',
    value: '2021-04-01',
    about: 'Code of Practice for Victims of Crime in England and Wales (2020 revision) in force',
    status: 'verified',
    evidence: [
      {
        url: 'https://hertscommissioner.org/victims-code-of-practice-hertfordshire-pcc',
        kind: 'official',
        checked: '2026-12-08',
        seen: 'Hertfordshire Police and Crime Commissioner: "the new Victims’ Code which came into force today on 1 April 2021".',
      },
      {
        url: 'https://www.gov.uk/government/publications/victims-and-prisoners-bill/updates-in-the-draft-new-victims-code',
        kind: 'official',
        checked: '2026-12-08',
        seen: 'GOV.UK: "In April 2021, the Code underwent a comprehensive update … setting out the 12 key entitlements for victims".',
      },
    ],
  },
  victimsCodeRights: {
    kind: 'provision',
    value: '12 rights',
    about: 'The number of overarching rights in the Victims’ Code of 2021',
    status: 'verified',
    evidence: [
      {
        url: 'https://www.gov.uk/government/publications/victims-and-prisoners-bill/victims-code-fact-sheet',
        kind: 'official',
        checked: '2026-12-08',
        seen: 'GOV.UK Victims’ Code fact sheet (updated 22 January 2024): "the 12 key entitlements detailed in the current version of the Code".',
      },
    ],
  },
  victimsCodeReferralDays: {
    kind: 'time-limit',
    value: '2 working days',
    about: 'Victims’ Code, Right 4 (para 4.5): referral to a support service after reporting to the police',
    status: 'reported',
    hedge:
      'The 2-working-day referral comes from paragraph 4.5 of the Victims’ Code, which we have read quoted by a support service, not in the Code on GOV.UK itself.',
    evidence: [
      {
        url: 'https://covrj.uk/?p=708',
        kind: 'reproduction',
        checked: '2026-12-08',
        seen: 'Coventry Restorative Justice quotes the Code, para 4.5: "You will be referred to a support service within 2 working days".',
      },
    ],
  },
  onlineReportReply: {
    kind: 'time-limit',
    value: '48 hours',
    about: 'One police force’s promise after an online report (Cambridgeshire Constabulary): a crime reference number or an explanation',
    status: 'verified',
    evidence: [
      {
        url: 'https://www.cambs.police.uk/police-forces/cambridgeshire-constabulary/areas/campaigns/campaigns/what-can-and-should-be-reported-online/what-happens-after-i-report-online/',
        kind: 'official',
        checked: '2026-12-08',
        seen: 'Cambridgeshire Constabulary: a receipt code straight away; "get back to you within 48 hours, either with a crime reference number or, if we can’t take action, an explanation".',
      },
    ],
  },
} as const satisfies Record<string, LegalFact>;

export type FactId = keyof typeof facts;

/** Every fact, with its id, for the tests and the checks that pages do not repeat them. */
export const allFacts: readonly (LegalFact & { id: FactId })[] = (Object.keys(facts) as FactId[]).map((id) => ({
  id,
  ...(facts[id] as LegalFact),
}));

/** A fact as a page writes it: a date in words ("31 January 2024"), anything else as it is. */
export function fact(id: FactId): string {
  const entry: LegalFact = facts[id];
  return entry.kind === 'date' ? formatDate(entry.value) : entry.value;
}

/** The last day before a dated change, in words ("30 January 2024"). */
export function dayBeforeFact(id: FactId): string {
  const entry: LegalFact = facts[id];
  if (entry.kind !== 'date') throw new Error(`${id} is not a date`);
  return formatDate(dayBefore(entry.value));
}

/** The hedge a page shows with a fact that is not verified; empty for a verified one. */
export function hedgeFor(id: FactId): string {
  const entry: LegalFact = facts[id];
  return entry.status === 'verified' ? '' : (entry.hedge ?? '');
}
