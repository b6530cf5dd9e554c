import { describe, expect, it } from 'vitest';
import { helplines } from '@/lib/urgent-help';
import { crossSiteRefusal, oversizedRefusal, refusalPageHtml } from './refusal-page';

describe('refusalPageHtml', () => {
  it('lists every helpline number as a link a phone can dial', () => {
    const html = refusalPageHtml(crossSiteRefusal);
    for (const helpline of helplines) {
      expect(html).toContain(`>${helpline.number}</a>`);
    }
    expect(html).toContain('href="tel:999"');
    expect(html).toContain('href="tel:03456000459"');
  });

  it('offers the way out and the way back, and needs no script or style', () => {
    const html = refusalPageHtml(oversizedRefusal('512 KB'));
    expect(html).toContain('<a href="/exit"');
    expect(html).toContain('<a href="/">');
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain('up to 512 KB');
    expect(html).not.toMatch(/<script|<style|style=/);
  });

  it('escapes what it is given', () => {
    const html = refusalPageHtml({ status: 403, title: '<b>x</b>', paragraphs: ['"a" & <i>'] });
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(html).toContain('&quot;a&quot; &amp; &lt;i&gt;');
  });
});
