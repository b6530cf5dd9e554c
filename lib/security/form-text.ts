/**
 * Reading a posted form's values on the server, which never trusts the browser: every public and
 * inbox action reads its fields here, bounded, so nothing longer than a field allows is processed.
 */

/** Reads one form value as a string, bounded: nothing longer than `max` is ever processed. */
export function formText(formData: FormData, name: string, max: number): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value.slice(0, max + 1) : '';
}
