'use server';

import { describeAnswers, parseWhichLawForm, valuesFromFormData, type WhichLawState } from '@/lib/law/which-law-form';
import { whichLaw } from '@/lib/law/which-law';

/**
 * Answers "Which law applies to me?" from a posted form. Nothing is logged or stored: the
 * answers live only in this request and in the page sent back.
 */
export async function checkWhichLaw(previous: WhichLawState, formData: FormData): Promise<WhichLawState> {
  const values = valuesFromFormData(formData);
  // The previous state comes back from the browser (React keeps it in the form so the page works
  // without JavaScript), so only its counter is used, and only if it is a sane number.
  const submission = (Number.isSafeInteger(previous?.submission) ? previous.submission : 0) + 1;
  // Calendar dates in UTC, like every date the law pages compare.
  const today = new Date().toISOString().slice(0, 10);
  const parsed = parseWhichLawForm(values, today);
  if (!parsed.ok) return { status: 'invalid', submission, values, errors: parsed.errors };
  return {
    status: 'answered',
    submission,
    values,
    answers: describeAnswers(values),
    result: whichLaw(parsed.question),
  };
}
