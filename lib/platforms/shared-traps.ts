/**
 * Traps that many guides share, written once. Kept apart from shared-guidance.ts so the content
 * files, which the registry loads everywhere, need nothing heavier than types and shared sources.
 *
 * Pure: no Node, database or environment imports.
 */
import type { Trap } from './types';

/**
 * The warning most guides carry among their traps, written once: a successful report can take
 * the evidence with it. `what` is what gets taken down there: "post", "video", "page".
 */
export function reportingCanRemoveEvidence(what: string): Trap {
  return {
    title: 'Reporting can remove your evidence',
    detail: `If a report works, the ${what} may be taken down before you have a record of it. Capture everything first. If you might want police action, think about contacting the police before you report.`,
  };
}
