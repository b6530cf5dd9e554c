/**
 * The machine-readable referral, format `referral.v1`: the JSON attached to every referral
 * email so a case-management system can import it without retyping. Answers use the form's
 * option codes (stable) rather than its labels (which may be reworded); evidence links are
 * given as typed (tracking and share parameters included), without tracking parameters beside
 * them, and in their canonical form.
 *
 * Extended additively, three times; each addition is optional, so documents without it stay
 * valid:
 * - each evidence item may carry `reading` (what was entered and what was recognised beside it);
 * - since December 2026, `reading.cleanedLink` (the link without its tracking parameters), and
 *   `reading.entered` is what was entered whole, tracking and share parameters included, as
 *   `where` always was: a share id can tie a link to whoever shared it. A reader that wants the
 *   link without them reads `cleanedLink`;
 * - since 8 December 2026, the answers may carry `whereItHappened` (where it happened, which
 *   decides the law; `nation` stays where they live).
 *
 * The zod schema here is derived from the field definitions, and its JSON Schema is committed
 * beside this file (referral.v1.schema.json); a test fails when the two drift apart. Changing
 * the format means a new version, not an edit to this one.
 *
 * Pure: no Node, database or environment imports.
 */
import '@/lib/platforms/phone-numbers-now';
import { z } from 'zod';
import { platformIds } from '@/lib/platforms/catalogue';
import { fields, type Answers, type FieldId } from '../definition';
import { evidenceItemFields, type FieldDefinition } from '../fields';
import { hints } from '@/lib/platforms/recognisers/results';
import { describeEvidence, type EvidenceDescription } from '../format';
import { triage } from '../triage';

const optionCodes = (options: readonly { value: string }[]) =>
  z.enum(options.map((option) => option.value) as [string, ...string[]]);

const doNotOpen =
  'May open an intimate image: never open it automatically, preview it, or let a link scanner fetch it; copy it as text.';

const readingV1 = z
  .object({
    entered: z
      .string()
      .max(evidenceItemFields.where.maxLength)
      .describe(
        `What the person entered, exactly, tracking and share parameters included (they can tie a link to whoever shared it), less only direction overrides and isolates, zero-width spaces, word joiners and byte order marks. ${doNotOpen}`,
      ),
    isLink: z.boolean().describe(`True when "entered" holds a web address. ${doNotOpen}`),
    cleanedLink: z
      .string()
      .optional()
      .describe(`Added additively: the link in "entered" without its tracking and share parameters (utm_*, fbclid, igsh, share_id…), present only when it had some. A separate copy; "entered" is the evidence. ${doNotOpen}`),
    recognised: z
      .union([
        z.object({
          platform: z.enum(platformIds).describe('The platform the identifier belongs to (may differ from the platform chosen)'),
          kind: z.string().describe('What it points at: post, comment, profile, message, video, story, phone-number, email-address, page, media…'),
          id: z.string().describe('The identifier: a post or comment id, a handle, a phone number in E.164, or as typed when its country is not known'),
          canonicalLink: z.string().describe(`A canonical link for matching and de-duplicating only, "" when there is none. ${doNotOpen}`),
          details: z.array(z.object({ name: z.string(), value: z.string() })).describe('Parts that say exactly what it shows: comment, reply, slide, photo, image…'),
          countryNotKnown: z.boolean().describe('True for a phone number kept as typed because its country could not be told'),
          notInUse: z
            .boolean()
            .optional()
            .describe('Added additively: true for a phone number that does not look like one in use (a drama number, a typo): check it'),
        }),
        z.null(),
      ])
      .describe('What was recognised in "entered", or null when nothing was: the item is kept and sent as entered all the same'),
  })
  .describe('Added to referral.v1 additively: what was entered and, beside it, what was recognised. Optional: documents without it are valid.');

const evidenceItemV1 = z.object({
  platform: z.enum(platformIds),
  where: z.string().max(evidenceItemFields.where.maxLength).describe('As the person typed it'),
  canonicalLink: z.string().describe('The link without tracking parameters, or the normalised identifier; empty when not recognised'),
  kind: z.string().describe('What the identifier points at, e.g. "Instagram post"; empty when not recognised'),
  seenOn: z.union([z.iso.date(), z.literal('')]),
  whatItShows: z.string().max(evidenceItemFields.whatItShows.maxLength),
  reported: z.union([optionCodes(evidenceItemFields.reported.options), z.literal('')]),
  reportReference: z.string().max(evidenceItemFields.reportReference.maxLength),
  screenshotKept: z.union([optionCodes(evidenceItemFields.screenshotKept.options), z.literal('')]),
  reading: readingV1.optional(),
});

function answerV1(field: FieldDefinition): z.ZodType {
  const described = (schema: z.ZodType) => schema.describe(field.label);
  switch (field.kind) {
    case 'radios':
      return described(z.union([optionCodes(field.options), z.literal('')]));
    case 'checkboxes':
      return described(z.array(optionCodes(field.options)));
    case 'text':
    case 'textarea':
      return described(z.string().max(field.maxLength));
    case 'date':
      return described(z.object({ day: z.string(), month: z.string(), year: z.string() }));
    case 'confirm':
      return described(z.boolean());
    case 'evidence':
      return described(z.array(evidenceItemV1).max(field.maxItems));
  }
}

/** Answers the form asked after referral.v1 was first published: optional, so earlier documents stay valid. */
const addedLater: Partial<Record<FieldId, string>> = {
  whereItHappened:
    'Added 8 December 2026, additively: where the sharing or threat happened, or where they saw or received it, which decides which law applies ("unknown": they do not know). Documents made before it have only "nation", which is where they live.',
};

const answerShape = Object.fromEntries(
  (Object.keys(fields) as FieldId[]).map((fieldId) => {
    const note = addedLater[fieldId];
    return [fieldId, note ? answerV1(fields[fieldId]).describe(`${fields[fieldId].label} ${note}`).optional() : answerV1(fields[fieldId])];
  }),
) as Record<FieldId, z.ZodType>;

export const referralV1Schema = z.object({
  format: z.literal('referral.v1'),
  reference: z.string().regex(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/),
  priority: z.enum(['urgent', 'high', 'standard']),
  priorityReasons: z.array(z.string()),
  answers: z.object(answerShape).strict(),
});

export type ReferralV1 = z.infer<typeof referralV1Schema>;

/** The JSON Schema of referral.v1, as committed in referral.v1.schema.json. */
export function referralV1JsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(referralV1Schema, { target: 'draft-2020-12' }),
    title: 'Referral, version 1',
    description:
      'A referral from the "Get help with intimate image abuse" form. Extended additively: evidence items may carry an optional "reading" (what was entered, whole, and what was recognised beside it, with an optional "cleanedLink" without tracking parameters), and the answers an optional "whereItHappened" (where it happened, which decides the law; "nation" is where they live); documents without them are valid. Evidence links may open intimate images: never open them automatically.',
  };
}

/** The referral as a referral.v1 document. */
export function toReferralV1(answers: Answers, reference: string): ReferralV1 {
  const { priority, reasons } = triage(answers);
  return {
    format: 'referral.v1',
    reference,
    priority,
    priorityReasons: reasons,
    answers: {
      ...answers,
      evidence: answers.evidence.map((item) => {
        const described = describeEvidence(item);
        return {
          ...item,
          canonicalLink: described.canonical,
          kind: described.kind,
          ...(item.where === '' ? {} : { reading: readingOf(described) }),
        };
      }),
    },
  };
}

/** What was entered and, beside it, what was recognised: the optional `reading` of an item. */
function readingOf(described: EvidenceDescription): z.infer<typeof readingV1> {
  const recognised = described.recognition;
  return {
    entered: described.where,
    isLink: described.hasLink,
    ...(described.cleanedLink === '' ? {} : { cleanedLink: described.cleanedLink }),
    recognised: recognised && {
      platform: recognised.platform,
      kind: recognised.kind,
      id: recognised.id,
      canonicalLink: recognised.canonicalUrl ?? '',
      details: [...(recognised.details ?? [])],
      countryNotKnown: [hints.countryNotKnown, hints.notInUseNational, hints.shortCode].some((hint) => hint === recognised.hint),
      ...(recognised.hint === hints.notInUse || recognised.hint === hints.notInUseNational ? { notInUse: true } : {}),
    },
  };
}
