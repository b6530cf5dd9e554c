/**
 * The dates on which the law changed, and how a date is written on the site. Kept apart from
 * the which-law rules (and their page registry, checked with zod when it loads) so the
 * explainer's form can word its options in the browser without shipping either.
 *
 * Pure: no clock, no environment.
 */

/** A calendar date, YYYY-MM-DD. */
export type IsoDate = string;

// The dates the law changed. Each is the first day of the new rule.
/** CJCA 2015 s.33 in force (England and Wales). */
export const EW_2015_OFFENCE_STARTS = '2015-04-13';
/** Domestic Abuse Act 2021 added threats to s.33. */
export const EW_THREATS_COVERED_FROM = '2021-06-29';
/** SOA 2003 s.66B replaced s.33. */
export const EW_2024_OFFENCES_START = '2024-01-31';
/** Abusive Behaviour and Sexual Harm (Scotland) Act 2016 s.2 in force. */
export const SCOTLAND_OFFENCE_STARTS = '2017-07-03';
/** Justice Act (NI) 2016 received Royal Assent: s.51 cannot have applied before this. */
export const NI_ACT_PASSED = '2016-05-12';
/**
 * The start of the first year (2016/17 ends 31 March 2017) in which PSNI recorded s.51 offences
 * is not known, so this is the first day we know for certain s.51 was in force.
 */
export const NI_OFFENCE_CERTAINLY_IN_FORCE = '2017-04-01';
/** The Justice (Sexual Offences and Trafficking Victims) Act (NI) 2022 received Royal Assent. */
export const NI_THREATS_ACT_PASSED = '2022-04-27';
/** The date of the official copy of s.51 that we have seen covering threats. */
export const NI_THREATS_CERTAINLY_COVERED = '2023-11-27';
/** The Sexual Offences Act 2003 in force: voyeurism (s.67) from here. */
export const SOA_2003_IN_FORCE = '2004-05-01';
/** The Voyeurism (Offences) Act 2019 in force: upskirting (s.67A). */
export const UPSKIRTING_IN_FORCE = '2019-04-12';
/**
 * The Data (Use and Access) Act 2025 received Royal Assent: the offences of creating a fake
 * intimate image (ss.66E, 66F) did not exist before this day, and s.138 was not in force on it.
 */
export const DEEPFAKE_ACT_PASSED = '2025-06-19';
/** Data (Use and Access) Act 2025 s.138 (ss.66E, 66F): the reported start, not yet seen in an official order. */
export const DEEPFAKE_OFFENCES_REPORTED_START = '2026-02-06';
/** The Crime and Policing Act 2026 received Royal Assent. */
export const CRIME_AND_POLICING_ACT_PASSED = '2026-04-29';
/**
 * The taking offences (SOA 2003 s.66AB and the rest) and the platforms' 48-hour removal duty
 * (Online Safety Act 2023 s.10(3A), s.20A), reported to be in force from this day by S.I. 2026/689.
 */
export const CRIME_AND_POLICING_ACT_FIRST_CHANGES = '2026-06-29';

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "13 April 2015", for a YYYY-MM-DD date. */
export function formatDate(date: IsoDate): string {
  return longDate.format(new Date(`${date}T00:00:00Z`));
}

/** The day before a YYYY-MM-DD date, in UTC: the last day of the rule a change replaced. */
export function dayBefore(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
