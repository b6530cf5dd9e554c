/**
 * The machine-readable referral, format `referral.v1`: the JSON attached to every referral
 * email so a case-management system can import it without retyping. Answers use the form's
 * option codes (stable) rather than its labels (which may be reworded); evidence links are
 * given both as typed and in their canonical form.
 *
 * The zod schema here is derived from the field definitions, and its JSON Schema is committed
 * beside this file (referral.v1.schema.json); a test fails when the two drift apart. Changing
 * the format means a new version, not an edit to this one.
 *
 * Pure: no Node, database or environment imports.
 */
import { z } from 'zod';
import { platformIds } from '@/lib/platforms/catalogue';
import { fields, type Answers, type FieldId } from '../definition';
import { evidenceItemFields, type FieldDefinition } from '../fields';
import { describeEvidence } from '../format';
import { triage } from '../triage';

const optionCodes = (options: readonly { value: string }[]) =>
  z.enum(options.map((option) => option.value) as [string, ...string[]]);

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

const answerShape = Object.fromEntries(
  (Object.keys(fields) as FieldId[]).map((fieldId) => [fieldId, answerV1(fields[fieldId])]),
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
          canonicalLink: described.kind ? described.where : '',
          kind: described.kind,
        };
      }),
    },
  };
}
