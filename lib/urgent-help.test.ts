import { describe, expect, it } from 'vitest';
import { helplines, helplinesFor, reportRemove, telHref } from '@/lib/urgent-help';

const domesticAbuseNumbers = (list: readonly { id: string; number: string }[]) =>
  list.filter((entry) => entry.id.startsWith('domestic-abuse')).map((entry) => entry.number);

describe('the helplines', () => {
  it('each has an https source, a status and what the source said', () => {
    for (const entry of [...helplines, reportRemove]) {
      expect(new URL(entry.source).protocol).toBe('https:');
      expect(['verified', 'reported']).toContain(entry.status);
      expect(entry.seen.length).toBeGreaterThan(20);
    }
  });

  it('gives each nation its own domestic abuse helpline, and the UK-wide ones', () => {
    expect(domesticAbuseNumbers(helplinesFor('england'))).toEqual(['0808 2000 247']);
    expect(domesticAbuseNumbers(helplinesFor('wales'))).toEqual(['0808 80 10 800']);
    expect(domesticAbuseNumbers(helplinesFor('scotland'))).toEqual(['0800 027 1234']);
    expect(domesticAbuseNumbers(helplinesFor('northern-ireland'))).toEqual(['0808 802 1414']);
    for (const nation of ['england', 'wales', 'scotland', 'northern-ireland'] as const) {
      expect(helplinesFor(nation).map((entry) => entry.number)).toEqual(expect.arrayContaining(['999', '101', '0345 6000 459', '0800 1111']));
    }
  });

  it('shows every nation’s helpline when the nation is not known, or is outside the UK', () => {
    expect(domesticAbuseNumbers(helplinesFor())).toHaveLength(4);
    expect(domesticAbuseNumbers(helplinesFor('elsewhere'))).toHaveLength(4);
  });

  it('dials a number written with spaces', () => {
    expect(telHref('0808 80 10 800')).toBe('tel:08088010800');
  });
});

describe('P10: the helpline hours', () => {
  it('gives the Revenge Porn Helpline its hours from its own page, once, for every place that shows the number', () => {
    const rph = helplines.find((entry) => entry.id === 'revenge-porn-helpline')!;
    expect(rph.hours).toEqual({
      text: 'Monday to Friday, 10am to 4pm, not on bank holidays',
      source: 'https://revengepornhelpline.org.uk/help-and-advice/',
      seen: expect.stringMatching(/10:00 to 16:00, Monday to Friday, excluding bank holidays/),
    });
  });
});
