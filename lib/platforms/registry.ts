/**
 * The platforms registry: one entry per platform, in the order the site lists them, assembled
 * from the catalogue (id and name), the platform's guidance content and its recogniser.
 *
 * Everything that needs to know about platforms reads it from here: the guide pages, the
 * evidence log, the referral form's evidence questions, the referral email and the tests.
 */
import { platformIds, platformNames, type PlatformId } from './catalogue';
import { appleContent } from './content/apple';
import { datingAppsContent } from './content/dating-apps';
import { discordContent } from './content/discord';
import { emailContent } from './content/email';
import { facebookContent } from './content/facebook';
import { googleDrivePhotosContent } from './content/google-drive-photos';
import { instagramContent } from './content/instagram';
import { microsoftContent } from './content/microsoft';
import { onlyfansContent } from './content/onlyfans';
import { otherContent } from './content/other';
import { redditContent } from './content/reddit';
import { searchResultsContent } from './content/search-results';
import { snapchatContent } from './content/snapchat';
import { telegramContent } from './content/telegram';
import { textMessagesContent } from './content/text-messages';
import { threadsContent } from './content/threads';
import { tiktokContent } from './content/tiktok';
import { websitesContent } from './content/websites';
import { whatsappContent } from './content/whatsapp';
import { xContent } from './content/x';
import { youtubeContent } from './content/youtube';
import { recognisers } from './recognise';
import type { PlatformContent, PlatformEntry } from './types';

const contents: Record<PlatformId, PlatformContent> = {
  facebook: facebookContent,
  instagram: instagramContent,
  threads: threadsContent,
  whatsapp: whatsappContent,
  'text-messages': textMessagesContent,
  snapchat: snapchatContent,
  x: xContent,
  tiktok: tiktokContent,
  youtube: youtubeContent,
  discord: discordContent,
  telegram: telegramContent,
  reddit: redditContent,
  'dating-apps': datingAppsContent,
  email: emailContent,
  apple: appleContent,
  'google-drive-photos': googleDrivePhotosContent,
  microsoft: microsoftContent,
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
