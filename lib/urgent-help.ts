/**
 * The numbers a person may need right now, defined once so the footer, the home page, the law
 * pages, the which-law answer, the referral form and the proxy's refusal pages all say the same
 * thing.
 *
 * Each entry carries the page it was checked against and how sure we are (the same three grades
 * as the legal facts in lib/law/facts.ts). Opening hours are given only where that page states
 * them. Domestic abuse helplines differ by nation: `helplinesFor` picks the one for a known
 * nation, and the full list shows every one of them when the nation is not known.
 */
import type { Nation } from '@/lib/nations';

/** How sure we are of a number: seen on the service's own or an official page, or only in a copy or report. */
export type HelplineStatus = 'verified' | 'reported';

export type HelplineId =
  | 'emergency'
  | 'non-emergency'
  | 'revenge-porn-helpline'
  | 'domestic-abuse-england'
  | 'domestic-abuse-wales'
  | 'domestic-abuse-scotland'
  | 'domestic-abuse-northern-ireland'
  | 'childline';

export type Helpline = {
  id: HelplineId;
  name: string;
  /** The number as a person would read and dial it. */
  number: string;
  /** When to call, in plain words, including who it is for. */
  when: string;
  /** The nations it serves, where it serves only some; absent means the whole UK. */
  nations?: readonly Exclude<Nation, 'elsewhere'>[];
  source: string;
  status: HelplineStatus;
  /** What the source said, and when we read it, so the next review can check it again. */
  seen: string;
  /**
   * Opening hours, where the line is not open all day and its own page says when it is, with
   * that page and what it said. Every place that shows the number shows these with it.
   */
  hours?: { text: string; source: string; seen: string };
};

const DOMESTIC_ABUSE_WHEN = 'if a partner, ex-partner or family member is hurting or controlling you.';

export const helplines: readonly Helpline[] = [
  {
    id: 'emergency',
    name: 'Police',
    number: '999',
    when:
      'If you are in danger now. If you cannot speak on a mobile, stay on the line and press 55 ' +
      'when you are asked to.',
    source:
      'https://www.avonandsomerset-pcc.gov.uk/News-and-Events/News-Archive/2019/April/Avon-and-Somerset-Police-statement-over-IOPCs-%27Make-Yourself-Heard%27-campaign-to-raise-awareness-of-silent-999-system.aspx',
    status: 'verified',
    seen: 'Police and crime commissioner, April 2019: the IOPC "Make Yourself Heard" campaign on pressing 55.',
  },
  {
    id: 'non-emergency',
    name: 'Police non-emergency',
    number: '101',
    when: 'To report a crime that is not an emergency.',
    source: 'https://revengepornhelpline.org.uk/faq/',
    status: 'verified',
    seen: 'Revenge Porn Helpline FAQ: police can be reached on 101.',
  },
  {
    id: 'revenge-porn-helpline',
    name: 'Revenge Porn Helpline',
    number: '0345 6000 459',
    when: 'Advice for adults in the UK whose intimate images were shared or threatened.',
    source: 'https://revengepornhelpline.org.uk/faq/',
    status: 'verified',
    seen: 'The helpline’s own FAQ page gives 0345 6000 459.',
    hours: {
      text: 'Monday to Friday, 10am to 4pm, not on bank holidays',
      source: 'https://revengepornhelpline.org.uk/help-and-advice/',
      seen: 'The helpline’s own help and advice page: open 10:00 to 16:00, Monday to Friday, excluding bank holidays (legal review of December 2026, row H10).',
    },
  },
  {
    id: 'domestic-abuse-england',
    name: 'National Domestic Abuse Helpline (England)',
    number: '0808 2000 247',
    when: `Free, 24 hours, in England, ${DOMESTIC_ABUSE_WHEN}`,
    nations: ['england'],
    source: 'https://refuge.org.uk/news/refuge-responds-to-reports-of-potential-increase-in-domestic-abuse-during-covid-19',
    status: 'verified',
    seen: 'Refuge: the National Domestic Abuse Helpline, 0808 2000 247, "24 hours a day, 7 days a week", free.',
  },
  {
    id: 'domestic-abuse-wales',
    name: 'Live Fear Free Helpline (Wales)',
    number: '0808 80 10 800',
    when: `Free, 24 hours, in Wales, ${DOMESTIC_ABUSE_WHEN}`,
    nations: ['wales'],
    source: 'https://www.gov.wales/live-fear-free/sexual-violence',
    status: 'verified',
    seen: 'Welsh Government: Live Fear Free, call 0808 80 10 800, available 24 hours a day, 7 days a week.',
  },
  {
    id: 'domestic-abuse-scotland',
    name: 'Domestic Abuse and Forced Marriage Helpline (Scotland)',
    number: '0800 027 1234',
    when: `Free, 24 hours, in Scotland, ${DOMESTIC_ABUSE_WHEN}`,
    nations: ['scotland'],
    source: 'https://safer.scot/information/da/report/',
    status: 'verified',
    seen: 'safer.scot (Scottish Government): the 24-hour Domestic Abuse and Forced Marriage Helpline, 0800 027 1234.',
  },
  {
    id: 'domestic-abuse-northern-ireland',
    name: 'Domestic and Sexual Abuse Helpline (Northern Ireland)',
    number: '0808 802 1414',
    when: `Free, 24 hours, in Northern Ireland, ${DOMESTIC_ABUSE_WHEN}`,
    nations: ['northern-ireland'],
    source: 'https://www.psni.police.uk/news/campaigns/domestic-abuse/',
    status: 'verified',
    seen: 'PSNI: a 24-hour Domestic and Sexual Violence Helpline on 0808 802 1414 (also given by the Southern Health and Social Care Trust).',
  },
  {
    id: 'childline',
    name: 'Childline',
    number: '0800 1111',
    when: 'Free and confidential, 24 hours, for anyone under 19.',
    source: 'https://learning.nspcc.org.uk/services/childline',
    status: 'reported',
    seen:
      'NSPCC Learning: Childline is its free, confidential, 24-hour service for under-19s. The number itself we saw only in Childline’s own words reproduced elsewhere (a Childline column in the Sunderland Echo, 28 August 2022).',
  },
];

/**
 * Report Remove (Childline and the Internet Watch Foundation) checks a person's age when they
 * use it, not the age in the image, so adults whose childhood images circulate need another
 * route. Said once here for the law pages, the which-law answer and the platform guides.
 */
export const reportRemove = {
  name: 'Report Remove',
  url: 'https://www.iwf.org.uk/what-we-do/why-we-exist/report-remove',
  forUnder18sNow:
    'If you are under 18 now, Report Remove, from Childline and the Internet Watch Foundation, can help get a nude image or video of you taken down.',
  ifAdultNow:
    'If you are 18 or over now but were under 18 in the image, Report Remove is not for you: report it to the Internet Watch Foundation, or use Take It Down.',
  source: 'https://www.childline.org.uk/info-advice/bullying-abuse-safety/online-mobile-safety/report-remove-down/',
  status: 'verified' satisfies HelplineStatus,
  seen: 'IWF: users must prove "they are younger than 18"; Childline: Yoti confirms whether you are "younger or older than 18" (legal review of 28 November 2026, row C3).',
} as const;

/** One helpline by id. Ids are a closed union, so a missing entry is a programming error. */
export function helpline(id: HelplineId): Helpline {
  const entry = helplines.find((candidate) => candidate.id === id);
  if (!entry) throw new Error(`No helpline has the id "${id}"`);
  return entry;
}

/**
 * The helplines for a person in one nation: the UK-wide ones and that nation's own. With no
 * nation, or outside the UK, every helpline, so nobody is shown only another nation's number.
 */
export function helplinesFor(nation?: Nation | null): readonly Helpline[] {
  if (!nation || nation === 'elsewhere') return helplines;
  return helplines.filter((entry) => !entry.nations || entry.nations.includes(nation));
}

/** The `tel:` address for a number written with spaces, for a link a phone can dial. */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}
