/**
 * The sources the legal guidance relies on, named once so that a page, the "which law applies
 * to me?" answers and the tests all cite the same address for the same fact.
 *
 * Every address comes from the project's law facts reference. Where that gives an http address
 * for legislation.gov.uk, the https address of the same page is used, because the guidance
 * promises https sources only. Titles say whose page it is, so a reader can judge its weight.
 */

export type LawSource = {
  title: string;
  url: string;
};

export const lawSources = {
  cjca33AsAmended: {
    title: 'Criminal Justice and Courts Act 2015, section 33, as amended on 29 June 2021 (legislation.gov.uk)',
    url: 'https://legislation.gov.uk/ukpga/2015/2/section/33/2021-06-29/data.html',
  },
  cjca33Notes: {
    title: 'Criminal Justice and Courts Act 2015, Explanatory Notes to section 33 (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/2015/2/section/33/notes',
  },
  cjca35Notes: {
    title: 'Criminal Justice and Courts Act 2015, Explanatory Notes to sections 34 and 35 (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/2015/2/notes/division/3/1/16/4',
  },
  cjcaCommencement: {
    title: 'Criminal Justice and Courts Act 2015: offences involving intent to cause distress, valid from 13 April 2015 (legislation.gov.uk)',
    url: 'https://legislation.gov.uk/ukpga/2015/2/part/1/crossheading/offences-involving-intent-to-cause-distress-etc/2015-02-12/data.htm',
  },
  corkerBinning: {
    title: 'Corker Binning: revenge porn, criminalising breaches of trust (on sections 33 to 35)',
    url: 'https://corkerbinning.com/revenge-porn-criminalising-breaches-of-trust/',
  },
  intimidatoryGuideline: {
    title: 'Sentencing Council: Intimidatory Offences definitive guideline (ReadKong copy)',
    url: 'https://www.readkong.com/page/intimidatory-offences-definitive-guideline-9153309',
  },
  sentencingCouncilDisclosing: {
    title: 'Sentencing Council: disclosing or threatening to disclose private sexual images',
    url: 'https://sentencingcouncil.org.uk/offences/crown-court/item/disclosing-private-sexual-images',
  },
  anonymityAnswer2018: {
    title: 'Written answer on anonymity for victims of the 2015 offence, 25 July 2018 (Parallel Parliament copy)',
    url: 'https://www.parallelparliament.co.uk/question/164967',
  },
  soa66B: {
    title: 'Sexual Offences Act 2003, section 66B (legislation.gov.uk)',
    url: 'https://legislation.gov.uk/ukpga/2003/42/section/66B/data.xht',
  },
  osaCircular: {
    title: 'GOV.UK: Online Safety Act new criminal offences circular',
    url: 'https://www.gov.uk/government/publications/online-safety-act-new-criminal-offences-circular/online-safety-act-new-criminal-offences-circular',
  },
  collegeOfPolicing: {
    title: 'College of Policing: sharing photographs or films of people in an intimate state',
    url: 'https://production.copweb.aws.college.police.uk/guidance/sharing-photographs-of-people-intimate-state',
  },
  cpsFoi: {
    title: 'Crown Prosecution Service: freedom of information response on intimate image offences',
    url: 'https://www.cps.gov.uk/node/27155',
  },
  mojPressRelease2023: {
    title: 'Ministry of Justice press release, 27 June 2023: government crackdown on image-based abuse (End the Fear copy)',
    url: 'https://www.endthefear.co.uk/2023/06/29/press-release-government-crackdown-on-image-based-abuse-ministry-of-justice/',
  },
  governmentResponseWec: {
    title: 'Government response to the Women and Equalities Committee: summary-only base offence and time limit (Accountability Index copy)',
    url: 'https://www.accountabilityindex.uk/committees/25/recommendation/6370/',
  },
  sexualOffencesAmendment1992: {
    title: 'Sexual Offences (Amendment) Act 1992, section 2 (legislation.gov.uk)',
    url: 'https://legislation.gov.uk/ukpga/1992/34/section/2/data.xht?view=snippet&wrap=true',
  },
  duaa138: {
    title: 'Data (Use and Access) Act 2025, section 138 (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/id/ukpga/2025/18/section/138/4',
  },
  soa66F: {
    title: 'Sexual Offences Act 2003, section 66F (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/2003/42/section/66F/data.xht',
  },
  duaaCommencementReport: {
    title: 'Report that the offences of creating or requesting fake intimate images took effect on 6 February 2026 (NetSecOps)',
    url: 'https://cyber.netsecops.io/articles/uk-law-criminalizing-ai-generated-intimate-images-takes-effect',
  },
  scotland2016Act: {
    title: 'Abusive Behaviour and Sexual Harm (Scotland) Act 2016, disclosure of an intimate photograph or film, as enacted (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/asp/2016/22/part/1/crossheading/disclosure-of-an-intimate-photograph-or-film/enacted',
  },
  scotlandInForce: {
    title: 'Abusive Behaviour and Sexual Harm (Scotland) Act 2016, Part 1, changes over time (legislation.gov.uk)',
    url: 'https://legislation.gov.uk/asp/2016/22/part/1/2017-04-24?view=interweave',
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
    url: 'https://legislation.gov.uk/nia/2016/21/section/51/2023-11-27/data.html',
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
    title: 'Irish News, 12 February 2016: revenge porn to be made a criminal offence in Northern Ireland',
    url: 'https://www.irishnews.com/news/northernirelandnews/2016/02/12/news/revenge-porn-to-be-made-a-criminal-offence-in-northern-ireland-415888/',
  },
  derryJournalPsni: {
    title: 'Derry Journal: 10 charges and three convictions since revenge porn criminalisation (quoting PSNI)',
    url: 'https://www.derryjournal.com/news/10-charges-and-three-convictions-since-revenge-porn-criminalisation-1-8495908',
  },
  coerciveControl: {
    title: 'Serious Crime Act 2015, controlling or coercive behaviour (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/2015/9/part/5/crossheading/domestic-abuse?view=plain',
  },
  domesticAbuseAct68: {
    title: 'Domestic Abuse Act 2021, Part 6, including section 68 (legislation.gov.uk)',
    url: 'https://legislation.gov.uk/cy/ukpga/2021/17/part/6/2021-04-29?view=extent',
  },
  stalkingWaldrons: {
    title: 'Waldrons Solicitors: stalking offences',
    url: 'https://www.waldrons.co.uk/for-you/criminal-defence/general/stalking',
  },
  stalkingProtect: {
    title: 'Stalking Protect: intimate partner stalking',
    url: 'https://www.stalkingprotect.co.uk/intimate-partner-stalking',
  },
  blackmailForrestWilliams: {
    title: 'Forrest Williams Solicitors: blackmail',
    url: 'https://forrestwilliamssolicitors.com/services/criminal-defence/blackmail/',
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
    url: 'https://legislation.gov.uk/id/ukpga/2023/50/section/181?view=extent',
  },
  maliciousCommunications: {
    title: 'Criminal Justice and Courts Act 2015: offences involving intent to cause distress, as at 29 June 2021 (legislation.gov.uk)',
    url: 'https://legislation.gov.uk/ukpga/2015/2/part/1/crossheading/offences-involving-intent-to-cause-distress-etc/2021-06-29',
  },
  voyeurism: {
    title: 'Sexual Offences Act 2003, other offences including voyeurism, as at 8 April 2013 (legislation.gov.uk)',
    url: 'https://www.legislation.gov.uk/ukpga/2003/42/part/1/crossheading/other-offences/2013-04-08/data.html',
  },
  upskirting: {
    title: 'GOV.UK: implementation of the Voyeurism (Offences) Act 2019',
    url: 'https://www.gov.uk/government/publications/implementation-of-the-voyeurism-offences-act-2019',
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
  fgxMishcon: {
    title: 'Mishcon de Reya: High Court awards substantial damages in first image-based abuse privacy case',
    url: 'https://mishcon.com/news/high-court-awards-substantial-damages-in-first-image-based-abuse-privacy-case',
  },
  fgxBrettWilson: {
    title: 'Brett Wilson LLP: High Court awards nearly £100,000 to image-based abuse victim (FGX v Gaunt)',
    url: 'https://www.brettwilson.co.uk/blog/lexis-nexis-analysis-high-court-awards-nearly-100000-to-image-based-abuse-victim-fgx-v-stuart-gaunt/',
  },
  icoErasure: {
    title: "Information Commissioner's Office: your right to get your data deleted",
    url: 'https://ico.org.uk/your-data-matters/your-right-to-get-your-data-deleted/',
  },
  stopNcii: {
    title: 'SWGfL: Revenge Porn Helpline and SWGfL announce the launch of StopNCII.org',
    url: 'https://swgfl.org.uk/magazine/revenge-porn-helpline-and-swgfl-announce-the-launch-of-stopncii-org',
  },
  ofcomHashMatching: {
    title: 'Ofcom: statement on detecting intimate image abuse (hash matching)',
    url: 'https://ofco01mstr8c35fprod.dxcloud.episerver.net/online-safety/illegal-and-harmful-content/statement-detecting-intimate-image-abuse?language=en',
  },
  wecReport: {
    title: 'House of Commons Women and Equalities Committee report on tackling non-consensual intimate image abuse',
    url: 'https://publications.parliament.uk/pa/cm5901/cmselect/cmwomeq/336/report.html',
  },
  revengePornHelplineFaq: {
    title: 'Revenge Porn Helpline: frequently asked questions',
    url: 'https://revengepornhelpline.org.uk/faq/',
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
  victimsCodeFactSheet: {
    title: "GOV.UK: Victims' Code fact sheet",
    url: 'https://www.gov.uk/government/publications/victims-and-prisoners-bill/victims-code-fact-sheet',
  },
  victimsCodeRights: {
    title: "Clean Slate: the Victims' Code of Practice and its 12 rights",
    url: 'https://www.cleanslate.org.uk/post/victims-code-of-practice',
  },
  victimsCodeSupport: {
    title: "Coventry Restorative Justice: support under the Victims' Code",
    url: 'https://covrj.uk/?p=708',
  },
  expressAndStar2016: {
    title: 'Express and Star, 7 September 2016: 200 prosecutions since the new law, and West Midlands figures',
    url: 'https://expressandstar.com/news/local-news/2016/09/07/revenge-porn-200-prosecutions-since-new-laws-bought-in-to-tackle-crime',
  },
  itv2016: {
    title: 'ITV News, 6 September 2016: revenge porn law prosecutions exceed 200',
    url: 'https://itv.com/news/2016-09-06/revenge-porn-law-prosecutions-exceed-200',
  },
  russellWebster2016: {
    title: 'Russell Webster: most prosecutions ever for violence against women (CPS VAWG report 2015–16)',
    url: 'https://www.russellwebster.com/most-prosecutions-ever-for-violence-against-women/',
  },
  bbcCpsReport2016: {
    title: 'BBC News, September 2016: CPS, more than 200 prosecuted under revenge porn law (Londra Gazete copy)',
    url: 'https://londragazete.com/english/77212/cps-more-than-200-prosecuted-under-revenge-porn-law/amp/',
  },
  specialMeasuresHansard: {
    title: 'Hansard, House of Lords, 6 July 2023: the minister on special measures and anonymity for the new offences (UK Parliament open-data copy)',
    url: 'https://search-prototype.herokuapp.com/search-prototype/objects?object=http%3A%2F%2Fhansard.intranet.data.parliament.uk%2FLords%2F2023-07-06%2F23070648000005',
  },
  osaSection10: {
    title: 'Online Safety Act 2023, section 10, with the 48-hour duty in subsection (3A) (legislation.gov.uk; we have seen its text and annotation only in copies)',
    url: 'https://www.legislation.gov.uk/ukpga/2023/50/section/10',
  },
  cpaCommencementNo1: {
    title: 'The Crime and Policing Act 2026 (Commencement No. 1 and Saving Provision) Regulations 2026, S.I. 2026/689 (legislation.gov.uk; not yet seen there)',
    url: 'https://www.legislation.gov.uk/uksi/2026/689',
  },
  cpaCommencementTracker: {
    title: 'Legislation Tracker: summary of the Crime and Policing Act 2026 Commencement No. 1 Regulations, in force 29 June 2026',
    url: 'https://www.legislationtracker.co.uk/article/crime-and-policing-act-2026-commencement-no-1-regulations-25-06-26',
  },
  cpaLawtons: {
    title: 'Lawtons solicitors: Crime and Policing Act 2026, new offences (Royal Assent, start date, section 66AB and its maximum)',
    url: 'https://www.lawtonslaw.co.uk/resources/crime-and-policing-act-2026-new-offences-introduced/',
  },
  cpaKingsleyNapley: {
    title: 'Kingsley Napley: deepfakes to deletion orders, technology-enabled sexual offending in the Crime and Policing Act 2026',
    url: 'https://www.kingsleynapley.co.uk/insights/blogs/criminal-law-blog/deepfakes-to-deletion-orders-tackling-technology-enabled-sexual-offending-in-the-crime-and-policing-act-2026',
  },
  timeLimitAnnouncement2025: {
    title: 'Government announcement, 3 November 2025: new laws to target online abuse, including a 3-year time limit proposal (Wired-Gov copy)',
    url: 'https://www.wired-gov.net/wg/news.nsf/articles/new+laws+to+target+online+abuse+and+pornography+04112025151000?open',
  },
  niAnonymityReport: {
    title: 'Tyrone Times: a judge orders anonymity for a victim of disclosing private sexual images (report)',
    url: 'https://tyronei.com/tyrone-news/dungannon-news/dungannon-judge-describes-revenge-porn-as-cruel-controlling-and-cowardly-as-victim-considered-leaving-country/124348',
  },
  cjcaExplanatoryNotes35: {
    title: 'Criminal Justice and Courts Act 2015, Explanatory Notes paragraphs 367 and 368 on altered images (legislation.gov.uk)',
    url: 'https://legislation.data.gov.uk/ukpga/2015/2/notes/division/3/1/16/4?view=plain',
  },
  childlineNumber: {
    title: 'Childline: what happens when you call 0800 1111 (Childline column, Sunderland Echo, August 2022)',
    url: 'https://www.sunderlandecho.com/news/opinion/columnists/childline-advice-when-a-child-contacts-us-we-will-listen-and-support-them-3817957',
  },
  iwfReportRemoveAge: {
    title: 'Childline: Report Remove, which checks with Yoti whether you are younger or older than 18',
    url: 'https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/report-remove-down/',
  },
} as const satisfies Record<string, LawSource>;
