/**
 * The parts of the UK (and "outside the UK") that the service tells apart: the law differs
 * between them, and a referral can be routed by them. Defined once for the referral form, the
 * "which law applies to me?" explainer and delivery's routing.
 *
 * Pure: no Node, database or environment imports.
 */

export const nations = ['england', 'wales', 'scotland', 'northern-ireland', 'elsewhere'] as const;

export type Nation = (typeof nations)[number];

export const nationLabels: Record<Nation, string> = {
  england: 'England',
  wales: 'Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
  elsewhere: 'Outside the UK',
};

/** The nations as radio options, in the order the questions list them. */
export const nationOptions = nations.map((value) => ({ value, label: nationLabels[value] }));
