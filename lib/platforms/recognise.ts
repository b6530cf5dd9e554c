/**
 * The one entry point for recognising where content is: every platform's recogniser by id, and
 * a recognise() that adds a specific "this is another platform's link" message when a person
 * pastes, say, an Instagram link as Facebook.
 *
 * Pure: no Node, database or environment imports, so the browser and the server share it.
 */

import type { PlatformId } from './catalogue';
import { appleRecogniser } from './recognisers/apple';
import { datingAppsRecogniser } from './recognisers/dating-apps';
import { discordRecogniser } from './recognisers/discord';
import { emailRecogniser } from './recognisers/email';
import { facebookRecogniser } from './recognisers/facebook';
import { googleDrivePhotosRecogniser } from './recognisers/google-drive-photos';
import { instagramRecogniser } from './recognisers/instagram';
import { microsoftRecogniser } from './recognisers/microsoft';
import { onlyfansRecogniser } from './recognisers/onlyfans';
import { otherRecogniser } from './recognisers/other';
import { redditRecogniser } from './recognisers/reddit';
import { searchResultsRecogniser } from './recognisers/search-results';
import { cleanInput, parseLink, platformOfHost, wrongPlatformMessage } from './recognisers/shared';
import { snapchatRecogniser } from './recognisers/snapchat';
import { telegramRecogniser } from './recognisers/telegram';
import { textMessagesRecogniser } from './recognisers/text-messages';
import { threadsRecogniser } from './recognisers/threads';
import { tiktokRecogniser } from './recognisers/tiktok';
import { websitesRecogniser } from './recognisers/websites';
import { whatsappRecogniser } from './recognisers/whatsapp';
import { xRecogniser } from './recognisers/x';
import { youtubeRecogniser } from './recognisers/youtube';
import type { PlatformRecogniser, Recognition } from './types';

export const recognisers: Record<PlatformId, PlatformRecogniser> = {
  facebook: facebookRecogniser,
  instagram: instagramRecogniser,
  threads: threadsRecogniser,
  whatsapp: whatsappRecogniser,
  'text-messages': textMessagesRecogniser,
  snapchat: snapchatRecogniser,
  x: xRecogniser,
  tiktok: tiktokRecogniser,
  youtube: youtubeRecogniser,
  discord: discordRecogniser,
  telegram: telegramRecogniser,
  reddit: redditRecogniser,
  'dating-apps': datingAppsRecogniser,
  email: emailRecogniser,
  apple: appleRecogniser,
  'google-drive-photos': googleDrivePhotosRecogniser,
  microsoft: microsoftRecogniser,
  websites: websitesRecogniser,
  'search-results': searchResultsRecogniser,
  onlyfans: onlyfansRecogniser,
  other: otherRecogniser,
};

/**
 * Platforms whose recognisers answer other platforms' links themselves ("choose Facebook
 * instead", "enter the phone number"): "not a Text messages one" would read badly.
 */
const answersOwnWrongLinks: ReadonlySet<PlatformId> = new Set([
  'text-messages',
  'email',
  'websites',
  'search-results',
  'other',
]);

/**
 * Which platform's hosts a pasted link is on, or null when it isn't a safe link or is on none of
 * them. Hosts match exactly or as subdomains, so lookalikes such as "facebook.com.evil.example"
 * belong to no platform.
 */
export function platformOfLink(input: string): PlatformId | null {
  const cleaned = cleanInput(input);
  if (!cleaned.ok) return null;
  const link = parseLink(cleaned.text);
  return link.ok ? platformOfHost(link.url.hostname) : null;
}

/**
 * Recognises what a person pasted as the address of content on the platform they chose. When
 * the platform's recogniser can't use it and it's a link on another platform, says which one.
 */
export function recognise(platformId: PlatformId, input: string): Recognition {
  const result = recognisers[platformId].recognise(input);
  if (result.ok || answersOwnWrongLinks.has(platformId)) return result;
  const owner = platformOfLink(input);
  return owner !== null && owner !== platformId
    ? { ok: false, message: wrongPlatformMessage(owner, platformId) }
    : result;
}
