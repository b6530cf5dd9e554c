import Link from 'next/link';
import { SharedGuidance } from '@/components/platform-guide/shared-guidance';
import { Sources } from '@/components/sources/sources';
import { ScreenshotAlertList } from '@/components/platform-guide/screenshot-alert-list';
import { evidenceOverviewLastReviewed, evidenceOverviewSources } from '@/lib/platforms/evidence-pages';
import { platforms } from '@/lib/platforms/registry';
import { guideCopy, sharedBlock } from '@/lib/platforms/shared-guidance';

/**
 * The evidence overview (/evidence). As on every guide, the under-18 warning and the apps that
 * tell the other person about a screenshot come before the first step that captures anything.
 */
export function EvidenceOverview() {
  return (
    <>
      <h1>Capture evidence safely</h1>
      <div className="warning-text" data-guide-part="under-18-line">
        <p>
          <strong>{guideCopy.under18Line}</strong> <a href="#block-under-18">{guideCopy.under18LinkText}</a>.
        </p>
      </div>
      <p className="lead">
        Good evidence helps the police, the platforms and support services act. It does not have
        to be perfect, and you do not have to do it alone. Do what you can, in this order.
      </p>
      <p>
        <Link href={guideCopy.safetyHref}>{guideCopy.safetyLinkText}</Link>
      </p>

      <SharedGuidance block={sharedBlock('under-18')} headingLevel={2} />

      <div className="warning-text" data-guide-part="screenshot-alerts">
        <h2>Some apps tell the other person about a screenshot</h2>
        <ScreenshotAlertList />
        <p>Read the guide for the app before you take any screenshots.</p>
      </div>

      <h2>1. Capture first, then report or block</h2>
      <p>
        When a platform removes a post after a report, the evidence can go with it. Blocking
        someone can also cut off your own access to the messages. So capture what you need first.
        If you want the police to act, think about contacting them before you report the content
        for removal.
      </p>

      <h2>2. Never copy the image itself</h2>
      <p>
        Do not copy, download, forward or upload the intimate image or video, and do not send it
        to anyone, including us. Capture the things around it instead: the web address, the
        account that posted it, the date and time, and the messages.
      </p>
      <p>If the police ask for the image, ask them how to share it safely before you send anything.</p>

      <h2>3. Do not reply, bargain or pay</h2>
      <p>
        Stop contact with the person. Do not negotiate, and do not send money or more images,
        whatever they threaten. Keep their messages: mute or archive the conversation rather than
        deleting it.
      </p>

      <h2>4. Keep a log</h2>
      <p>Write down, for each thing you find:</p>
      <ul>
        <li>the date and time, and what happened</li>
        <li>where it was: the platform, the web address, the username or phone number</li>
        <li>who you think did it, and why</li>
        <li>whether you reported it, and any reference number you were given</li>
        <li>when you captured it, as well as when it was posted or sent</li>
      </ul>
      <p>
        Keep the log and your screenshots somewhere private that only you can open, such as a
        folder with a password, and keep a second copy somewhere the person who hurt you cannot
        reach.
      </p>
      <p>
        If it feels like too much, save at least the first post, the three most recent and the
        three that worry you most.
      </p>
      <p>
        You can <Link href="/evidence/log">keep an evidence log on this site</Link>. It stays on the
        page: nothing is saved or sent.
      </p>

      <h2>What makes evidence usable</h2>
      <ul>
        <li>
          A screenshot that shows the web address, the account, and the date and time. A capture of
          the whole browser window, with the address bar, is best.
        </li>
        <li>The whole conversation, with the sender and the times showing. Do not crop them out.</li>
        <li>The original messages, kept as they are. Edit only copies.</li>
        <li>
          A copy of your data from the platform, or an exported chat, as well as screenshots:
          screenshots alone lose the hidden details, such as exact times and account IDs. Leave
          photos and videos out of it, and do not download your data at all if you were under 18 in
          the image.
        </li>
        <li>Everything relevant, including anything you think looks bad for you.</li>
      </ul>
      <p>
        Be careful where screenshots are saved: they can go to a shared photo album or cloud
        account that someone else can see.
      </p>

      <h2>Guides for each app and site</h2>
      <ul className="platform-list">
        {platforms.map((platform) => (
          <li key={platform.id}>
            <Link href={`/evidence/${platform.id}`}>{platform.name}</Link>
            <span className="platform-list__summary"> {platform.summary}</span>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/evidence/screenshots">How to take a screenshot or record your screen</Link> on
        an iPhone, Android phone, Windows computer or Mac.
      </p>

      <Sources lastReviewed={evidenceOverviewLastReviewed} sources={evidenceOverviewSources} />
    </>
  );
}
