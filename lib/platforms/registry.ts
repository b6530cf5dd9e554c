/**
 * The platforms registry: one entry per platform, in the order the site lists them, assembled
 * from the catalogue (id and name), the platform's guidance content and its recogniser.
 *
 * Everything that needs to know about platforms reads it from here: the guide pages, the
 * evidence log, the referral form's evidence questions, the referral email and the tests.
 */
import { platformIds, platformNames, type PlatformId } from './catalogue';
import { emailContent } from './content/email';
import { facebookContent } from './content/facebook';
import { instagramContent } from './content/instagram';
import { onlyfansContent } from './content/onlyfans';
import { otherContent } from './content/other';
import { redditContent } from './content/reddit';
import { searchResultsContent } from './content/search-results';
import { snapchatContent } from './content/snapchat';
import { telegramContent } from './content/telegram';
import { textMessagesContent } from './content/text-messages';
import { tiktokContent } from './content/tiktok';
import { websitesContent } from './content/websites';
import { whatsappContent } from './content/whatsapp';
import { xContent } from './content/x';
import { recognisers } from './recognise';
import type { PlatformContent, PlatformEntry } from './types';

const contents: Record<PlatformId, PlatformContent> = {
  facebook: facebookContent,
  instagram: instagramContent,
  whatsapp: whatsappContent,
  'text-messages': textMessagesContent,
  snapchat: snapchatContent,
  x: xContent,
  tiktok: tiktokContent,
  telegram: telegramContent,
  reddit: redditContent,
  email: emailContent,
  websites: websitesContent,
  'search-results': searchResultsContent,
  onlyfans: onlyfansContent,
  other: otherContent,
};

/** Every platform, in the order the site lists them. */
export const platforms: readonly PlatformEntry[] = platformIds.map((id) => ({
  ...contents[id],
  name: platformNames[id],
  recogniser: recognisers[id],
}));

/** The entry for an id, or undefined for an id that is not a platform (from a URL, say). */
export function findPlatform(id: string): PlatformEntry | undefined {
  return platforms.find((platform) => platform.id === id);
}
