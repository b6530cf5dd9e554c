'use client';

/**
 * The evidence step: any number of places the content was seen (up to the definition's bound),
 * each with its platform from the registry, the link, username or number (kept as entered and
 * refused only when hostile; the check page shows what was recognised beside it), when it was seen, what it shows in words, and whether it was
 * reported and screenshotted. There is no file upload: the images themselves are never asked for.
 *
 * "Add another place" and "Remove" are submit buttons, so they work without JavaScript too.
 */
import type { PlatformId } from '@/lib/platforms/catalogue';
import { readEvidence } from '@/lib/platforms/recognise';
import type { EvidenceField, EvidenceItem } from '@/lib/referral/fields';
import { emptyEvidenceItem, evidenceItemFields as item } from '@/lib/referral/fields';
import { intentValue } from '@/lib/referral/wizard';
import { siteTabAttribute } from '@/lib/site-links';
import { Field, Fieldset } from '@/components/form-kit/field';
import { idFor, type Bind } from './field-control';

/** What the form shows about capturing evidence on a platform, passed in from the registry. */
export type CaptureGuide = { id: PlatformId; name: string; whatToCapture: readonly string[] };

type Props = {
  field: EvidenceField;
  items: readonly EvidenceItem[];
  bind: Bind;
  errorFor: (name: string) => string | undefined;
  guides: readonly CaptureGuide[];
  /** The platform chosen for each item right now, to show its capture guidance beside it. */
  chosenPlatforms: readonly (PlatformId | '')[];
  /** What is in each item's "where" right now, to show our notes on it as it is typed. */
  typedWheres: readonly string[];
};

/** Notes on a "where" ("a share link is fine as it is"): never errors, which the schema gives. */
function notesOn(platform: PlatformId | '', where: string): readonly string[] {
  if (platform === '' || where.trim() === '') return [];
  const reading = readEvidence(platform, where);
  return reading.ok ? reading.hints : [];
}

export function EvidenceItems({ field, items, bind, errorFor, guides, chosenPlatforms, typedWheres }: Props) {
  // Always offer one place to fill in; a place left blank is simply not sent.
  const shown = items.length > 0 ? items : [emptyEvidenceItem];
  return (
    <div className="form-group">
      <h1 className="heading-l" tabIndex={-1} data-step-heading="">
        {field.label}
      </h1>
      <p className="hint">{field.hint}</p>
      <div className="warning-text">
        <p>
          <strong>Do not open the images again to fill this in.</strong> If you need a link, copy it from your
          screenshot, the notification or the app&rsquo;s share button.
        </p>
      </div>
      {shown.map((evidence, index) => {
        const name = (part: keyof EvidenceItem) => `evidence.${index}.${part}`;
        const guide = guides.find((candidate) => candidate.id === (chosenPlatforms[index] ?? evidence.platform));
        // Without JavaScript, the answers last sent; with it, what is on the page now.
        const notes = notesOn(chosenPlatforms[index] ?? evidence.platform, typedWheres[index] ?? evidence.where);
        const text = (part: 'where' | 'reportReference') => {
          const id = idFor(name(part));
          const definition = item[part];
          const error = errorFor(name(part));
          const hint = 'hint' in definition ? definition.hint : undefined;
          const partNotes = part === 'where' && !error ? notes : [];
          const notesId = partNotes.length > 0 ? `${id}-notes` : undefined;
          return (
            <Field
              id={id}
              label={definition.label}
              hint={hint}
              error={error}
              alsoDescribedBy={notesId}
              after={
                notesId ? (
                  <div id={notesId} className="hint evidence-item__notes">
                    {partNotes.map((note) => (
                      <p key={note}>{note}</p>
                    ))}
                  </div>
                ) : null
              }
            >
              {(aria) => (
                <input id={id} type="text" spellCheck={false} autoComplete="off" defaultValue={evidence[part]} {...aria} {...bind(name(part))} />
              )}
            </Field>
          );
        };
        const radios = (part: 'reported' | 'screenshotKept') => {
          const id = idFor(name(part));
          return (
            <Fieldset id={id} legend={item[part].label}>
              {item[part].options.map((option, optionIndex) => {
                const optionId = optionIndex === 0 ? id : `${id}-${option.value}`;
                return (
                  <div key={option.value} className="radio">
                    <input
                      id={optionId}
                      type="radio"
                      value={option.value}
                      defaultChecked={evidence[part] === option.value}
                      {...bind(name(part))}
                    />
                    <label htmlFor={optionId}>{option.label}</label>
                  </div>
                );
              })}
            </Fieldset>
          );
        };
        const platformId = idFor(name('platform'));
        const seenId = idFor(name('seenOn'));
        const showsId = idFor(name('whatItShows'));
        return (
          <fieldset key={index} className="evidence-item">
            <legend className="heading-m">Place {index + 1}</legend>
            <Field id={platformId} label={item.platform.label} error={errorFor(name('platform'))}>
              {(aria) => (
                <select id={platformId} defaultValue={evidence.platform} {...aria} {...bind(name('platform'))}>
                  <option value="">Select</option>
                  {guides.map((option) => (
                    <option key={option.id} value={option.id}>
                      {option.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {guide ? (
              <details className="details">
                <summary>How to capture evidence on {guide.name}</summary>
                <ul>
                  {guide.whatToCapture.map((step) => (
                    <li key={step}>{step}</li>
                  ))}
                </ul>
                <p>
                  {/* A new tab, so the answers here are kept; opened by Exit this page's script when
                      it runs, so that Exit this page in either tab closes the other too. */}
                  <a href={`/evidence/${guide.id}`} target="_blank" rel="noreferrer" {...{ [siteTabAttribute]: '' }}>
                    Read the full {guide.name} guide (opens in a new tab, so your answers here are kept)
                  </a>
                </p>
              </details>
            ) : null}
            {/* No inputMode="url" (L8): it takes names and numbers too, and a phone's address
                keyboard may have no space bar. No maxLength: a long paste is kept to be checked,
                and the message says what to keep (M2), rather than a browser cutting it. */}
            {text('where')}
            <Field id={seenId} label={item.seenOn.label} error={errorFor(name('seenOn'))}>
              {(aria) => <input id={seenId} type="date" defaultValue={evidence.seenOn} {...aria} {...bind(name('seenOn'))} />}
            </Field>
            <Field id={showsId} label={item.whatItShows.label} hint={item.whatItShows.hint} error={errorFor(name('whatItShows'))}>
              {(aria) => (
                <textarea id={showsId} rows={3} autoComplete="off" defaultValue={evidence.whatItShows} {...aria} {...bind(name('whatItShows'))} />
              )}
            </Field>
            {radios('reported')}
            {text('reportReference')}
            {radios('screenshotKept')}
            <button type="submit" name="intent" value={intentValue.removeEvidence(index)} className="button button--secondary">
              Remove place {index + 1}
            </button>
          </fieldset>
        );
      })}
      {shown.length < field.maxItems ? (
        <button type="submit" name="intent" value={intentValue.addEvidence} className="button button--secondary">
          Add another place
        </button>
      ) : (
        <p>You have added the most places this form can take. Describe any others under &ldquo;What happened&rdquo;.</p>
      )}
    </div>
  );
}
