/**
 * Guidance every platform guide needs, written once: under 18 in the image, downloading your
 * data safely, whether the person will know you reported them, before you fill in any form, if
 * the platform says no, securing your accounts and StopNCII.org; and the copy of the short
 * "do this now" box at the top of every guide. The guide page renders each block where it
 * belongs, and sharedBlocksFor() says which blocks an entry needs, so a new platform gets them
 * all without copying a word.
 *
 * Safety comes first on the page because of what it is, not because each content file remembers
 * to put it there: a block marked `collapsed: false` is a warning and stays open; the rest fold
 * under their headings (with <details>, which works without JavaScript) so that a guide read on
 * a phone is short until she wants more.
 *
 * Facts come from the project's platform facts reference (§1, the November 2026 platform audit
 * C4, C6, C10, C11, C13 and §5, the December 2026 review H1, H3, M5, M8, L13-L16) with the
 * sources listed on each block.
 *
 * Pure: no Node, database or environment imports.
 */
import { lawPageHref } from '@/lib/law/pages';
import { helpline, helplines } from '@/lib/urgent-help';
import { sharedSources } from './shared-sources';
import { sourceKindRank } from './source-hygiene';
import type { PlatformContent, PlatformSource } from './types';

export type SharedBlockId =
  | 'under-18'
  | 'download-safely'
  | 'will-they-know'
  | 'before-forms'
  | 'if-refused'
  | 'secure-accounts'
  | 'stop-ncii';

/** A link from a block: a page on this site (starting with "/") or another site's page. */
export type GuidanceLink = { text: string; href: string };

export type SharedBlock = {
  id: SharedBlockId;
  heading: string;
  /** Short points, in the order a person needs them. */
  points: readonly string[];
  links: readonly GuidanceLink[];
  sources: readonly PlatformSource[];
  /**
   * Folded under its heading on the guide. Warnings (under 18, before you download, will they
   * know) are never folded: a warning she has to open is one she may not read.
   */
  collapsed: boolean;
};

const revengePornHelpline = helpline('revenge-porn-helpline');
const childline = helpline('childline');

/** The Revenge Porn Helpline's opening hours, stated once with their source in lib/urgent-help.ts. */
export const revengePornHelplineHours = revengePornHelpline.hours!.text;

/** The helpline, its number and its hours, as a guide's top box and blocks say it. */
export const revengePornHelplineLine = `the Revenge Porn Helpline on ${revengePornHelpline.number}, ${revengePornHelplineHours}`;
/** Platform guides do not know where the reader lives, so they name every nation's line. */
const domesticAbuseHelplines = helplines
  .filter((entry) => entry.id.startsWith('domestic-abuse-'))
  .map((entry) => `${entry.name}, ${entry.number}`)
  .join('; ');

const under18: SharedBlock = {
  id: 'under-18',
  heading: 'If you were under 18 in the image',
  points: [
    'This is treated differently, and more seriously, even if you are an adult now and even if you took the image yourself. You have done nothing wrong by asking for help.',
    'Do not screenshot, save, download or send the image, not even to the police or to us, and do not download your data from the app. Capture only the things around it: the address, the account, the date and the messages.',
    'If you are 18 or over now: first, report the web address to the Internet Watch Foundation. It needs only the address, you do not have to give your name, and it works to get the image removed wherever it is hosted. Then Take It Down can help stop it being shared on the platforms that take part, if the image is already on your device.',
    'If you are under 18 now: Report Remove, from Childline and the Internet Watch Foundation, can help get it taken down where it is public online. It cannot act on private messages, such as WhatsApp or Snapchat chats, or on files saved on someone\u2019s phone. Take It Down is for under-18s too, and can help with an image that is not public yet, such as one someone is threatening to share, if it is on your device.',
    `If you are under 19, you can talk to Childline, free and in confidence, on ${childline.number}.`,
    'Do not use StopNCII.org for it: it is only for images taken when you were 18 or over.',
  ],
  links: [
    { text: 'What the law says when the person in the image was under 18', href: lawPageHref('under-18') },
    { text: 'Internet Watch Foundation: report a web address', href: sharedSources.iwfHome.url },
    { text: 'Report Remove (Internet Watch Foundation and Childline)', href: sharedSources.iwfReportRemove.url },
    { text: 'Take It Down', href: 'https://takeitdown.ncmec.org/' },
  ],
  sources: [
    sharedSources.iwfFaqs,
    sharedSources.iwfReportRemove,
    sharedSources.ceopReportingNudes,
    sharedSources.takeItDownFaq,
  ],
  collapsed: false,
};

const downloadSafely: SharedBlock = {
  id: 'download-safely',
  heading: 'Before you download your data',
  points: [
    'If the image was ever sent to you or by you in a message, the file can contain it. Leave out photos, videos and other media wherever the tool lets you.',
    'If you were under 18 in the image, do not download your data at all. Ask the police what to do first, or Childline if you are under 19.',
    'The file goes to your Downloads folder, and may be copied to a cloud account that someone else can see. Keep it somewhere private, and delete it from Downloads when you have moved it.',
  ],
  links: [],
  sources: [sharedSources.takeItDownFaq, sharedSources.ceopReportingNudes],
  collapsed: false,
};

/**
 * H3: the question a frightened person asks before she reports is "will he know?". Each guide
 * answers it for its platform first (the entry's reportedPersonTold); these points are what is
 * true everywhere, and what to do if he might react.
 */
const willTheyKnow: SharedBlock = {
  id: 'will-they-know',
  heading: 'Will they know you reported it?',
  points: [
    'The platform may not tell them who reported it. But if it removes the post, it usually tells them it was removed, and they may guess it was you.',
    'If they might react, or you are afraid of them: save your evidence first, tell someone you trust, and read how to stay safe online.',
    `Then talk to the police, to ${revengePornHelplineLine}, or to a domestic abuse helpline before you report: ${domesticAbuseHelplines}. The Revenge Porn Helpline can report it for you.`,
    'Call 999 if you are in danger now.',
  ],
  links: [
    { text: 'Staying safe online', href: '/staying-safe-online' },
    { text: 'Reporting to the police', href: lawPageHref('reporting-to-the-police') },
  ],
  sources: [sharedSources.rphSharedWithoutConsent, sharedSources.rphReportingToSocialMedia],
  collapsed: false,
};

const beforeForms: SharedBlock = {
  id: 'before-forms',
  heading: 'Before you fill in any form',
  points: [
    'You often do not need an account to report, and the Revenge Porn Helpline can report to most social media platforms for you.',
    'Think about using a new email address that you use only for reports, so replies do not go to an inbox someone else can see.',
    'Do not give your home address, phone number or copies of ID documents unless the form cannot be sent without them. If it asks for them, you can ask the helpline first.',
    'Some routes pass your name and contact details to the person who posted it or to the website\u2019s owner: copyright (DMCA) notices do. Read what the form says it shares before you send it.',
    'Keep a note of what you sent, when, and any reference number, in your evidence log.',
  ],
  links: [{ text: 'Keep an evidence log on this site', href: '/evidence/log' }],
  sources: [sharedSources.rphReportingToSocialMedia, sharedSources.esafetyReportToUs],
  collapsed: true,
};

const ifRefused: SharedBlock = {
  id: 'if-refused',
  heading: 'If the platform says no, or does not reply',
  points: [
    'Ask for a review or appeal if the platform offers one. Say briefly which of its rules the content breaks, and that it was shared without your consent.',
    `Call ${revengePornHelplineLine}. It helps adults in the UK and can take the report to the platform for you.`,
    'Report Harmful Content, also run by SWGfL, can look at a platform\u2019s answer to a report about harassment, threats or impersonation, once you have reported it to the platform yourself.',
    'You can also ask search engines to stop showing it, and report it to the police.',
    'Ofcom regulates the platforms, but it does not take reports about a single post or image, so reporting it to Ofcom will not get it removed. Our page on removal explains what Ofcom and the courts can do.',
  ],
  links: [
    { text: 'Report Harmful Content', href: sharedSources.reportHarmfulContent.url },
    { text: 'Ask search engines to remove results', href: '/evidence/search-results' },
    { text: 'Reporting to the police', href: lawPageHref('reporting-to-the-police') },
    { text: 'Ofcom, the courts and other ways to get it removed', href: lawPageHref('civil-routes-and-removal') },
  ],
  sources: [sharedSources.rphReportingToSocialMedia, sharedSources.rphFaq, sharedSources.reportHarmfulContent],
  collapsed: true,
};

const secureAccounts: SharedBlock = {
  id: 'secure-accounts',
  heading: 'Secure your accounts',
  points: [
    'Images are often taken from a phone or a cloud account that someone else can get into, and someone with access can see what you report.',
    'Change the password of your email account first, then of the others. Use a different password for each.',
    'Turn on 2-step verification, and check that the phone numbers and email addresses used to recover each account are yours.',
    'Check the devices signed in to each account, and sign out any you do not recognise.',
    'Check shared photo albums, cloud photo sharing and location sharing, and who else is in them.',
    `If changing these could alert someone who is hurting you, or make them more dangerous, talk to a domestic abuse helpline first: ${domesticAbuseHelplines}.`,
  ],
  links: [
    { text: 'iCloud and Apple accounts', href: '/evidence/apple' },
    { text: 'Google Drive and Photos', href: '/evidence/google-drive-photos' },
    { text: 'Microsoft accounts', href: '/evidence/microsoft' },
  ],
  sources: [sharedSources.applePersonalSafety, sharedSources.esafetyReportToUs],
  collapsed: true,
};

const stopNcii: SharedBlock = {
  id: 'stop-ncii',
  heading: 'StopNCII.org',
  points: [
    'StopNCII.org, run by the Revenge Porn Helpline, makes a digital fingerprint (a hash) of an image on your own device. Only the fingerprint is sent: the image is not uploaded. Platforms that take part use it to find copies and review them.',
    'It is only for images of you when you were 18 or over. StopNCII says this can include manipulated images and deepfakes, so an AI-made or edited image that looks like you can count too.',
    'If someone is threatening to share an image that you also have, you can use StopNCII before it is posted.',
    'The image must already be on your device. Do not download, save or screenshot it in order to use StopNCII.',
    'If the image is already online, report it to the platform first. StopNCII can then help stop it being posted again.',
    'Write down your case number and PIN and keep them somewhere private. StopNCII cannot recover them.',
    'It works only on the platforms that take part, and it cannot stop images being sent in private messages.',
  ],
  links: [{ text: 'StopNCII.org', href: sharedSources.stopNcii.url }],
  sources: [
    sharedSources.stopNciiFaq,
    sharedSources.swgflStopNciiEligibility,
    sharedSources.rphThreatsToShare,
    sharedSources.engadgetStopNciiPartners,
  ],
  collapsed: true,
};

/**
 * The copy of the short box at the top of every guide (M8, L16) and of the notes the guide adds
 * around its steps. The box holds what she needs in the first minute: the under-18 warning, the
 * app's warnings about screenshots, the two or three things to capture, where to report and the
 * helpline with its hours.
 */
export const guideCopy = {
  under18Line: 'If you were under 18 in the image, read this first: do not screenshot, save or download anything.',
  under18LinkText: 'What to do instead',
  doNowHeading: 'Do this now',
  captureFirst:
    'Capture evidence before you report or block anyone. Never copy, download, forward or send the image itself, and do not reply to, bargain with or pay the person.',
  whyLinkText: 'Read why, and what to do first',
  warningsHeading: 'Before you take a screenshot',
  screenshotsGo:
    'Screenshots can go to a shared album or a cloud account that someone else can see. Check where yours are saved first.',
  captureHeading: 'Capture, on your phone if that is all you have',
  reportLead: 'Then report it.',
  willTheyKnowPointer: 'Before you do, read whether they will know',
  helpline: `If it is too much, or you would rather someone did it with you, call ${revengePornHelplineLine}. It can report it for you.`,
  safetyLinkText: 'Staying safe online: private browsing and leaving this site quickly',
  safetyHref: '/staying-safe-online',
  computerNote: `This part needs a computer. If you only have a phone, or it is too much, your screenshots and links are enough to start, and ${revengePornHelplineLine} can go through it with you.`,
  sourcesSummary: 'Sources, and when this guide was last checked',
} as const;

/** The words that open a folded block: "Show the 5 points". */
export function showPoints(count: number): string {
  return `Show the ${count} points`;
}

/** Every shared block, in the order a guide shows them. */
export const sharedBlocks: readonly SharedBlock[] = [
  under18,
  downloadSafely,
  willTheyKnow,
  beforeForms,
  ifRefused,
  secureAccounts,
  stopNcii,
];

/** One shared block by id, for pages other than the platform guides (the evidence overview). */
export function sharedBlock(id: SharedBlockId): SharedBlock {
  const block = sharedBlocks.find((candidate) => candidate.id === id);
  if (!block) throw new Error(`No shared block has the id "${id}"`);
  return block;
}

/**
 * The blocks an entry's guide shows: all of them, except that the download warning goes only
 * where the guide has download steps for it to warn about.
 */
export function sharedBlocksFor(entry: PlatformContent): ReadonlyMap<SharedBlockId, SharedBlock> {
  const applies = (block: SharedBlock) =>
    block.id !== 'download-safely' || entry.capture.downloadYourData.length > 0;
  return new Map(sharedBlocks.filter(applies).map((block) => [block.id, block]));
}

/**
 * Every source a guide page shows: the entry's own, its StopNCII source and its blocks', each
 * once, with primary and charity sources before press and press before anything else.
 */
export function guideSources(entry: PlatformContent): PlatformSource[] {
  const all = [
    ...entry.sources,
    ...(entry.stopNcii.source ? [entry.stopNcii.source] : []),
    ...[...sharedBlocksFor(entry).values()].flatMap((block) => block.sources),
  ];
  const once = all.filter((source, index) => all.findIndex((other) => other.url === source.url) === index);
  return once.sort((a, b) => sourceKindRank[a.kind] - sourceKindRank[b.kind]);
}
