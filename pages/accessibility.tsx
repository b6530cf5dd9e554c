import { guidanceStaticProps, type GuidancePageProps } from '@/lib/guidance/static-props';

// Built once, to a static file with no framework JavaScript (lib/guidance/static-routes.ts).
export const config = { unstable_runtimeJS: false };
export const getStaticProps = () => guidanceStaticProps({ title: 'Accessibility statement' });

export default function AccessibilityPage({ shell: { supportService } }: GuidancePageProps) {
  return (
    <>
      <h1>Accessibility statement</h1>
      <p className="lead">
        We want everyone who needs this service to be able to use it, including people using a
        screen reader, a keyboard, speech recognition or a magnifier, and people on an old phone
        with a poor signal.
      </p>

      <h2>What we aim for</h2>
      <p>
        This site aims to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level
        AA. You should be able to:
      </p>
      <ul>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>use the whole site with a keyboard alone</li>
        <li>use the site with a screen reader</li>
        <li>use the site with JavaScript turned off</li>
        <li>leave the site quickly with the Exit this page button, the Shift key or a hidden link</li>
      </ul>

      <h2>How we test it</h2>
      <p>
        Every change to the site is tested in a real browser before it goes live. The tests open
        every page, check it with the axe accessibility checker against WCAG 2.2 level A and AA,
        and use the pages by keyboard and with JavaScript turned off. Automated checks find only
        some problems. The site has not yet had a full audit by people who use assistive
        technology every day.
      </p>

      <h2>Known problems</h2>
      <p>We do not know of any at the moment. If you find one, please tell us.</p>

      <h2>Tell us about a problem</h2>
      <p>
        Contact {supportService.name} on {supportService.phone} ({supportService.hours}) or email{' '}
        <a href={`mailto:${supportService.email}`}>{supportService.email}</a>.
      </p>

      <p>
        This statement was last reviewed on <time dateTime="2026-11-28">28 November 2026</time>.
      </p>
    </>
  );
}
