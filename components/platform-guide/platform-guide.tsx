import Link from 'next/link';
import { SharedGuidance } from '@/components/platform-guide/shared-guidance';
import { Sources } from '@/components/sources/sources';
import { identifierLabels } from '@/lib/platforms/identifiers';
import { guideSources, sharedBlocksFor } from '@/lib/platforms/shared-guidance';
import type { PlatformEntry } from '@/lib/platforms/types';

type Props = {
  platform: PlatformEntry;
};

/** Shown where a step list is empty, rather than an empty heading. */
function Steps({ steps }: { steps: readonly string[] }) {
  if (steps.length === 0) return <p>This does not apply here.</p>;
  return (
    <ol className="steps">
      {steps.map((step) => (
        <li key={step}>{step}</li>
      ))}
    </ol>
  );
}

/** One platform's evidence guide, rendered entirely from its registry entry and the shared blocks. */
export function PlatformGuide({ platform }: Props) {
  const { capture, reporting, traps, stopNcii } = platform;
  const blocks = sharedBlocksFor(platform);
  const sources = guideSources(platform);
  // Only call the page the platform's own when its source is tagged official. Entries with no
  // single platform (text messages, email, websites, other) point to a helpline's guidance.
  const helpSource = sources.find((source) => source.url === reporting.helpUrl);
  const reportTo = platform.reportTo ?? platform.name;
  const helpLinkText =
    helpSource?.kind === 'official'
      ? `Read ${reportTo}\u2019s own help page`
      : `Read more: ${helpSource?.title ?? 'guidance on this route'}`;
  return (
    <>
      <span className="caption">Evidence guide</span>
      <h1>{platform.name}</h1>
      <p className="lead">{platform.summary}</p>

      <div className="inset">
        <p>
          <strong>Capture evidence before you report or block anyone.</strong> Never copy, download,
          forward or send the image itself, and do not reply to, bargain with or pay the person.{' '}
          <Link href="/evidence">Read why, and what to do first</Link>.
        </p>
      </div>

      <h2>What to record</h2>
      <dl className="summary-list">
        {platform.identifiers.map((kind) => (
          <div key={kind} className="summary-list__row">
            <dt>{identifierLabels[kind].label}</dt>
            <dd>{identifierLabels[kind].hint}</dd>
          </div>
        ))}
      </dl>

      <h2>What to capture</h2>
      <Steps steps={capture.whatToCapture} />

      {capture.copyLinkInApp.length > 0 || capture.copyLinkOnWeb.length > 0 ? (
        <>
          <h2>How to copy a link</h2>
          {capture.copyLinkInApp.length > 0 ? (
            <>
              <h3>In the app</h3>
              <Steps steps={capture.copyLinkInApp} />
            </>
          ) : null}
          {capture.copyLinkOnWeb.length > 0 ? (
            <>
              <h3>In a web browser</h3>
              <Steps steps={capture.copyLinkOnWeb} />
            </>
          ) : null}
        </>
      ) : null}

      {capture.downloadYourData.length > 0 ? (
        <>
          <h2>Download a copy of your data</h2>
          <div className="warning-text">
            <SharedGuidance block={blocks.get('download-safely')} headingLevel={3} />
          </div>
          <Steps steps={capture.downloadYourData} />
        </>
      ) : null}

      {traps.length > 0 ? (
        <>
          <h2>Things to watch out for</h2>
          {traps.map((trap) => (
            <div key={trap.title} className="warning-text">
              <h3>{trap.title}</h3>
              <p>{trap.detail}</p>
            </div>
          ))}
        </>
      ) : null}

      <SharedGuidance block={blocks.get('under-18')} headingLevel={2} />

      <h2>Report it to {reportTo}</h2>
      <SharedGuidance block={blocks.get('before-forms')} headingLevel={3} />
      <h3>How to report</h3>
      <p>
        Use <strong>{reporting.route}</strong>.{' '}
        <a href={reporting.helpUrl} rel="noreferrer">
          {helpLinkText}
        </a>
        .
      </p>
      <Steps steps={reporting.steps} />
      <p>{reporting.withoutAccount}</p>
      <p>
        {reporting.reportedPersonTold ??
          'We have not been able to confirm whether the person you report is told that someone reported them.'}
      </p>

      <SharedGuidance block={blocks.get('if-refused')} headingLevel={2} />
      <SharedGuidance block={blocks.get('secure-accounts')} headingLevel={2} />

      <SharedGuidance block={blocks.get('stop-ncii')} headingLevel={2} />
      <p>
        <strong>On {platform.name}:</strong> {stopNcii.note}
      </p>

      <Sources sources={sources} lastReviewed={platform.lastReviewed} />
    </>
  );
}
