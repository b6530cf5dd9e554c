import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { UrgentHelp } from './urgent-help';

describe('UrgentHelp', () => {
  it('P10: gives the Revenge Porn Helpline’s opening hours, and no hours for the lines open all day', () => {
    const html = renderToStaticMarkup(<UrgentHelp headingLevel="h2" id="help" />);
    const text = html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toMatch(/0345 6000 459 Revenge Porn Helpline\. [^.]+\. Open Monday to Friday, 10am to 4pm, not on bank holidays\./);
    expect(text.match(/ Open /g)).toHaveLength(1);
  });
});
