/**
 * Which platforms the site covers, in the order it lists them, and the name of each. The one
 * place a platform's id and name are written; everything else in lib/platforms builds on it.
 */

export const platformNames = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  threads: 'Threads',
  whatsapp: 'WhatsApp',
  'text-messages': 'Text messages',
  snapchat: 'Snapchat',
  x: 'X (Twitter)',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  discord: 'Discord',
  telegram: 'Telegram',
  reddit: 'Reddit',
  'dating-apps': 'Dating apps',
  email: 'Email',
  apple: 'iCloud and Apple accounts',
  // Before search results: Google's file and photo hosts are subdomains of google.com, and the
  // first platform whose hosts match a link owns it (recognisers/hosts.ts, platformOfHost).
  'google-drive-photos': 'Google Drive and Photos',
  microsoft: 'Microsoft',
  websites: 'Websites',
  'search-results': 'Search results',
  onlyfans: 'OnlyFans',
  other: 'Other',
} as const;

export type PlatformId = keyof typeof platformNames;

/** Every platform id, in the order the site lists them. */
export const platformIds = Object.keys(platformNames) as PlatformId[];
