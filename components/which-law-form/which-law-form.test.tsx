import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { initialWhichLawState } from '@/lib/law/which-law-questions';
import { WhichLawForm } from './which-law-form';

const noAction = async () => initialWhichLawState;

describe('WhichLawForm without JavaScript', () => {
  it('walk 3: shows every place’s periods, each named with its place, so a reader without a script can choose theirs', () => {
    const html = renderToStaticMarkup(<WhichLawForm action={noAction} />);
    for (const label of [
      'In England or Wales, on or after 31 January 2024',
      'In Scotland, before 3 July 2017',
      'In Scotland, on or after 3 July 2017',
      'In Northern Ireland, on or after 27 November 2023',
    ]) {
      expect(html).toContain(`>${label}</label>`);
    }
    expect(html).not.toMatch(/<div hidden/);
  });
});
