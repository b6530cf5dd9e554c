/**
 * The site's own pages that the shell links to (the exit route and the footer's links),
 * so the layout, the Exit this page component and the footer use one set of paths and names.
 */

export const exitPath = '/exit';

export const footerLinks = [
  { href: '/law', label: 'The law' },
  { href: '/staying-safe-online', label: 'Staying safe online' },
  { href: '/privacy', label: 'Privacy notice' },
  { href: '/accessibility', label: 'Accessibility statement' },
] as const;
