/**
 * One row of the evidence log and how it reads as plain text, for the download. Kept apart
 * from the component so the text format is one function, tested without a browser.
 */
import { platformNames, type PlatformId } from '@/lib/platforms/catalogue';
import { cleanedLinkLabel } from '@/lib/platforms/recognise';

/** A date and time from a date-time field, as the log shows it, or "Not given". */
export const shownTime = (value: string): string => (value ? new Date(value).toLocaleString('en-GB') : 'Not given');

export type EvidenceLogEntry = {
  id: number;
  /** The registry id. The name shown is looked up from it, so a renamed platform stays right. */
  platformId: PlatformId;
  /** What the person entered, exactly, tracking and share parameters included: never our guess at it. */
  where: string;
  /**
   * The link in it without tracking or share parameters, when it had some: a separate copy, shown
   * under its own label; absent otherwise. Worked out again each time the log is shown.
   */
  cleanedLink?: string;
  /**
   * What was recognised in it, in words, beside it ("Facebook post 123, comment 456"), or "".
   * Worked out again each time the log is shown (L9), so a number read before the phone library
   * had loaded is read again once it has.
   */
  recognised: string;
  /** Notes about it for the person ("This is a share link…"); none of them stopped it being kept. */
  notes: readonly string[];
  /** The platform its link looks like it is on, when that is not the one chosen: a suggestion. */
  suggestedPlatform?: PlatformId;
  seenAt: string;
  whatItShows: string;
  reported: 'yes' | 'no' | 'not-sure';
  reportReference: string;
  screenshotKept: boolean;
  /** When she captured it (a screenshot, a saved message), as the browser's date-time field gives it, or "" (L18). */
  capturedAt: string;
  /** SHA-256 of a screenshot, in hex, computed on the device. */
  fingerprint?: { fileName: string; sha256: string };
};

export const reportedLabels: Record<EvidenceLogEntry['reported'], string> = {
  yes: 'Yes',
  no: 'No',
  'not-sure': 'Not sure',
};

/**
 * The name people know the platform by, from the catalogue the registry takes its names from.
 * (The catalogue, not the registry itself, so the page does not ship every guide to the browser.)
 */
export function platformNameOf(entry: Pick<EvidenceLogEntry, 'platformId'>): string {
  return platformNames[entry.platformId];
}

/**
 * The name the downloaded log is saved under. It shows in Downloads and in the browser's list
 * of downloads, where someone checking the device could see it, so it says nothing about what
 * the file is (security review L12).
 */
export function downloadFileName(madeAt: Date): string {
  return `notes-${madeAt.toISOString().slice(0, 10)}.txt`;
}

/** What the person is told next to the download button: where the file goes and how to remove it. */
export const downloadAdvice = [
  'The file is saved as notes- followed by today\u2019s date, in your Downloads folder, and it appears in your browser\u2019s list of downloads.',
  'To remove it later, delete it from Downloads, empty the bin or recycle bin, and remove it from the browser\u2019s list of downloads. If someone checks your device, printing may be safer.',
] as const;

/** The whole log as a plain-text record a person can keep, print or show the police. */
export function logAsText(entries: readonly EvidenceLogEntry[], madeAt: Date): string {
  const lines = [`Evidence log, made ${madeAt.toLocaleString('en-GB')}`, ''];
  entries.forEach((entry, index) => {
    lines.push(
      `${index + 1}. ${platformNameOf(entry)}`,
      `   Where, as entered: ${entry.where || 'Not given'}`,
      ...(entry.cleanedLink ? [`   ${cleanedLinkLabel}: ${entry.cleanedLink}`] : []),
      ...(entry.recognised ? [`   Recognised: ${entry.recognised}`] : []),
      `   Seen: ${shownTime(entry.seenAt)}`,
      `   What it shows: ${entry.whatItShows || 'Not given'}`,
      `   Reported to the platform: ${reportedLabels[entry.reported]}${entry.reportReference ? ` (reference ${entry.reportReference})` : ''}`,
      `   Screenshot kept: ${entry.screenshotKept ? 'Yes' : 'No'}`,
      `   Captured on: ${shownTime(entry.capturedAt)}`,
    );
    if (entry.fingerprint) {
      lines.push(`   Screenshot fingerprint (SHA-256) of ${entry.fingerprint.fileName}: ${entry.fingerprint.sha256}`);
    }
    lines.push('');
  });
  return lines.join('\n');
}
