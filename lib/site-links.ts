/**
 * The site's own pages that the shell links to, so the footer, the sitemap-like lists in tests
 * and any page that points at them use one set of paths and names.
 */

export const exitPath = '/exit';

export const footerLinks = [
  { href: '/staying-safe-online', label: 'Staying safe online' },
  { href: '/privacy', label: 'Privacy notice' },
  { href: '/accessibility', label: 'Accessibility statement' },
] as const;
