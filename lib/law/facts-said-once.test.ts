/**
 * Facts once: no page, component or other module writes out a date, provision or helpline
 * number that lib/law/facts.ts or lib/urgent-help.ts holds. They must render it from there, so
 * a change in the law, or a helpline's new number, is one edit.
 *
 * Sentences and time limits ("2 years in prison", "6 months") are left out of the scan: the
 * same words describe other offences and other rules, so a match would not mean a repeat.
 * 999 and 101 are left out too: they are in every piece of advice, and never change.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dayBefore, formatDate } from './law-dates';
import { allFacts } from './facts';
import { helplines } from '@/lib/urgent-help';

const root = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Where facts are defined, and where a literal is the point: the titles of sources describe what
 * each source says.
 */
const allowed = new Set(['lib/law/facts.ts', 'lib/law/law-dates.ts', 'lib/urgent-help.ts', 'lib/law/sources.ts']);

function sourceFiles(directory: string): string[] {
  return fs.readdirSync(path.join(root, directory), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(directory, entry.name);
    if (allowed.has(relative)) return [];
    if (entry.isDirectory()) return sourceFiles(relative);
    if (!/\.(ts|tsx)$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    return [relative];
  });
}

/** Every way a held fact could be written out by hand. */
const heldFacts: { what: string; pattern: RegExp }[] = [
  ...allFacts.flatMap((entry) => {
    if (entry.kind === 'date') {
      return [entry.value, formatDate(entry.value), formatDate(dayBefore(entry.value))].map((text) => ({
        what: `${entry.id} (${text})`,
        pattern: new RegExp(`\\b${text}\\b`),
      }));
    }
    if (entry.kind === 'provision') {
      return [{ what: `${entry.id} (${entry.value})`, pattern: new RegExp(`\\b${entry.value.replace(/[./]/g, '\\$&')}\\b`) }];
    }
    return [];
  }),
  ...helplines
    .filter((entry) => entry.number.replace(/\D/g, '').length >= 7)
    .flatMap((entry) => {
      const digits = entry.number.replace(/\D/g, '');
      // The number written with any spacing, or as digits in a tel: link.
      const spaced = digits.split('').join('\\s?');
      return [{ what: `${entry.name} (${entry.number})`, pattern: new RegExp(spaced) }];
    }),
];

const files = ['app', 'pages', 'components', 'lib'].flatMap(sourceFiles);

describe('facts are written once', () => {
  it('finds the files it scans, and the facts it looks for', () => {
    expect(files).toContain('pages/law/england-and-wales.tsx');
    expect(files).toContain('components/which-law-answer/which-law-answer.tsx');
    expect(files).toContain('lib/law/which-law.ts');
    expect(heldFacts.map((held) => held.what)).toEqual(
      expect.arrayContaining(['ew2024OffencesStart (31 January 2024)', 'ew2024OffencesStart (30 January 2024)', 'Childline (0800 1111)']),
    );
  });

  it.each(files)('%s writes out no date, provision or helpline number the facts module holds', (file) => {
    const text = fs.readFileSync(path.join(root, file), 'utf8');
    const repeated = heldFacts.filter((held) => held.pattern.test(text)).map((held) => held.what);
    expect(repeated).toEqual([]);
  });

  it('would catch a page that wrote a date out by hand', () => {
    const page = '<p>Since 31 January 2024, it is a crime.</p> Call <a href="tel:08001111">0800 1111</a>';
    expect(heldFacts.filter((held) => held.pattern.test(page)).map((held) => held.what)).toEqual([
      'ew2024OffencesStart (31 January 2024)',
      'Childline (0800 1111)',
    ]);
  });
});
