/**
 * The question "Which law applies to me?" asks and the answer it gives, as types: shared by the
 * reasoning (which-law.ts), the offences each jurisdiction had (offences-*.ts), the wording of the
 * answer and the pages that show it.
 */
import type { LawPageSlug } from './pages';
import type { LawSource } from './sources';
import type { IsoDate } from './law-dates';
import type { Nation } from '@/lib/nations';
import type { Helpline } from '@/lib/urgent-help';

/**
 * The periods a person can choose instead of a date: each lies between two changes in the law
 * of one part of the UK, so the choices follow the place (which-law-questions.ts labels them).
 */
export type PeriodKind =
  | 'before-april-2015'
  | 'april-2015-to-january-2024'
  | 'since-31-january-2024'
  | 'scotland-before-july-2017'
  | 'scotland-since-july-2017'
  | 'ni-before-may-2016'
  | 'ni-may-2016-to-november-2023'
  | 'ni-since-november-2023';

/** When it happened: an exact date, one of the periods the law changed between, or not sure. */
export type WhenAnswer = { kind: 'date'; date: IsoDate } | { kind: PeriodKind } | { kind: 'not-sure' };

/** What happened: 'both' is sharing and threatening to share. */
export type WhatHappened = 'shared' | 'threatened' | 'both' | 'taken' | 'created';
/**
 * Whether the image is real: a real image that was edited (cropped, filtered, captioned) is
 * told apart from a fake, because the 2015 law treated them differently (s.35(4) and (5)).
 */
export type ImageKind = 'real' | 'real-edited' | 'fake' | 'not-sure';
export type YesNoNotSure = 'yes' | 'no' | 'not-sure';

export type WhichLawQuestion = {
  nation: Nation;
  when: WhenAnswer;
  what: WhatHappened;
  image: ImageKind;
  /** Whether the person in the image was under 18 when it was taken. */
  under18: YesNoNotSure;
};

/** The Acts whose offences the answer names. */
export type Statute =
  | 'criminal-justice-and-courts-act-2015'
  | 'sexual-offences-act-2003'
  | 'abusive-behaviour-and-sexual-harm-scotland-act-2016'
  | 'justice-act-northern-ireland-2016';

/** Which Act, and which of its sections, an offence is: what the answer's pages and sources follow. */
export type Citation = { statute: Statute; sections: readonly string[] };

/** One act the law treats separately. */
export type Act = 'shared' | 'threatened' | 'taken' | 'created';

export type FindingStatus =
  /** A specific offence covered this. */
  | 'offence'
  /** A specific offence existed, but it did not cover this (a threat before 2021, say). */
  | 'not-covered'
  /** There was no specific offence of this kind yet. Other crimes may still apply. */
  | 'no-specific-offence'
  /** Our sources cannot confirm the answer, so we do not give one. */
  | 'not-confirmed';

/** A maximum sentence, with the hedge a reader must see when it is not verified. */
export type Penalty = { text: string; hedge: string };

/** What the law said about one act during one stretch of time. */
export type Finding = {
  act: Act;
  /** The stretch of time this finding covers, inclusive; null means open-ended. */
  period: { from: IsoDate | null; to: IsoDate | null; label: string };
  status: FindingStatus;
  /** The offence that applied (or existed but did not cover this), when there was one. */
  offence: { name: string; law: string; citation: Citation } | null;
  /**
   * What else must be true for the offence to apply, when the answers given cannot tell (the
   * purpose behind voyeurism, say): the answer then says "if", never a plain yes.
   */
  condition?: string;
  /** What the prosecution had to prove, in plain words. Empty when no offence applied. */
  required: readonly string[];
  /** The maximum sentence, where a source states it; otherwise null. */
  maximumPenalty: Penalty | null;
  /** Limits, hedges and things worth knowing about this finding. */
  notes: readonly string[];
  /**
   * The finding rests on a date we have not verified (the start of the fake-image offences), so
   * the answer may say the crime appears to apply, never a plain yes.
   */
  startNotConfirmed?: true;
};

export type Jurisdiction = 'england-and-wales' | 'scotland' | 'northern-ireland';

export type WhichLawOutcome =
  | 'offence'
  | 'not-covered'
  | 'no-specific-offence'
  | 'not-confirmed'
  /** The findings differ by period or by act: read each one. */
  | 'mixed'
  /** The person in the image was under 18: the child-image laws apply as well as the findings. */
  | 'under-18'
  | 'outside-uk';

export type WhichLawResult = {
  outcome: WhichLawOutcome;
  jurisdiction: Jurisdiction | null;
  /** One plain sentence that answers the question. */
  headline: string;
  /** One per act and period. Empty for outside-UK answers. */
  findings: readonly Finding[];
  /** Things that apply to the whole answer. */
  caveats: readonly string[];
  /** Who to call: the domestic abuse helpline for the nation (all of them if unknown), and Childline where a child may be involved. */
  helplines: readonly Helpline[];
  /** The guidance pages to read next, most relevant first. */
  readMore: readonly { slug: LawPageSlug; href: string; title: string }[];
  /** Getting the image taken down: what the law and the services offer, and the page that explains it. */
  removal: { text: string; href: string; linkText: string } | null;
  /** The sources for this answer only: the offences it names, their dates, and its advice. */
  sources: readonly LawSource[];
};
