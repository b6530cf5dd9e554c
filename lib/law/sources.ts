/**
 * The sources the legal guidance relies on, named once so that a page, the "which law applies
 * to me?" answers and the tests all cite the same address for the same fact.
 *
 * A reader (a journalist, an officer, a solicitor) should be able to cite what we cite. So each
 * source is the primary or official page where one exists: legislation.gov.uk in its normal view
 * (not the raw data.xht, ?view= or /id/ forms, nor legislation.data.gov.uk), GOV.UK, Parliament,
 * the courts' own judgment, the Sentencing Council, a police force, the charity that runs a
 * service. Law firms' marketing pages, copies of other people's pages on aggregator sites and
 * content-system host names are not used: lawSourceProblems() says why an address is refused,
 * and the tests run every source through it. Where only a copy or a report supports a point,
 * its title says so, so a reader can judge its weight.
 */

export type LawSource = {
  title: string;
  url: string;
};

/**
 * Hosts a reader should never be sent to for the law: law firms' own sites (marketing, however
 * good), aggregators that copy other people's pages, document-sharing copies, and content-system
 * or internal host names that stand in for an organisation's public address.
 */
export const deniedLawSourceHosts: readonly string[] = [
  // Law firms' own sites.
  'lawtonslaw.co.uk',
  'waldrons.co.uk',
  'forrestwilliamssolicitors.com',
  'corkerbinning.com',
  'kingsleynapley.co.uk',
  'mishcon.com',
  'brettwilson.co.uk',
  'stalwartsolicitors.com',
  // Copies of news, government and committee pages on other sites.
  'londragazete.com',
  'endthefear.co.uk',
  'wired-gov.net',
  'accountabilityindex.uk',
  'readkong.com',
  'docslib.org',
  // Prototypes, content systems and internal names, not the public address.
  'herokuapp.com',
  'episerver.net',
  'copweb.aws.college.police.uk',
  // legislation.gov.uk's raw data host: the normal page is on www.legislation.gov.uk.
  'legislation.data.gov.uk',
];

function onHost(hostname: string, domain: string): boolean {
  return hostname === domain || hostname.endsWith(`.${domain}`);
}

/**
 * Everything that stops a reader citing this address, in words; empty when it is fine. A
 * legislation.gov.uk link must be the normal page on www.legislation.gov.uk: no data formats,
 * no ?view= options, no /id/ or Welsh-interface (/cy/) forms.
 */
export function lawSourceProblems(address: string): string[] {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return ['is not a web address'];
  }
  const problems: string[] = [];
  const hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  if (url.protocol !== 'https:') problems.push('is not https');
  const denied = deniedLawSourceHosts.find((domain) => onHost(hostname, domain));
  if (denied) problems.push(`is on ${denied}, which a reader should not be sent to for the law`);
  if (onHost(hostname, 'legislation.gov.uk')) {
    if (hostname !== 'www.legislation.gov.uk') problems.push('is not on www.legislation.gov.uk');
    if (/\/data\.(xht|html?|xml|json|feed)$/i.test(url.pathname)) problems.push('is a raw data view of legislation.gov.uk');
    if (url.search !== '') problems.push('carries view options instead of the normal legislation.gov.uk page');
    if (/^\/(id|cy)\//.test(url.pathname)) problems.push('is an /id/ or /cy/ form of a legislation.gov.uk page');
  }
  return problems;
}

export const lawSources = {
  cjca33AsAmended: {
    title: 'Criminal Justice and Courts Act 2015, section 33, as amended on 29 June 2021 (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/2015/2/section/33/2021-06-29',
  },
  cjca33Notes: {
    title: 'Criminal Justice and Courts Act 2015, Explanatory Notes to section 33 (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/2015/2/section/33/notes',
  },
  cjca35Notes: {
    title: 'Criminal Justice and Courts Act 2015, Explanatory Notes to sections 34 and 35, including paragraphs 367 and 368 on altered images (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/2015/2/notes/division/3/1/16/4',
  },
  cjcaCommencement: {
    title: 'Criminal Justice and Courts Act 2015: offences involving intent to cause distress, valid from 13 April 2015 (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/2015/2/part/1/crossheading/offences-involving-intent-to-cause-distress-etc/2015-02-12',
  },
  sentencingCouncilDisclosing: {
    title: 'Sentencing Council: disclosing or threatening to disclose private sexual images (the guideline, its range and maximum)',
    url: 'https://sentencingcouncil.org.uk/offences/crown-court/item/disclosing-private-sexual-images',
  },
  anonymityAnswer2018: {
    title: 'Written answer on anonymity for victims of the 2015 offence, 25 July 2018 (a copy on Parallel Parliament; we have not found it on parliament.uk)',
    url: 'https://www.parallelparliament.co.uk/question/164967',
  },
  soa66B: {
    title: 'Sexual Offences Act 2003, section 66B (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/2003/42/section/66B',
  },
  soa66C: {
    title: 'Sexual Offences Act 2003, section 66C: the exemptions (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/2003/42/section/66C',
  },
  osaCircular: {
    title: 'GOV.UK: Online Safety Act new criminal offences circular',
    url: 'https://www.gov.uk/government/publications/online-safety-act-new-criminal-offences-circular/online-safety-act-new-criminal-offences-circular',
  },
  collegeOfPolicing: {
    title: 'College of Policing: sharing photographs or films of people in an intimate state',
    url: 'https://www.college.police.uk/guidance/sharing-photographs-of-people-intimate-state',
  },
  cpsFoi: {
    title: 'Crown Prosecution Service: freedom of information response on intimate image offences',
    url: 'https://www.cps.gov.uk/node/27155',
  },
  magistratesCourts127: {
    title: 'Magistrates’ Courts Act 1980, section 127: the 6-month time limit for summary offences (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/1980/43/section/127',
  },
  governmentResponseWec: {
    title: 'Women and Equalities Committee, 20 May 2025: the government’s response to its report on intimate image abuse (Parliament, with links to the response)',
    url: 'https://committees.parliament.uk/committee/328/women-and-equalities-committee/news/206920/governments-proposals-do-not-go-far-enough-to-tackle-increasing-threat-from-ncii-wec-warns/',
  },
  sexualOffencesAmendment1992: {
    title: 'Sexual Offences (Amendment) Act 1992, section 2: the offences that carry lifelong anonymity (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/1992/34/section/2',
  },
  specialMeasures: {
    title: 'Youth Justice and Criminal Evidence Act 1999, section 17: witnesses eligible for special measures, including complainants of sexual offences (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/1999/23/section/17',
  },
  duaa138: {
    title: 'Data (Use and Access) Act 2025, section 138 (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/2025/18/section/138',
  },
  soa66F: {
    title: 'Sexual Offences Act 2003, section 66F (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/2003/42/section/66F',
  },
  duaaCommencementReport: {
    title: 'A technology news report that the offences of creating or requesting fake intimate images took effect on 6 February 2026 (NetSecOps; not an official source)',
    url: 'https://cyber.netsecops.io/articles/uk-law-criminalizing-ai-generated-intimate-images-takes-effect',
  },
  scotland2016Act: {
    title: 'Abusive Behaviour and Sexual Harm (Scotland) Act 2016, disclosure of an intimate photograph or film, as enacted (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/asp/2016/22/part/1/crossheading/disclosure-of-an-intimate-photograph-or-film/enacted',
  },
  scotlandInForce: {
    title: 'Scottish Government news, 3 July 2017: sharing intimate images without consent is now an offence, with up to five years in prison',
    url: 'https://www.gov.scot/news/sharing-images-without-consent/',
  },
  scotlandTogether: {
    title: 'Together Scotland: new law makes it easier to prosecute those who share intimate images without consent (July 2017)',
    url: 'https://www.togetherscotland.org.uk/news-and-events/news/2017/07/new-law-makes-it-easier-to-prosecute-those-who-share-intimate-images-without-consent/',
  },
  niSection51: {
    title: 'Justice Act (Northern Ireland) 2016, section 51 (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/nia/2016/21/section/51',
  },
  niSection51Threats: {
    title: 'Justice Act (Northern Ireland) 2016, section 51, version of 27 November 2023 (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/nia/2016/21/section/51/2023-11-27',
  },
  niNotes: {
    title: 'Justice Act (Northern Ireland) 2016, Explanatory Notes (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/nia/2016/21/notes',
  },
  ni2022Act: {
    title: 'Justice (Sexual Offences and Trafficking Victims) Act (Northern Ireland) 2022, Explanatory Notes (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/nia/2022/19/notes',
  },
  irishNews2016: {
    title: 'Irish News, 12 February 2016: revenge porn to be made a criminal offence in Northern Ireland (a news report of the maximum, not the Act)',
    url: 'https://www.irishnews.com/news/northernirelandnews/2016/02/12/news/revenge-porn-to-be-made-a-criminal-offence-in-northern-ireland-415888/',
  },
  derryJournalPsni: {
    title: 'Derry Journal: 10 charges and three convictions since revenge porn criminalisation (quoting PSNI)',
    url: 'https://www.derryjournal.com/news/10-charges-and-three-convictions-since-revenge-porn-criminalisation-1-8495908',
  },
  coerciveControl: {
    title: 'Serious Crime Act 2015, section 76: controlling or coercive behaviour (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/2015/9/section/76',
  },
  coerciveControlReview: {
    title: 'GOV.UK: Home Office review of the controlling or coercive behaviour offence (in force 29 December 2015)',
    url: 'https://www.gov.uk/government/publications/review-of-the-controlling-or-coercive-behaviour-offence/review-of-the-controlling-or-coercive-behaviour-offence',
  },
  domesticAbuseAct68: {
    title: 'Domestic Abuse Act 2021, section 68: controlling or coercive behaviour, removing the living-together requirement (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/2021/17/section/68',
  },
  harassment4A: {
    title: 'Protection from Harassment Act 1997, section 4A: stalking involving fear of violence or serious alarm or distress (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/1997/40/section/4A',
  },
  stalkingCommonsLibrary: {
    title: 'House of Commons Library: Stalking, developments in the law (the 2017 increase to 10 years)',
    url: 'https://commonslibrary.parliament.uk/research-briefings/sn06261/',
  },
  stalkingProtect: {
    title: 'Stalking Protect: intimate partner stalking',
    url: 'https://www.stalkingprotect.co.uk/intimate-partner-stalking',
  },
  theftAct21: {
    title: 'Theft Act 1968, section 21: blackmail (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/1968/60/section/21',
  },
  blackmailEdp: {
    title: 'Eastern Daily Press: sextortion and rising blackmail crimes',
    url: 'https://www.edp24.co.uk/news/crime/norfolk-police-sextortion-rising-blackmail-crimes-9275624/',
  },
  sextortionSolicitorsJournal: {
    title: 'Solicitors Journal: the continued rise of sextortion and blackmail',
    url: 'https://solicitorsjournal.com/sjarticle/the-continued-rise-of-sextortion-and-blackmail-',
  },
  osaThreatening: {
    title: 'Online Safety Act 2023, section 181: threatening communications (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/2023/50/section/181',
  },
  maliciousCommunications: {
    title: 'Criminal Justice and Courts Act 2015, Explanatory Notes to section 32: malicious communications made triable either way, with a higher maximum (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/2015/2/notes/division/3/1/15/6',
  },
  voyeurism: {
    title: 'Sexual Offences Act 2003, section 67: voyeurism (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/2003/42/section/67',
  },
  upskirting: {
    title: 'GOV.UK: implementation of the Voyeurism (Offences) Act 2019',
    url: 'https://www.gov.uk/government/publications/implementation-of-the-voyeurism-offences-act-2019',
  },
  takingFactsheet: {
    title: 'GOV.UK: Criminal Justice Bill factsheet on intimate images (the planned base and more serious taking offences, and the voyeurism offences they were to replace)',
    url: 'https://www.gov.uk/government/publications/criminal-justice-bill-2023-factsheets/criminal-justice-bill-intimate-images',
  },
  reportRemove: {
    title: 'Internet Watch Foundation: Report Remove',
    url: 'https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove',
  },
  nspccReportRemove: {
    title: 'NSPCC Learning: Report Remove',
    url: 'https://learning.nspcc.org.uk/research-resources/report-remove',
  },
  nspccChildline: {
    title: 'NSPCC Learning: Childline',
    url: 'https://learning.nspcc.org.uk/services/childline',
  },
  fgxJudgment: {
    title: 'FGX v Stuart Gaunt [2023] EWHC 419 (KB), the judgment (The National Archives, Find Case Law)',
    url: 'https://caselaw.nationalarchives.gov.uk/ewhc/kb/2023/419',
  },
  icoErasure: {
    title: "Information Commissioner's Office: your right to get your data deleted",
    url: 'https://ico.org.uk/your-data-matters/your-right-to-get-your-data-deleted/',
  },
  stopNcii: {
    title: 'SWGfL: Revenge Porn Helpline and SWGfL announce the launch of StopNCII.org',
    url: 'https://swgfl.org.uk/magazine/revenge-porn-helpline-and-swgfl-announce-the-launch-of-stopncii-org',
  },
  stopNciiFaq: {
    title: 'StopNCII.org: frequently asked questions (including what to do if someone threatens to share your images)',
    url: 'https://stopncii.org/faq/',
  },
  ofcomHashMatching: {
    title: 'Ofcom: statement on detecting intimate image abuse (hash matching), 18 May 2026',
    url: 'https://www.ofcom.org.uk/online-safety/illegal-and-harmful-content/statement-detecting-intimate-image-abuse',
  },
  wecReport: {
    title: 'House of Commons Women and Equalities Committee report on tackling non-consensual intimate image abuse',
    url: 'https://publications.parliament.uk/pa/cm5901/cmselect/cmwomeq/336/report.html',
  },
  revengePornHelplineFaq: {
    title: 'Revenge Porn Helpline: frequently asked questions',
    url: 'https://revengepornhelpline.org.uk/faq/',
  },
  rphAskAnOfficer: {
    title: 'Revenge Porn Helpline: ask an officer (reporting, where the offence happened, and an offender abroad)',
    url: 'https://revengepornhelpline.org.uk/information-and-advice/police-and-courts-advice/ask-an-officer',
  },
  silent999: {
    title: "Avon and Somerset PCC: statement on the IOPC's Make Yourself Heard campaign (silent 999 calls)",
    url: 'https://www.avonandsomerset-pcc.gov.uk/News-and-Events/News-Archive/2019/April/Avon-and-Somerset-Police-statement-over-IOPCs-%27Make-Yourself-Heard%27-campaign-to-raise-awareness-of-silent-999-system.aspx',
  },
  calling999: {
    title: 'Cambridgeshire Constabulary: calling 999',
    url: 'https://www.cambs.police.uk/police-forces/cambridgeshire-constabulary/areas/campaigns/campaigns/contacting-cambs/calling-999/',
  },
  reportingOnline: {
    title: 'SWOSH: reporting online crimes',
    url: 'https://swosh.org.uk/report/laws-and-online-safety/reporting-online-crimes',
  },
  afterReportingOnline: {
    title: 'Cambridgeshire Constabulary: what happens after I report online',
    url: 'https://www.cambs.police.uk/police-forces/cambridgeshire-constabulary/areas/campaigns/campaigns/what-can-and-should-be-reported-online/what-happens-after-i-report-online/',
  },
  victimsCode: {
    title: "GOV.UK: the Code of Practice for Victims of Crime in England and Wales (Victims' Code)",
    url: 'https://www.gov.uk/government/publications/the-code-of-practice-for-victims-of-crime',
  },
  victimsCodeFactSheet: {
    title: "GOV.UK: Victims' Code fact sheet (its 12 key entitlements)",
    url: 'https://www.gov.uk/government/publications/victims-and-prisoners-bill/victims-code-fact-sheet',
  },
  victimsCodeInForce: {
    title: "Hertfordshire Police and Crime Commissioner: the Victims' Code in force from 1 April 2021",
    url: 'https://hertscommissioner.org/victims-code-of-practice-hertfordshire-pcc',
  },
  victimsCodeSupport: {
    title: "Coventry Restorative Justice: the Victims' Code's right to be referred to support (paragraph 4.5 quoted)",
    url: 'https://covrj.uk/?p=708',
  },
  expressAndStar2016: {
    title: 'Express and Star, 7 September 2016: 200 prosecutions since the new law, and West Midlands figures',
    url: 'https://expressandstar.com/news/local-news/2016/09/07/revenge-porn-200-prosecutions-since-new-laws-bought-in-to-tackle-crime',
  },
  itv2016: {
    title: 'ITV News, 6 September 2016: revenge porn law prosecutions exceed 200 (the CPS report for 2015 to 2016)',
    url: 'https://itv.com/news/2016-09-06/revenge-porn-law-prosecutions-exceed-200',
  },
  russellWebster2016: {
    title: 'Russell Webster: most prosecutions ever for violence against women (CPS VAWG report 2015–16)',
    url: 'https://www.russellwebster.com/most-prosecutions-ever-for-violence-against-women/',
  },
  osaSection10: {
    title: 'Online Safety Act 2023, section 10, with the 48-hour duty in subsections (3A) and (3B) (legislation.gov.uk; we have seen its text and annotation only in copies)',
    url: 'https://www.legislation.gov.uk/ukpga/2023/50/section/10',
  },
  osaSection20A: {
    title: 'Online Safety Act 2023, section 20A: what an intimate image content report must say (legislation.gov.uk; we have seen its text only in copies)',
    url: 'https://www.legislation.gov.uk/ukpga/2023/50/section/20A',
  },
  duaaRoyalAssent: {
    title: 'Freevacy: the Data (Use and Access) Act 2025 receives Royal Assent on 19 June 2025 (a news report quoting the Parliament bills page)',
    url: 'https://www.freevacy.com/news/uk-government/data-use-and-access-act-2025-passed-into-law/6482',
  },
  cpaCommencementNo1: {
    title: 'The Crime and Policing Act 2026 (Commencement No. 1 and Saving Provision) Regulations 2026, S.I. 2026/689 (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/uksi/2026/689',
  },
  cpaCircular: {
    title: 'GOV.UK: Circular 004/2026, Crime and Policing Act 2026 (Royal Assent, and the provisions in force from 29 June 2026)',
    url: 'https://www.gov.uk/government/publications/circular-0042026-crime-and-policing-act-2026/circular-0042026-crime-and-policing-act-2026-accessible',
  },
  niAnonymityReport: {
    title: 'Tyrone Times: a judge orders anonymity for a victim of disclosing private sexual images (a news report)',
    url: 'https://tyronei.com/tyrone-news/dungannon-news/dungannon-judge-describes-revenge-porn-as-cruel-controlling-and-cowardly-as-victim-considered-leaving-country/124348',
  },
  iwfReportRemoveAge: {
    title: 'Childline: Report Remove, which checks with Yoti whether you are younger or older than 18',
    url: 'https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/report-remove-down/',
  },
} as const satisfies Record<string, LawSource>;
