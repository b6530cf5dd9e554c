import { describe, expect, it } from 'vitest';
import { fields, steps, type FieldId, type StepDefinition } from './definition';
import type { FieldDefinition } from './fields';
import { formatAnswer, summarise } from './format';
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
