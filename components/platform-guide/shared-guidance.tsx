import Link from 'next/link';
import type { ReactNode } from 'react';
import { showPoints, type SharedBlock } from '@/lib/platforms/shared-guidance';

type Props = {
  /** Nothing is rendered for a block that does not apply to this guide. */
  block: SharedBlock | undefined;
  headingLevel: 2 | 3;
  /** What this guide says first under the heading, before the shared points. */
  lead?: ReactNode;
};

/**
 * One block of guidance every guide shares. Links to this site's pages stay in the site; links
 * elsewhere send no referrer, so the other site does not learn which guide she was reading.
 *
 * A block marked collapsed folds its points under its heading with <details>, which opens
 * without JavaScript (the guides are static pages with none). The heading stays outside the
 * summary so that it is still a heading to a screen reader; a warning never folds.
 */
export function SharedGuidance({ block, headingLevel, lead }: Props) {
  if (!block) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const heading = <Heading id={`block-${block.id}`}>{block.heading}</Heading>;
  const body = (
    <>
      {lead ? <p className="lead-point">{lead}</p> : null}
      <ul>
        {block.points.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      {block.links.length > 0 ? (
        <ul className="related-links">
          {block.links.map((link) => (
            <li key={link.href}>
              {link.href.startsWith('/') ? (
                <Link href={link.href}>{link.text}</Link>
              ) : (
                <a href={link.href} rel="noreferrer">
                  {link.text}
                </a>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
  if (block.collapsed) {
    return (
      <section aria-labelledby={`block-${block.id}`} data-block={block.id}>
        {heading}
        <details className="details">
          <summary>
            {showPoints(block.points.length)}
            <span className="visually-hidden">: {block.heading}</span>
          </summary>
          {body}
        </details>
      </section>
    );
  }
  return (
    <section aria-labelledby={`block-${block.id}`} data-block={block.id}>
      {heading}
      {body}
    </section>
  );
}
