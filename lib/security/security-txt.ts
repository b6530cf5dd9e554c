/**
 * The text of /.well-known/security.txt (RFC 9116): how to tell the organisation running the
 * service about a vulnerability. Pure, so the route and its tests share it.
 */

/** How long a served file stays valid. RFC 9116 advises less than a year. */
const VALID_FOR_DAYS = 180;

export type SecurityTxtInput = {
  /** Contact URI: mailto: or https:. */
  contact: string;
  publicBaseUrl: URL;
  now: Date;
};

/**
 * The file's text. `Expires` is counted from today (at midnight UTC, so the file is the same all
 * day): the contact comes from configuration checked at every start, so the file is only as old
 * as the running configuration, and a service left running with a stale contact still stops
 * being trusted within half a year.
 */
export function securityTxt({ contact, publicBaseUrl, now }: SecurityTxtInput): string {
  const expires = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + VALID_FOR_DAYS));
  const canonical = new URL('/.well-known/security.txt', publicBaseUrl).href;
  return [
    `Contact: ${contact}`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    'Preferred-Languages: en',
    `Canonical: ${canonical}`,
    '',
  ].join('\n');
}
