/**
 * The largest request body the service accepts, in one place for the proxy (which refuses a
 * declared Content-Length above it before anything is parsed) and next.config.js (which gives
 * server actions the same limit for bodies sent without a length). A unit test keeps the two
 * equal, because next.config.js is CommonJS and cannot import this module.
 *
 * Why 512 KiB: the referral form's worst case is about 40 text fields of up to 2,000 characters
 * and 20 evidence items of 6 fields of up to 500 characters: 140,000 characters. Length limits
 * count UTF-16 code units, and one code unit takes at most 3 bytes in UTF-8, so a form filled to
 * every limit in, say, Arabic or Welsh with accents is about 420 KB, plus some multipart framing.
 * Refusing a real person's referral is the worst failure this service can have, so the limit
 * sits above that worst case, and still far below anything that would let a client tie up the
 * server's memory (GlobaLeaks caps every body at 1 MB).
 */

/** The limit in bytes. */
export const MAX_BODY_BYTES = 512 * 1024;

/** The same limit written the way Next.js's `bodySizeLimit` option reads it. */
export const NEXT_BODY_SIZE_LIMIT = '512kb';

/** The limit in words, for the page that refuses a larger body. */
export const MAX_BODY_DESCRIPTION = '512 KB';

/**
 * Whether a request declares a body larger than the limit. A missing or unreadable
 * Content-Length is not judged here: Next.js's own limit catches a body sent in chunks.
 */
export function declaresOversizedBody(contentLength: string | null): boolean {
  if (contentLength === null || !/^\s*\d+\s*$/.test(contentLength)) return false;
  return Number(contentLength) > MAX_BODY_BYTES;
}
