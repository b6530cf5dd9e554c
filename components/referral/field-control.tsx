'use client';

/**
 * One question of the referral form, rendered from its definition in lib/referral: label or
 * legend, hint, error and input, wired together by the form kit (components/form-kit/field.tsx).
 *
 * The same markup serves both ways of using the form: react-hook-form's register() adds its
 * handlers when JavaScript runs, and the `name`s and default values make a plain HTML form
 * that posts the same values when it doesn't.
 */
import type { ReactNode } from 'react';
import { Field, Fieldset } from '@/components/form-kit/field';
import type { UseFormRegister } from 'react-hook-form';
import type { Answers, FieldId } from '@/lib/referral/definition';
import type { ApproximateDate, FieldDefinition } from '@/lib/referral/fields';

export type Bind = UseFormRegister<Record<string, unknown>>;

/** The element id for a form name: "evidence.0.where" → "evidence-0-where". */
export const idFor = (name: string) => name.replace(/\./g, '-');

/** Whatever the person might save in the browser's autofill could be seen by someone else. */
const noAutofill = { autoComplete: 'off' } as const;

type Props = {
  fieldId: FieldId;
  field: FieldDefinition;
  answers: Answers;
  bind: Bind;
  /** The error for this field, or for one of its parts. */
  error?: string;
  /** When the question is the page's only one, its label is the page heading. */
  isPageHeading: boolean;
  /** The evidence editor, which is too large to live here. */
  renderEvidence: () => ReactNode;
};

export function FieldControl({ fieldId, field, answers, bind, error, isPageHeading, renderEvidence }: Props) {
  const id = idFor(fieldId);
  const value = answers[fieldId];
  const labelText = isPageHeading ? <h1 className="heading-l" tabIndex={-1} data-step-heading="">{field.label}</h1> : field.label;

  switch (field.kind) {
    case 'radios':
    case 'checkboxes': {
      const type = field.kind === 'radios' ? 'radio' : 'checkbox';
      return (
        <Fieldset id={id} legend={labelText} hint={field.hint} error={error}>
          {field.options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${option.value}`;
            const checked = Array.isArray(value) ? (value as string[]).includes(option.value) : value === option.value;
            return (
              <div key={option.value} className={type}>
                <input
                  id={optionId}
                  type={type}
                  value={option.value}
                  defaultChecked={checked}
                  aria-describedby={option.hint ? `${optionId}-hint` : undefined}
                  {...bind(fieldId)}
                />
                <label htmlFor={optionId}>
                  {option.label}
                  {option.hint ? (
                    <span id={`${optionId}-hint`} className="hint hint--option">
                      {option.hint}
                    </span>
                  ) : null}
                </label>
              </div>
            );
          })}
        </Fieldset>
      );
    }
    case 'text':
    case 'textarea': {
      return (
        <Field id={id} label={labelText} hint={field.hint} error={error}>
          {(aria) => {
            const shared = { id, defaultValue: value as string, ...aria, ...noAutofill, ...bind(fieldId) };
            return field.kind === 'textarea' ? (
              <textarea rows={5} {...shared} />
            ) : (
              <input
                type={field.format === 'email' ? 'email' : field.format === 'phone' ? 'tel' : 'text'}
                spellCheck={field.format ? false : undefined}
                {...shared}
              />
            );
          }}
        </Field>
      );
    }
    case 'date': {
      const date = value as ApproximateDate;
      const parts = [
        { part: 'day', label: 'Day', width: 2 },
        { part: 'month', label: 'Month', width: 2 },
        { part: 'year', label: 'Year', width: 4 },
      ] as const;
      return (
        <Fieldset id={id} legend={labelText} hint={field.hint} error={error} role="group">
          <div className="date-input">
            {parts.map(({ part, label, width }) => (
              <div key={part} className="date-input__item">
                <label htmlFor={`${id}-${part}`} className="label">
                  {label}
                </label>
                <input
                  id={`${id}-${part}`}
                  type="text"
                  inputMode="numeric"
                  className={`input--width-${width}`}
                  defaultValue={date[part]}
                  aria-invalid={error ? true : undefined}
                  {...noAutofill}
                  {...bind(`${fieldId}.${part}`)}
                />
              </div>
            ))}
          </div>
        </Fieldset>
      );
    }
    case 'confirm':
      return (
        <Fieldset id={id} legend={labelText} hint={field.hint} error={error}>
          <div className="checkbox">
            <input id={id} type="checkbox" value="yes" defaultChecked={value === true} {...bind(fieldId)} />
            <label htmlFor={id}>{field.confirmLabel}</label>
          </div>
        </Fieldset>
      );
    case 'evidence':
      return renderEvidence();
  }
}
