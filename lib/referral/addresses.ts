/**
 * Where the referral form lives. Two addresses, so that the first page costs a phone nothing:
 *
 * - the start page, which explains the form and is what every link to the form opens. It is a
 *   static file with no framework JavaScript (pages/report.tsx), like the guidance pages;
 * - the form itself, from its first question to the confirmation, at one address that never
 *   changes while it is filled in (the wizard, app/report/questions/). Its JavaScript loads
 *   only when "Start now" opens it.
 *
 * Pure: the proxy, the pages and the bench read it.
 */

/** The form's start page: link here to offer the form. */
export const referralStartPath = '/report';

/** The form, from its first question to the confirmation. "Start now" is a link to it. */
export const referralFormPath = '/report/questions';
