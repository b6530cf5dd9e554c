import type { Metadata } from 'next';
import type { ReactNode } from 'react';

// The staff side: never indexed, and every page reads the session, so nothing is prerendered.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Caseworker inbox', template: '%s – Caseworker inbox' },
  robots: { index: false, follow: false },
};

export default function InboxLayout({ children }: { children: ReactNode }) {
  return children;
}
