/**
 * The document head of a static guidance page: what the App Router's metadata gives its pages
 * (title, description, viewport, theme colour, icon), written with the Pages Router's next/head.
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
      {/* app/icon.svg, which the App Router links on its own pages: without it the browser asks
          for /favicon.ico, gets 404 and logs an error. */}
      <link rel="icon" href="/icon.svg" type="image/svg+xml" sizes="any" />
    </Head>
  );
}
