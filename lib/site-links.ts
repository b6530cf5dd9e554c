/**
 * The site's own pages that the shell links to (the exit route and the footer's links),
 * so the layout, the Exit this page component and the footer use one set of paths and names.
 */

/** The service's name, the title of the home page and the end of every other page's title. */
export const siteTitle = 'Get help with intimate image abuse';

export const siteDescription =
  'Help for people in the UK whose intimate images were shared, or threatened to be shared, without consent.';

/** The browser's toolbar colour on phones: the header's. */
export const themeColour = '#1d1d5c';

export const exitPath = '/exit';

/** Exit this page's script, built from components/exit-this-page/exit-this-page-script.ts. */
export const exitScriptPath = '/exit-this-page.js';

/**
 * Marks a link to one of the site's own pages that Exit this page's script opens in a new tab it
 * can close when the person leaves (and that can send this tab away when they leave from there).
 */
export const siteTabAttribute = 'data-site-tab';

export const footerLinks = [
  { href: '/law', label: 'The law' },
  { href: '/staying-safe-online', label: 'Staying safe online' },
  { href: '/privacy', label: 'Privacy notice' },
  { href: '/accessibility', label: 'Accessibility statement' },
] as const;
