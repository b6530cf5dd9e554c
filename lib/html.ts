/**
 * Escaping text for HTML written by hand rather than rendered by React: the referral emails and
 * the proxy's refusal pages. One escaper, so a fix to it reaches every such place.
 */
const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}
