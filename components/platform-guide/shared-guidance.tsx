import Link from 'next/link';
import type { SharedBlock } from '@/lib/platforms/shared-guidance';

type Props = {
  /** Nothing is rendered for a block that does not apply to this guide. */
  block: SharedBlock | undefined;
  headingLevel: 2 | 3;
};

/**
 * One block of guidance every guide shares. Links to this site's pages stay in the site; links
 * elsewhere send no referrer, so the other site does not learn which guide she was reading.
 */
export function SharedGuidance({ block, headingLevel }: Props) {
  if (!block) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={`block-${block.id}`}>
      <Heading id={`block-${block.id}`}>{block.heading}</Heading>
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
    </section>
  );
}
