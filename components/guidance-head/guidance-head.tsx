/**
 * The document head of a static guidance page: what the App Router's metadata gives its pages
 * (title, description, viewport, theme colour), written with the Pages Router's next/head.
 */
import Head from 'next/head';
import type { GuidanceHeadProps } from '@/lib/guidance/static-props';
import { siteDescription, siteTitle, themeColour } from '@/lib/site-links';

export function GuidanceHead({ title, description }: GuidanceHeadProps) {
  return (
    <Head>
      <title>{title ? `${title} – ${siteTitle}` : siteTitle}</title>
      <meta name="description" content={description ?? siteDescription} />
      <meta name="format-detection" content="telephone=no" />
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="theme-color" content={themeColour} />
    </Head>
  );
}
