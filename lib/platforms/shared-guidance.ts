/**
 * Guidance every platform guide needs, written once: StopNCII.org, under 18 in the image,
 * before you fill in any form, securing your accounts, if the platform says no, and
 * downloading your data safely. The guide page renders each block where it belongs, and
 * sharedBlocksFor() says which blocks an entry needs, so a new platform gets them all without
 * copying a word.
 *
 * Facts come from the project's platform facts reference (§1, the November 2026 platform audit
 * C4, C6, C10, C11, C13 and §5) with the sources listed on each block.
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
};

const revengePornHelpline = helpline('revenge-porn-helpline');
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
    'Do not screenshot, save, download or send the image, not even to the police or to us. Capture only the things around it: the address, the account, the date and the messages.',
    'If you are under 18 now, Report Remove, from Childline and the Internet Watch Foundation, can help get it taken down where it is public online. It cannot act on private messages, such as WhatsApp or Snapchat chats, or on files saved on someone\u2019s phone.',
    'If you are 18 or over now, Take It Down can help stop it being shared on the platforms that take part. Do not use StopNCII.org for it.',
  ],
  links: [
    { text: 'What the law says when the person in the image was under 18', href: lawPageHref('under-18') },
    { text: 'Report Remove (Internet Watch Foundation and Childline)', href: sharedSources.iwfReportRemove.url },
    { text: 'Take It Down', href: 'https://takeitdown.ncmec.org/' },
  ],
  sources: [sharedSources.iwfReportRemove, sharedSources.ceopReportingNudes, sharedSources.takeItDownFaq],
};

const downloadSafely: SharedBlock = {
  id: 'download-safely',
  heading: 'Before you download your data',
  points: [
    'If the image was ever sent to you or by you in a message, the file can contain it. Leave out photos, videos and other media wherever the tool lets you.',
    'If you were under 18 in the image, do not download your data at all. Ask the police or Childline what to do first.',
    'The file goes to your Downloads folder, and may be copied to a cloud account that someone else can see. Keep it somewhere private, and delete it from Downloads when you have moved it.',
  ],
  links: [],
  sources: [sharedSources.takeItDownFaq, sharedSources.ceopReportingNudes],
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
};

const ifRefused: SharedBlock = {
  id: 'if-refused',
  heading: 'If the platform says no, or does not reply',
  points: [
    'Ask for a review or appeal if the platform offers one. Say briefly which of its rules the content breaks, and that it was shared without your consent.',
    `Call the Revenge Porn Helpline on ${revengePornHelpline.number}, ${revengePornHelpline.hours?.text}. It helps adults in the UK and can take the report to the platform for you.`,
    'Report Harmful Content, also run by SWGfL, can look at a platform\u2019s answer to a report about harassment, threats or impersonation, once you have reported it to the platform yourself.',
    'You can also ask search engines to stop showing it, and report it to the police.',
  ],
  links: [
    { text: 'Report Harmful Content', href: sharedSources.reportHarmfulContent.url },
    { text: 'Ask search engines to remove results', href: '/evidence/search-results' },
    { text: 'Reporting to the police', href: lawPageHref('reporting-to-the-police') },
  ],
  sources: [sharedSources.rphReportingToSocialMedia, sharedSources.rphFaq, sharedSources.reportHarmfulContent],
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
};

const stopNcii: SharedBlock = {
  id: 'stop-ncii',
  heading: 'StopNCII.org',
  points: [
    'StopNCII.org, run by the Revenge Porn Helpline, makes a digital fingerprint (a hash) of an image on your own device. Only the fingerprint is sent: the image is not uploaded. Platforms that take part use it to find copies and review them.',
    'It is only for images of you when you were 18 or over. It covers AI-made or edited images that look like you too.',
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
};

/** Every shared block, in the order a guide shows them. */
export const sharedBlocks: readonly SharedBlock[] = [
  under18,
  downloadSafely,
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
