/**
 * Which platforms the site covers, in the order it lists them, and the name of each. The one
 * place a platform's id and name are written; everything else in lib/platforms builds on it.
 */

export const platformNames = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  whatsapp: 'WhatsApp',
  'text-messages': 'Text messages',
  snapchat: 'Snapchat',
  x: 'X (Twitter)',
  tiktok: 'TikTok',
  telegram: 'Telegram',
  reddit: 'Reddit',
  email: 'Email',
  websites: 'Websites',
  'search-results': 'Search results',
  onlyfans: 'OnlyFans',
  other: 'Other',
} as const;

export type PlatformId = keyof typeof platformNames;

/** Every platform id, in the order the site lists them. */
export const platformIds = Object.keys(platformNames) as PlatformId[];
