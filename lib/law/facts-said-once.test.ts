/**
 * Facts once: no page, component or other module writes out a date, provision or helpline
 * number that lib/law/facts.ts or lib/urgent-help.ts holds. They must render it from there, so
 * a change in the law, or a helpline's new number, is one edit.
 *
 * Sentences and time limits ("2 years in prison", "6 months") are checked on the law pages and
 * their frame only: across the whole code base the same words describe other rules (how long
 * data is kept, for example), so a match there would not mean a repeat, but a law page must read
 * every sentence and time limit from the registry, so that a change in a maximum is one edit
 * and its source and status travel with it. A law page may not write any length of time that a
 * registry sentence or time limit uses, in figures or in words, however it is spaced.
 * 999 and 101 are left out: they are in every piece of advice, and never change.
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

/** The law pages and the frame and components they share: where sentences are checked too. */
const lawPageFiles = files.filter(
  (file) => file.startsWith('pages/law/') || file.startsWith('components/law-page/') || file === 'pages/index.tsx',
);

const numberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen'];

/**
 * Every length of time a registry sentence or time limit uses ("5 years", "2 working days",
 * "48 hours"), as a pattern that also finds it in words ("five years") or broken over a line.
 */
const heldSentences: { what: string; pattern: RegExp }[] = [
  ...new Set(
    allFacts
      .filter((entry) => entry.kind === 'penalty' || entry.kind === 'time-limit')
      .flatMap((entry) => [...String(entry.value).matchAll(/\b(\d+) ((?:working )?(?:year|month|week|day|hour))s?\b/g)])
      .map(([, count, unit]) => `${count} ${unit}`),
  ),
].map((length) => {
  const [count, ...unit] = length.split(' ');
  const spelled = numberWords[Number(count)];
  const amount = spelled ? `(?:${count}|${spelled})` : count;
  return { what: length, pattern: new RegExp(`\\b${amount}\\s+${unit.join('\\s+')}s?\\b`, 'i') };
});

/** The lengths of time a piece of page text writes out by hand. */
function sentencesWrittenOut(text: string): string[] {
  return heldSentences.filter((held) => held.pattern.test(text)).map((held) => held.what);
}

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

  it('P13: finds the law pages, and the sentences and time limits it looks for', () => {
    expect(lawPageFiles).toEqual(
      expect.arrayContaining(['pages/law/scotland.tsx', 'pages/law/related-offences.tsx', 'pages/law/the-2015-offence.tsx', 'pages/law/reporting-to-the-police.tsx']),
    );
    expect(heldSentences.map((held) => held.what)).toEqual(
      expect.arrayContaining(['5 year', '2 year', '6 month', '14 year', '2 working day', '48 hour']),
    );
  });

  it.each(lawPageFiles)('P13: %s writes out no sentence or time limit the facts module holds', (file) => {
    expect(sentencesWrittenOut(fs.readFileSync(path.join(root, file), 'utf8'))).toEqual([]);
  });

  it('P13: would catch a law page that wrote a sentence or time limit out by hand, in figures or words', () => {
    expect(sentencesWrittenOut('<p>The maximum sentence is <strong>5 years in prison</strong>.</p>')).toEqual(['5 year']);
    expect(sentencesWrittenOut('a maximum of five\n        years')).toEqual(['5 year']);
    expect(sentencesWrittenOut('within 2 working days of your report, and within 48 hours').sort()).toEqual(['2 working day', '48 hour']);
    expect(sentencesWrittenOut('read from {fact(\'scotlandMaximum\')} in a page')).toEqual([]);
  });

  it('would catch a page that wrote a date out by hand', () => {
    const page = '<p>Since 31 January 2024, it is a crime.</p> Call <a href="tel:08001111">0800 1111</a>';
    expect(heldFacts.filter((held) => held.pattern.test(page)).map((held) => held.what)).toEqual([
      'ew2024OffencesStart (31 January 2024)',
      'Childline (0800 1111)',
    ]);
  });
});
