import { helplines, telHref } from '@/lib/urgent-help';

type Props = {
  /** The heading level that fits where the panel sits on the page. */
  headingLevel: 'h2' | 'h3';
  /** Used to tie the list to its heading when the panel appears twice on a page. */
  id: string;
};

/** The numbers to call for help now, from the one list in lib/urgent-help. */
export function UrgentHelp({ headingLevel: Heading, id }: Props) {
  return (
    <section className="urgent-help" aria-labelledby={id}>
      <Heading id={id} className="urgent-help__heading">
        If you need help now
      </Heading>
      <ul className="urgent-help__list">
        {helplines.map((helpline) => (
          <li key={helpline.id}>
            <a href={telHref(helpline.number)} className="urgent-help__number">
              {helpline.number}
            </a>{' '}
            <strong>{helpline.name}</strong>. {helpline.when}
          </li>
        ))}
      </ul>
    </section>
  );
}
