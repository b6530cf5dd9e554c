'use client';

/**
 * The error summary every form here shows above itself when an answer needs fixing, built once
 * after govuk-frontend's error summary (components/error-summary/error-summary.mjs there). Its
 * accessibility criteria, each with its reason:
 *
 * - It is a list of links to `#<field id>`, rendered on the server, so without JavaScript it still
 *   works: the browser jumps to the field (the no-script form posts, the server renders this).
 * - It takes focus when it is shown, and again whenever it is given a new list of errors (each
 *   submission's answer is a new list; pass that list, not one rebuilt on every render), so a
 *   screen reader reads the problems first and a keyboard user starts from them. `role="alert"`
 *   with the title as its name announces it where focus alone is not announced.
 * - A click on a link moves focus to the field and scrolls the field's label, or its fieldset's
 *   legend, into view: the browser's own jump would put the input at the top of the screen with
 *   the question that names it cut off above. The legend is used for radios and checkboxes, and
 *   for other inputs when the legend and the input fit in the top half of the screen together.
 * - One id scheme: the summary is `#error-summary` and its title `#error-summary-title` (a
 *   section's own summary passes its own `id`); each link points at the field's own id, the
 *   one Field and Fieldset (./field.tsx) give the control, so the link and the control agree.
 *
 * The behaviour runs only where React runs (the App Router's forms); the static guidance pages
 * under pages/ have no forms and never load this.
 */
import { useEffect, useRef, type MouseEvent } from 'react';

/** One problem, about the control whose id is `field`. */
export type SummaryError = { field: string; message: string };

type Props = {
  errors: readonly SummaryError[];
  /** A problem with the whole form rather than one field: listed first, without a link. */
  problem?: string;
  /** A summary inside a section headed h2 titles itself h3. */
  headingLevel?: 2 | 3;
  /** For a summary of one section's form (the PIN offer, the passkey form): its id, and its title's with `-title`. */
  id?: string;
};

export function ErrorSummary({ errors, problem, headingLevel = 2, id = 'error-summary' }: Props) {
  const summary = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0 || Boolean(problem);
  useEffect(() => {
    if (shown) summary.current?.focus();
  }, [shown, errors, problem]);
  if (!shown) return null;
  const Title = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <div id={id} ref={summary} className="error-summary" data-error-summary="" tabIndex={-1} role="alert" aria-labelledby={`${id}-title`}>
      <Title id={`${id}-title`} className="error-summary__title">
        There is a problem
      </Title>
      <ul>
        {problem ? <li>{problem}</li> : null}
        {errors.map((error) => (
          <li key={error.field}>
            <a href={`#${error.field}`} onClick={followLink}>
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A summary link's click: the field's question into view and the field focused, else the browser's jump. */
function followLink(event: MouseEvent<HTMLAnchorElement>) {
  const input = document.getElementById(decodeURIComponent(event.currentTarget.hash.slice(1)));
  const question = input ? questionOf(input, window.innerHeight) : null;
  if (!input || !question) return;
  event.preventDefault();
  question.scrollIntoView();
  input.focus({ preventScroll: true });
}

/** The label or legend that asks for `input`, as govuk-frontend chooses it. */
export function questionOf(input: HTMLElement, viewportHeight: number): HTMLElement | null {
  const legend = input.closest('fieldset')?.querySelector('legend');
  if (legend) {
    // Radios and checkboxes are answers to the legend's question: their own label is one option.
    const type = input.tagName === 'INPUT' ? (input as HTMLInputElement).type : '';
    if (type === 'radio' || type === 'checkbox') return legend;
    // Any other control: the legend only if it and the control fit in the top half of the
    // screen together, so the control is not pushed off it or under an on-screen keyboard.
    const box = input.getBoundingClientRect();
    if (box.height && viewportHeight && box.bottom - legend.getBoundingClientRect().top < viewportHeight / 2) return legend;
  }
  return (input as HTMLInputElement).labels?.[0] ?? null;
}
