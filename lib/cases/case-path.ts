/**
 * Where a case lives in the inbox, written once for the pages, the actions and the notice email.
 * The path names only the reference: nothing the person typed. Pure.
 */
export function casePath(reference: string): string {
  return `/inbox/cases/${reference}`;
}
