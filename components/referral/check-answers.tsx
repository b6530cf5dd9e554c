/**
 * Check your answers: every answer of this person's journey, in order, with a Change button
 * for each step. The rows come from the same formatter as the referral email, so what the
 * person checks is what the support service reads.
 *
 * Change is a submit button rather than a link: the answers live only in the page, so going
 * back to a step must carry them, and a link could only do that through the address.
 */
import { usePhoneNumbers } from '@/components/phone-numbers/use-phone-numbers';
import type { Answers } from '@/lib/referral/definition';
import { summarise } from '@/lib/referral/format';
import { intentValue } from '@/lib/referral/wizard';

export function CheckAnswers({ answers }: { answers: Answers }) {
  // Phone numbers in the evidence are recognised with a library loaded on first use.
  usePhoneNumbers();
  return (
    <>
      {summarise(answers).map(({ step, rows }) => (
        <section key={step.id} aria-labelledby={`check-${step.id}`}>
          <h2 id={`check-${step.id}`} className="heading-m">
            {step.title}
          </h2>
          <dl className="summary-list">
            {rows.map((row) => (
              <div key={row.fieldId} className="summary-list__row summary-list__row--actions">
                <dt>{row.label}</dt>
                <dd>
                  {row.lines.map((line, index) => (
                    <span key={index} className="summary-list__line">
                      {line}
                    </span>
                  ))}
                  {row.notes?.map((note, index) => (
                    <span key={`note-${index}`} className="summary-list__line hint">
                      {note}
                    </span>
                  ))}
                </dd>
                <dd className="summary-list__actions">
                  <button type="submit" name="intent" value={intentValue.change(step.id as never)} className="link-button">
                    Change<span className="visually-hidden"> {row.label.toLowerCase()}</span>
                  </button>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
