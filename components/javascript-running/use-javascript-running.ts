'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False on the server and while hydrating, true once the browser runs the page. The server's
 * HTML is therefore what a browser without JavaScript sees, so anything that needs a script
 * (checking answers in the page, a Print button) appears only when one runs.
 */
export function useJavaScriptRunning(): boolean {
  return useSyncExternalStore(noSubscription, () => true, () => false);
}
