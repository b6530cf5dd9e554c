'use client';

/**
 * The "Which law applies to me?" form. It posts to a server action and shows what comes back:
 * an error summary, or the answer above the form. Without JavaScript the browser posts the form
 * to the same address and the server renders the page with the action's result, so it works the
 * same way; with JavaScript, React does that without a page load. Either way the answers travel
 * in the body of a POST, never in the address.
 *
 * Every question, option and message comes from lib/law/which-law-form, which the server
 * action validates with too.
 */
import { useActionState, useEffect, useState, useSyncExternalStore } from 'react';
import { ErrorSummary } from '@/components/form-kit/error-summary';
import { Fieldset } from '@/components/form-kit/field';
import { WhichLawAnswer } from '@/components/which-law-answer/which-law-answer';
import {
  dateMessages,
  dateParts,
  initialWhichLawState,
  jurisdictionOf,
  whenOptions,
  whichLawFields,
  type FieldError,
  type WhichLawState,
  type WhichLawValues,
} from '@/lib/law/which-law-questions';

type Props = {
  action: (state: WhichLawState, formData: FormData) => Promise<WhichLawState>;
};

const ANSWER_HEADING_ID = 'which-law-answer';
const noErrors: FieldError[] = [];
/** Nothing to subscribe to: the store only tells the server's render from the browser's. */
const noSubscription = () => () => {};

/** The id of an option's radio: the first takes the field's own id, so error links land on it. */
const optionId = (name: string, index: number, value: string) => (index === 0 ? name : `${name}-${value}`);

export function WhichLawForm({ action }: Props) {
  const [state, formAction, pending] = useActionState(action, initialWhichLawState);

  // After each answer, move focus to the answer's heading, so screen-reader users hear it at
  // once. The error summary takes focus itself.
  useEffect(() => {
    if (state.status === 'answered') document.getElementById(ANSWER_HEADING_ID)?.focus();
  }, [state]);

  const values: WhichLawValues = state.status === 'start' ? {} : state.values;

  // Without JavaScript every place's periods are shown, each labelled with its place. Once the
  // script runs, the form knows the place chosen and shows only its periods.
  const enhanced = useSyncExternalStore(noSubscription, () => true, () => false);
  // The place picked since the last answer, else the one that answer was for.
  const [picked, setPicked] = useState<{ submission: number; nation: string } | null>(null);
  const chosenNation = picked?.submission === state.submission ? picked.nation : values.nation;
  const setChosenNation = (nation: string) => setPicked({ submission: state.submission, nation });
  const chosenPlace = chosenNation ? jurisdictionOf[chosenNation as keyof typeof jurisdictionOf] : null;
  const offered = (jurisdiction: string | undefined) => !enhanced || !jurisdiction || !chosenPlace || jurisdiction === chosenPlace;
  const errors: FieldError[] = state.status === 'invalid' ? state.errors : noErrors;
  const errorFor = (field: string) => errors.find((error) => error.field === field);
  const dateError = errors.find((error) => error.field.startsWith('when-'));

  return (
    <>
      <ErrorSummary errors={errors} />

      {state.status === 'answered' ? (
        <WhichLawAnswer result={state.result} answers={state.answers} headingId={ANSWER_HEADING_ID} />
      ) : null}

      {state.status === 'answered' ? <h2>Change your answers</h2> : null}

      {/* Keyed by submission so the inputs start again from the answers just given. */}
      <form key={state.submission} action={formAction} noValidate>
        {whichLawFields.map((field) => (
          <Fieldset
            key={field.name}
            id={field.name}
            legend={field.legend}
            hint={field.hint}
            error={errorFor(field.name)?.message}
            invalid={field.name === 'when' && dateError !== undefined}
          >
            {field.options.map((option, index) => {
              const id = optionId(field.name, index, option.value);
              return (
                <div key={option.value} hidden={!offered(option.jurisdiction)}>
                  <div className="radio">
                    <input
                      type="radio"
                      id={id}
                      name={field.name}
                      value={option.value}
                      defaultChecked={values[field.name] === option.value}
                      onChange={field.name === 'nation' ? () => setChosenNation(option.value) : undefined}
                      aria-describedby={option.hint ? `${id}-hint` : undefined}
                    />
                    <label htmlFor={id}>
                      {option.label}
                      {option.hint ? (
                        <span id={`${id}-hint`} className="hint hint--option">
                          {option.hint}
                        </span>
                      ) : null}
                    </label>
                  </div>
                  {field.name === 'when' && option.value === whenOptions.date ? (
                    <DateInput values={values} error={dateError} />
                  ) : null}
                </div>
              );
            })}
          </Fieldset>
        ))}
        <button type="submit" className="button" disabled={pending}>
          {state.status === 'answered' ? 'Check again' : 'Show which law applies'}
        </button>
      </form>
    </>
  );
}

/**
 * The day, month and year boxes, under "I know the date". They are always shown, rather than
 * revealed when the option is chosen, so the form needs no script to work.
 */
function DateInput({ values, error }: { values: WhichLawValues; error: FieldError | undefined }) {
  return (
    <Fieldset
      id="when-date"
      legend={dateMessages.legend}
      legendClassName="date-input__legend"
      hint={`${dateMessages.hint}. Leave blank if you chose another answer.`}
      error={error?.message}
      bare
      className="date-input"
    >
      <div className="date-input__items">
        {dateParts.map((part) => (
          <div key={part.name} className={`date-input__item date-input__item--${part.name}`}>
            <label className="label" htmlFor={part.name}>
              {part.label}
            </label>
            <input
              type="text"
              id={part.name}
              name={part.name}
              inputMode="numeric"
              autoComplete="off"
              defaultValue={values[part.name] ?? ''}
              aria-invalid={error?.field === part.name || error?.field === 'when-day' ? true : undefined}
            />
          </div>
        ))}
      </div>
    </Fieldset>
  );
}
