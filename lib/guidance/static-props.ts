/**
 * What every guidance page built to a static file is given at build time: the shell's settings
 * and the page's own title and description, for `_app` to render the frame and the head.
 *
 * `next build` runs it, in each page's getStaticProps, which Next.js keeps out of the browser's
 * bundle; those pages get no framework JavaScript at all anyway. (No `server-only` marker: the
 * Pages Router refuses it, and nothing here is secret.)
 */
import { parseShellEnv, type ShellEnv } from '@/lib/shell-env';

/** The page's title (shown before the service's name) and description, for the document head. */
export type GuidanceHeadProps = { title?: string; description?: string };

export type GuidancePageProps = { shell: ShellEnv; head: GuidanceHeadProps };

/** The result each guidance page's getStaticProps returns. */
export function guidanceStaticProps(head: GuidanceHeadProps = {}): { props: GuidancePageProps } {
  return { props: { shell: parseShellEnv(process.env), head } };
}
