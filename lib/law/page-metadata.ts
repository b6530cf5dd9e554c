/**
 * What every legal guidance page must carry, and the check that it does: a title, a
 * description, the date someone last checked it against its sources, a dated line saying what
 * last changed on it (so a returning reader can see what is new), and at least one source with
 * an https address.
 *
 * The registry in ./pages.ts runs this check when it is first imported, so `next build` (which
 * imports it to render every law page) fails on a page with missing or broken metadata, rather
 * than publishing legal guidance nobody can trace.
 */
import { z } from 'zod';

/** A calendar date written as YYYY-MM-DD that is a real day (so no 31 February). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD')
  .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'must be a real date');

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

export const lawSourceSchema = z.object({
  title: z.string().trim().min(1, 'every source needs a title'),
  url: z.string().refine(isHttpsUrl, 'every source needs an https web address'),
});

export const lawPageMetadataSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
  title: z.string().trim().min(1, 'every page needs a title'),
  description: z.string().trim().min(1, 'every page needs a description'),
  lastReviewed: isoDate,
  sources: z.array(lawSourceSchema).min(1, 'every page needs at least one source'),
  whatChanged: z.object({
    date: isoDate,
    summary: z.string().trim().min(1, 'every page needs a few words on what changed'),
  }),
});

export type LawPageMetadata = z.infer<typeof lawPageMetadataSchema>;

/**
 * Checks a list of page entries and returns them, or throws an error that names the page and
 * the missing or broken field. `today` (YYYY-MM-DD, UTC) guards against a review date typed in
 * the future, which would claim a check nobody has made yet.
 */
export function validateLawPages<T extends LawPageMetadata>(entries: readonly T[], today: string): readonly T[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const result = lawPageMetadataSchema.safeParse(entry);
    const name = typeof entry?.slug === 'string' ? `"${entry.slug}"` : `number ${index + 1}`;
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`law page ${name}: ${issue.path.join('.') || 'entry'} ${issue.message}`);
      }
      return;
    }
    if (result.data.lastReviewed > today) {
      problems.push(`law page ${name}: lastReviewed ${result.data.lastReviewed} is in the future`);
    }
    if (result.data.whatChanged.date > today) {
      problems.push(`law page ${name}: whatChanged.date ${result.data.whatChanged.date} is in the future`);
    }
    if (seen.has(result.data.slug)) problems.push(`law page ${name}: the slug is used twice`);
    seen.add(result.data.slug);
  });
  if (problems.length > 0) {
    throw new Error(`Legal guidance metadata is incomplete:\n- ${problems.join('\n- ')}`);
  }
  return entries;
}
