import { describe, expect, it } from 'vitest';
import { whichLawFields } from '@/lib/law/which-law-questions';
import { fields, stepOfField, steps, type FieldId, type StepDefinition } from './definition';
import type { FieldDefinition } from './fields';
import { formatAnswer, summarise } from './format';
import { stepSchema, fieldErrors } from './schema';
import { emptyAnswers } from './wizard';
import { completeAnswers } from '@/testing/test-answers';

const allSteps = steps as readonly StepDefinition[];

describe('the form definition', () => {
  it('asks every field in exactly one step', () => {
    const asked = allSteps.flatMap((step) => step.fields);
    expect(new Set(asked).size).toBe(asked.length);
    expect([...asked].sort()).toEqual(Object.keys(fields).sort());
  });

  it('gives steps unique ids', () => {
    expect(new Set(allSteps.map((step) => step.id)).size).toBe(allSteps.length);
  });

  describe.each(Object.entries(fields) as [FieldId, FieldDefinition][])('%s', (fieldId, field) => {
    it('has a label, a name for messages and, when required, a GOV.UK-style message', () => {
      expect(field.label.length).toBeGreaterThan(3);
      expect(field.name.length).toBeGreaterThan(3);
      if (field.required) expect(field.required).toMatch(/^(Select|Enter|Confirm)\b/);
    });

    it('bounds its length or its choices', () => {
      if (field.kind === 'text' || field.kind === 'textarea') expect(field.maxLength).toBeLessThanOrEqual(2000);
      if (field.kind === 'radios' || field.kind === 'checkboxes') expect(field.options.length).toBeGreaterThan(1);
      if (field.kind === 'evidence') expect(field.maxItems).toBeLessThanOrEqual(50);
    });

    it('has a formatted answer, empty or given', () => {
      expect(formatAnswer(fieldId, emptyAnswers()).join(' ')).not.toBe('');
      const lines = formatAnswer(fieldId, completeAnswers());
      expect(lines.length).toBeGreaterThan(0);
      expect(lines.join(' ')).not.toMatch(/undefined|\[object/);
    });
  });

  it('summarises every applicable answer of a complete referral under its step title', () => {
    const sections = summarise(completeAnswers());
    const titles = sections.map((section) => section.step.title);
    expect(titles).toEqual(['Are you in danger now?', 'How old is the person in the images?', 'About you', 'What happened', 'Who did it', 'Your safety', 'Where it is', 'The police', 'The help you want', 'Contacting you safely', 'Your devices and your needs', 'Sharing your answers']);
    const rows = sections.flatMap((section) => section.rows);
    expect(rows.find((row) => row.fieldId === 'phone')?.lines).toEqual(['+447700900982']);
    expect(rows.find((row) => row.fieldId === 'foundOut')?.lines).toEqual(['March 2025']);
    expect(rows.find((row) => row.fieldId === 'evidence')?.lines).toContain(
      '1. Instagram (Instagram post)',
    );
    // The someone-else step is not in this journey, so its questions are not listed.
    expect(rows.some((row) => row.fieldId === 'helperName')).toBe(false);
  });
});

describe('where it happened, not where she lives', () => {
  const where = fields.whereItHappened;
  const toolQuestion = whichLawFields.find((question) => question.name === 'nation')!;

  it('P4: the form asks where it happened or where she saw it, with "Outside the UK" and "I don’t know"', () => {
    expect(where.label).toBe('Where did it happen?');
    expect(where.hint).toMatch(/^Choose where the sharing, threat or other act happened, or where you saw it or received it\. This is what decides which law applies, not where you live\./);
    expect(where.options.map((option) => option.label)).toEqual(['England', 'Wales', 'Scotland', 'Northern Ireland', 'Outside the UK', 'I don’t know']);
    expect(stepOfField('whereItHappened').id).toBe('what-happened');
  });

  it('item 2: in the which-law tool’s own words and options, so the two cannot drift apart', () => {
    expect(where.label).toBe(toolQuestion.legend);
    // The tool's hint goes on to say "answer for each", which a one-answer question cannot.
    const shared = where.hint.slice(0, where.hint.indexOf(' If it happened in more than one place'));
    expect(toolQuestion.hint?.startsWith(shared)).toBe(true);
    expect(where.options.slice(0, -1)).toEqual(toolQuestion.options);
  });

  it('item 2: an answer is needed, and "I don’t know" is one', () => {
    const check = (values: Record<string, unknown>) => {
      const result = stepSchema(stepOfField('whereItHappened'), emptyAnswers(), new Date('2026-12-08T12:00:00Z')).safeParse(values);
      return result.success ? [] : fieldErrors(result.error).map((error) => error.message);
    };
    expect(check({ whatHappened: ['shared'] })).toEqual(['Select where it happened, or "I don’t know"']);
    expect(check({ whatHappened: ['shared'], whereItHappened: 'unknown' })).toEqual([]);
  });

  it('P4: "Where do you live?" stays, for what depends on it, and no longer says it decides the law', () => {
    expect(fields.nation.label).toBe('Where do you live?');
    expect(fields.nation.hint).not.toMatch(/law/i);
  });
});
