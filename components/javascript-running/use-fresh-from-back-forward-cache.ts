'use client';

import { useEffect } from 'react';

/**
 * A page restored from the back-forward cache would show what it showed when the person left
 * it (by Exit, or by Back): their answers, or their messages. Load it afresh from the server
 * instead, which shows none of them.
 */
export function useFreshFromBackForwardCache(): void {
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) window.location.reload();
    };
    window.addEventListener('pageshow', onPageShow);
    return () => window.removeEventListener('pageshow', onPageShow);
  }, []);
}
