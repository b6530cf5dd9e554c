/**
 * The words of a "Which law applies to me?" answer that do not belong to one offence: the
 * headline, the labels of the periods, the caveats when the person in the image was under 18,
 * the helplines and the pages to read next.
 *
 * Pure: no dates are read from the clock and nothing is read from the environment.
 */
import { fact, hedgeFor } from './facts';
import { formatDate, type IsoDate } from './law-dates';
import type { Segment } from './offence-timelines';
import { lawPage, lawPageHref, type LawPageSlug } from './pages';
import type { Finding, Jurisdiction, WhichLawOutcome, WhichLawQuestion } from './which-law-types';
import { helpline, helplinesFor, reportRemove, type Helpline } from '@/lib/urgent-help';

export const placeName: Record<Jurisdiction, string> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

function nextDay(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** "Before <a change>", "<a change> to <the day before the next>", "From <the last change>". */
export function segmentLabel(segment: Segment): string {
  if (segment.from && segment.to) return `${formatDate(segment.from)} to ${formatDate(segment.to)}`;
  if (segment.from) return `From ${formatDate(segment.from)}`;
  if (segment.to) return `Before ${formatDate(nextDay(segment.to))}`;
  return 'At any time';
}

export function readMoreFor(slugs: LawPageSlug[]) {
  return [...new Set(slugs)].map((slug) => ({ slug, href: lawPageHref(slug), title: lawPage(slug).title }));
}
export function headlineFor(outcome: WhichLawOutcome, jurisdiction: Jurisdiction, findings: readonly Finding[]): string {
  const place = placeName[jurisdiction];
  const periods = new Set(findings.map((finding) => finding.period.label));
  switch (outcome) {
    case 'offence': {
      // A crime that needs a purpose the form does not ask about (voyeurism) is never a plain yes.
      const conditional = findings.filter((finding) => finding.condition);
      if (conditional.length > 0 && findings.length === 1) {
        return `Possibly. In ${place}, a specific crime covered this if ${conditional[0]!.condition}. Read the notes below.`;
      }
      if (conditional.length > 0) {
        return `Possibly. In ${place}, a specific crime may have covered this, depending on exactly when it happened and why they did it. Read each part below.`;
      }
      if (findings.some((finding) => finding.startNotConfirmed)) {
        return `Probably. In ${place}, a specific crime appears to cover this, but we have not confirmed the date it started. Read the notes below.`;
      }
      return periods.size === 1
        ? `Yes. In ${place}, this was covered by a specific crime at the time.`
        : `Yes. In ${place}, this was covered by a specific crime at the time, but which one depends on exactly when it happened.`;
    }
    case 'not-covered':
    case 'no-specific-offence':
      return `In ${place}, the law on intimate images did not cover this at the time. Other crimes may still have applied.`;
    case 'not-confirmed':
      return `In ${place}, we cannot say for certain which law covered this. Please ask for advice.`;
    default:
      return periods.size === 1
        ? `In ${place}, the answer is different for each thing that happened.`
        : `In ${place}, the answer depends on exactly when it happened.`;
  }
}

export const UNDER_18_HEADLINE =
  'The person in the image was under 18, so the laws on indecent images of children apply as well as the laws on intimate images below. Both are serious crimes.';

/** What is true whenever the person in the image was under 18, wherever in the UK. */
export function under18Caveats(jurisdiction: Jurisdiction | null): string[] {
  return [
    jurisdiction === 'england-and-wales'
      ? 'Taking, making, sharing or showing an indecent image of anyone under 18 is a crime under the Protection of Children Act 1978, and so is having one. This applies as well as the laws on intimate images, not instead of them.'
      : 'Indecent images of anyone under 18 are covered by their own, more serious laws, as well as by the laws on intimate images. Scotland and Northern Ireland have their own laws on this.',
    `${reportRemove.forUnder18sNow} ${reportRemove.ifAdultNow}`,
    'Do not send the image to anyone, even to get help. An adult helping must never look at, save, copy or forward it: keeping one can itself be a crime.',
  ];
}

/**
 * When the person who did it is abroad (the Revenge Porn Helpline's "ask an officer" page):
 * police here can only take a case to court when the offence was committed here, but they still
 * advise and safeguard, and removal does not depend on where the person is.
 */
export const OFFENDER_ABROAD_CAVEAT =
  'If the person who did it is in another country, report it anyway. The police can still advise you and help keep you safe, and may work with police abroad, although a prosecution may not be possible. The ways to get the image taken down work wherever they are.';

/** Getting the image taken down, which every answer offers, with the page that explains it. */
export const removalAdvice = {
  text: `To get it taken down: if you were 18 or over in the image, StopNCII.org can help stop it being shared on the sites that work with it, and you can use it as soon as someone threatens to share it. From ${fact('crimeAndPolicingActFirstChanges')}, you can also make an “intimate image content report” to a site: it must then have systems to take the image down as soon as reasonably practicable, and no later than ${fact('takedownDeadline')}, unless it decides the image is not an intimate image or that you are not the person in it (or acting for them). ${hedgeFor('crimeAndPolicingActFirstChanges')}`,
  href: lawPageHref('civil-routes-and-removal'),
  linkText: lawPage('civil-routes-and-removal').title,
} as const;

export const REPEATED_CAVEAT =
  'Each time it happened is judged by the law on the day it happened. If it happened both before and after a change in the law, the answer below gives each part, and more than one law may apply.';

/** The helplines an answer shows: for that nation (every nation's if unknown), and Childline where a child may be involved. */
export function helplinesForAnswer(question: WhichLawQuestion): Helpline[] {
  const wanted = new Set(['revenge-porn-helpline', ...(question.under18 === 'no' ? [] : ['childline'])]);
  const forNation = helplinesFor(question.nation).filter(
    (entry) => entry.id.startsWith('domestic-abuse') || wanted.has(entry.id),
  );
  return question.under18 === 'yes' ? [helpline('childline'), ...forNation.filter((e) => e.id !== 'childline')] : forNation;
}
