import { Sources } from '@/components/sources/sources';
import { guidanceStaticProps, type GuidancePageProps } from '@/lib/guidance/static-props';

// Built once, to a static file with no framework JavaScript (lib/guidance/static-routes.ts).
export const config = { unstable_runtimeJS: false };
export const getStaticProps = () => guidanceStaticProps({ title: 'Staying safe online' });

export default function StayingSafeOnlinePage({ shell }: GuidancePageProps) {
  const publicBaseUrl = new URL(shell.publicBaseUrl);
  return (
    <>
      <h1>Staying safe online</h1>
      <p className="lead">
        If the person who hurt you can see or check your phone, computer or accounts, they may be
        able to see that you visited this site. These steps lower the risk. None of them removes
        it completely.
      </p>

      <h2>A device someone else can check is not safe</h2>
      <p>
        Partners and ex-partners sometimes track a phone&rsquo;s location, read its messages or
        install apps that record what you do. If you think this is happening, no setting on this
        site can protect you from it. If you can, use a device they have never had access to, such
        as a trusted friend&rsquo;s phone or a computer at a library or at work.
      </p>

      <h2>Use private browsing</h2>
      <p>
        Private browsing (called Incognito in Chrome and Private in Safari) does not keep the pages
        you visit in your history once you close the window. It does not hide your visit from
        monitoring apps, your employer&rsquo;s network or your internet provider.
      </p>
      <ul>
        <li>Chrome on Android or a computer: open the menu and choose New Incognito tab.</li>
        <li>Safari on iPhone: tap the tabs button, then Private.</li>
        <li>Edge: open the menu and choose New InPrivate window.</li>
        <li>Firefox: open the menu and choose New private window.</li>
      </ul>

      <h2>Clear your history</h2>
      <p>
        If you did not use private browsing, you can delete this site from your browser history.
        Deleting all of your history can look unusual to someone who checks it, so you may prefer
        to delete only the pages from this site. Look for History in your browser&rsquo;s menu.
      </p>

      <h2>What Exit this page does</h2>
      <p>
        Every page has an Exit this page button. Selecting it, or pressing the Shift key 3 times
        within 5 seconds, takes you straight to a neutral website. If you use a keyboard or a
        screen reader, an Exit this page link is the second thing on every page.
      </p>
      <p>When you exit, this site:</p>
      <ul>
        <li>replaces the page you were on, so pressing Back does not bring it up again</li>
        <li>clears anything it stored in your browser</li>
      </ul>

      <h2>What Exit this page cannot do</h2>
      <ul>
        <li>It does not delete this site from your browser history: use private browsing or clear your history.</li>
        <li>It cannot stop an app that is monitoring your phone or computer.</li>
        <li>It cannot undo anything you have already sent.</li>
      </ul>

      <h2>Finding this site again</h2>
      <p>
        You do not need to bookmark this site. You can type its address,{' '}
        <strong>{publicBaseUrl.host}</strong>, or search for &ldquo;get help with intimate image
        abuse&rdquo;.
      </p>

      <Sources
        lastReviewed="2026-11-28"
        sources={[
          {
            title: 'GOV.UK Design System: Exit a page quickly',
            url: 'https://design-system.service.gov.uk/patterns/exit-a-page-quickly/',
          },
          {
            title: 'GOV.UK Design System: Exit this page',
            url: 'https://design-system.service.gov.uk/components/exit-this-page/',
          },
        ]}
      />
    </>
  );
}
