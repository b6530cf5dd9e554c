import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG 2.2 AA rule set the accessibility statement promises. */
export const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the page as it is now and fails with a readable list of any violations.
 *
 * `skipFrameContents`: check the frame elements but not inside them. Needed for a frame
 * sandboxed without scripts (the demo mailbox's HTML email): axe cannot run in it and would wait
 * for it until the test times out, and its content is an email, not a page of this site.
 */
export async function expectNoAxeViolations(
  page: Page,
  { skipFrameContents = false }: { skipFrameContents?: boolean } = {},
): Promise<void> {
  // A page updated by a server action can be between its old and new <title> for a moment, and
  // under load axe caught one there: wait for the page to have one, as a person would see it.
  // A page that never gets one still fails, here or in axe's own check.
  await expect(page).toHaveTitle(/\S/);
  const builder = new AxeBuilder({ page }).withTags(wcag22aa);
  // options() replaces withTags' rule selection, so the tags are given again here.
  // Legacy mode runs axe in the page alone: the default mode opens a helper page and visits
  // every frame, and stalls on a sandboxed frame that may not run scripts.
  if (skipFrameContents) builder.options({ iframes: false, runOnly: { type: 'tag', values: wcag22aa } }).setLegacyMode(true);
  const results = await builder.analyze();
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes
        .map((node) => node.target.join(' '))
        .join('\n    ')}`,
  );
  expect(violations, `axe found problems on ${page.url()}`).toEqual([]);
}
