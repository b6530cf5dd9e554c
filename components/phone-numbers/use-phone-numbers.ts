'use client';

import { useEffect, useState } from 'react';
import { loadPhoneNumbers, phoneNumbersLoaded } from '@/lib/platforms/phone-numbers';

// On the server, start loading at once, so pages rendered there (the form without JavaScript)
// read phone numbers with the library; the browser loads it only when a page asks for it.
if (typeof window === 'undefined') void loadPhoneNumbers();

/**
 * Loads the phone number library (its own chunk, about 30 KiB gzip, kept out of the form's first
 * load) and re-renders once it is there. Until then, numbers are shown as typed, which is what
 * they are kept as in any case; only the "Recognised" line beside them waits.
 */
export function usePhoneNumbers(): boolean {
  const [loaded, setLoaded] = useState(phoneNumbersLoaded);
  useEffect(() => {
    if (!loaded) void loadPhoneNumbers().then(() => setLoaded(true));
  }, [loaded]);
  return loaded;
}
