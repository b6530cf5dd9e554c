import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ErrorSummary, questionOf } from './error-summary';
import { Field, Fieldset } from './field';

/** The markup as the server sends it, which is all a browser without JavaScript ever has. */
const html = (element: React.ReactElement) => renderToStaticMarkup(element);

describe('ErrorSummary', () => {
  it('renders nothing when there is no problem', () => {
    expect(html(<ErrorSummary errors={[]} />)).toBe('');
  });

  it('links each message to its field id, titled and announced, and can take focus', () => {
    const markup = html(
      <ErrorSummary
        errors={[
          { field: 'where', message: 'Select where you live' },
          { field: 'evidence-0-where', message: 'Enter a web address' },
        ]}
      />,
    );
    expect(markup).toContain('role="alert"');
    expect(markup).toContain('tabindex="-1"');
    expect(markup).toContain('data-error-summary=""');
    expect(markup).toContain('aria-labelledby="error-summary-title"');
    expect(markup).toContain('<h2 id="error-summary-title" class="error-summary__title">There is a problem</h2>');
    expect(markup).toContain('<a href="#where">Select where you live</a>');
    expect(markup).toContain('<a href="#evidence-0-where">Enter a web address</a>');
  });

  it('lists a problem with the whole form first, without a link', () => {
    const markup = html(<ErrorSummary errors={[{ field: 'code', message: 'Enter the code' }]} problem="Wait 8 seconds" />);
    expect(markup).toMatch(/<ul><li>Wait 8 seconds<\/li><li><a href="#code">/);
    expect(html(<ErrorSummary errors={[]} problem="Wait 8 seconds" />)).toContain('<li>Wait 8 seconds</li>');
  });

  it('takes a second id scheme and a lower heading when it sits inside a section', () => {
    const markup = html(<ErrorSummary id="pin-error-summary" headingLevel={3} errors={[{ field: 'pin', message: 'Enter a PIN' }]} />);
    expect(markup).toContain('aria-labelledby="pin-error-summary-title"');
    expect(markup).toContain('<h3 id="pin-error-summary-title"');
  });
});

describe('the question a summary link brings into view', () => {
  // Stand-ins with just what the choice reads: where each box is on screen, and the element tree.
  const box = (top: number, height: number) => () => ({ top, height, bottom: top + height }) as DOMRect;
  const legend = { getBoundingClientRect: box(100, 30) } as unknown as HTMLElement;
  const label = {} as HTMLLabelElement;
  const control = (type: string, top: number, inFieldset = true) =>
    ({
      tagName: type === 'select' ? 'SELECT' : 'INPUT',
      type,
      labels: [label],
      getBoundingClientRect: box(top, 40),
      closest: (selector: string) => (selector === 'fieldset' && inFieldset ? { querySelector: () => legend } : null),
    }) as unknown as HTMLElement;

  it('is the legend for a radio or checkbox, however far below it', () => {
    expect(questionOf(control('radio', 2000), 800)).toBe(legend);
    expect(questionOf(control('checkbox', 2000), 800)).toBe(legend);
  });

  it('is the legend for another control only when both fit in the top half of the screen', () => {
    expect(questionOf(control('text', 200), 800)).toBe(legend);
    expect(questionOf(control('text', 600), 800)).toBe(label);
    expect(questionOf(control('select', 600), 800)).toBe(label);
  });

  it('is the label outside a fieldset', () => {
    expect(questionOf(control('radio', 200, false), 800)).toBe(label);
  });
});

describe('Field', () => {
  const input = (aria: object) => <input id="reference" {...aria} />;

  it('ties the label, hint and error to the control by its id, with the "Error:" prefix', () => {
    const markup = html(
      <Field id="reference" label="Reference" hint="8 letters and numbers" error="Enter your reference">
        {input}
      </Field>,
    );
    expect(markup).toContain('<div class="form-group form-group--error">');
    expect(markup).toContain('<label for="reference" class="label">Reference</label>');
    expect(markup).toContain('<div id="reference-hint" class="hint">8 letters and numbers</div>');
    expect(markup).toContain('<p id="reference-error" class="error-message"><span class="visually-hidden">Error:</span> Enter your reference</p>');
    expect(markup).toContain('<input id="reference" aria-describedby="reference-hint reference-error" aria-invalid="true"/>');
    // Read in the order seen: label, hint, error, then the control.
    expect(markup.indexOf('reference-hint"')).toBeLessThan(markup.indexOf('reference-error"'));
    expect(markup.indexOf('class="error-message"')).toBeLessThan(markup.indexOf('<input'));
  });

  it('describes the control only by what is shown', () => {
    const plain = html(<Field id="reference" label="Reference">{input}</Field>);
    expect(plain).toContain('<div class="form-group">');
    expect(plain).toContain('<input id="reference"/>');
    expect(plain).not.toContain('hint');
    expect(html(<Field id="reference" label="Reference" hint="A hint">{input}</Field>)).toContain(
      '<input id="reference" aria-describedby="reference-hint"/>',
    );
    expect(html(<Field id="reference" label="Reference" error="Enter it">{input}</Field>)).toContain(
      '<input id="reference" aria-describedby="reference-error" aria-invalid="true"/>',
    );
  });

  it('adds other describing ids after the hint and error', () => {
    const markup = html(
      <Field id="where" label="Where" hint="A link" alsoDescribedBy="where-notes">
        {input}
      </Field>,
    );
    expect(markup).toContain('aria-describedby="where-hint where-notes"');
  });
});

describe('Fieldset', () => {
  it('names the group by its legend and describes the fieldset by the hint and error', () => {
    const markup = html(
      <Fieldset id="nation" legend="Where do you live?" hint="Choose one" error="Select where you live">
        <input id="nation" type="radio" />
      </Fieldset>,
    );
    expect(markup).toContain(
      '<div class="form-group form-group--error"><fieldset aria-describedby="nation-hint nation-error"><legend>Where do you live?</legend>',
    );
    expect(markup).toContain('<div id="nation-hint" class="hint">Choose one</div>');
    expect(markup).toContain('<span class="visually-hidden">Error:</span> Select where you live');
  });

  it('marks the group in error for a part shown inside, and can stand inside another question', () => {
    expect(html(<Fieldset id="when" legend="When?" invalid>{null}</Fieldset>)).toContain('<div class="form-group form-group--error"><fieldset>');
    const bare = html(
      <Fieldset id="when-date" legend="Date" legendClassName="date-input__legend" bare className="date-input" hint="For example">
        {null}
      </Fieldset>,
    );
    expect(bare).toBe(
      '<fieldset class="date-input" aria-describedby="when-date-hint"><legend class="date-input__legend">Date</legend><div id="when-date-hint" class="hint">For example</div></fieldset>',
    );
  });
});
