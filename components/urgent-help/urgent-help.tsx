import type { Nation } from '@/lib/nations';
import { helplinesFor, telHref } from '@/lib/urgent-help';

type Props = {
  /** The heading level that fits where the panel sits on the page. */
  headingLevel: 'h2' | 'h3';
  /** Used to tie the list to its heading when the panel appears twice on a page. */
  id: string;
  /** Where the person said they live, when the page knows: that nation's helplines only. */
  nation?: Nation;
};

/**
 * The numbers to call for help now, from the one list in lib/urgent-help: every nation's
 * domestic abuse helpline, unless the page knows the person's nation.
 */
export function UrgentHelp({ headingLevel: Heading, id, nation }: Props) {
  return (
    <section className="urgent-help" aria-labelledby={id}>
      <Heading id={id} className="urgent-help__heading">
        If you need help now
      </Heading>
      <ul className="urgent-help__list">
        {helplinesFor(nation).map((helpline) => (
          <li key={helpline.id}>
            <a href={telHref(helpline.number)} className="urgent-help__number">
              {helpline.number}
            </a>{' '}
            <strong>{helpline.name}</strong>. {helpline.when}
            {helpline.hours && ` Open ${helpline.hours.text}.`}
          </li>
        ))}
      </ul>
    </section>
  );
}
