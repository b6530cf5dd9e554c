import Link from 'next/link';
import { SharedGuidance } from '@/components/platform-guide/shared-guidance';
import { Sources } from '@/components/sources/sources';
import { identifierLabels } from '@/lib/platforms/identifiers';
import { guideCopy, guideSources, sharedBlocksFor } from '@/lib/platforms/shared-guidance';
import type { PlatformEntry, Trap } from '@/lib/platforms/types';

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

/** An anchor for a trap, so the top box can point at the full warning below it. */
const trapAnchor = (trap: Trap) => `trap-${trap.title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

function TrapWarning({ trap, headingLevel }: { trap: Trap; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="warning-text" data-trap={trap.beforeCapture ? 'before-capture' : 'other'}>
      <Heading id={trapAnchor(trap)}>{trap.title}</Heading>
      <p>{trap.detail}</p>
    </div>
  );
}

/**
 * One platform's evidence guide, rendered entirely from its registry entry and the shared blocks.
 *
 * The order is the guide's safety rule, fixed here rather than in each content file: the
 * under-18 line, then the short "do this now" box, then the under-18 block, and the app's
 * warnings about screenshots directly above the capture list: only then any step that captures
 * or downloads. Steps she can do
 * on her phone come before the ones that need a computer; reporting comes after capturing, and
 * opens with whether the person will know.
 */
export function PlatformGuide({ platform }: Props) {
  const { capture, reporting, stopNcii } = platform;
  const blocks = sharedBlocksFor(platform);
  const sources = guideSources(platform);
  const beforeCapture = platform.traps.filter((trap) => trap.beforeCapture);
  const otherTraps = platform.traps.filter((trap) => !trap.beforeCapture);
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

      <div className="warning-text" data-guide-part="under-18-line">
        <p>
          <strong>{guideCopy.under18Line}</strong> <a href="#block-under-18">{guideCopy.under18LinkText}</a>.
        </p>
      </div>

      <p className="lead">{platform.summary}</p>

      <div className="inset" data-guide-part="do-now">
        <h2>{guideCopy.doNowHeading}</h2>
        <p>
          <strong>{guideCopy.captureFirst}</strong> <Link href="/evidence">{guideCopy.whyLinkText}</Link>.
        </p>
        <h3>{guideCopy.warningsHeading}</h3>
        <ul>
          {beforeCapture.map((trap) => (
            <li key={trap.title}>
              <a href={`#${trapAnchor(trap)}`}>{trap.title}</a>
            </li>
          ))}
          <li>{guideCopy.screenshotsGo}</li>
        </ul>
        <h3>{guideCopy.captureHeading}</h3>
        <ol className="steps">
          {platform.doNow.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <p>
          {guideCopy.reportLead}{' '}
          <a href={reporting.helpUrl} rel="noreferrer">
            {reporting.route}
          </a>
          . <a href="#block-will-they-know">{guideCopy.willTheyKnowPointer}</a>.
        </p>
        <p>{guideCopy.helpline}</p>
        <p>
          <Link href={guideCopy.safetyHref}>{guideCopy.safetyLinkText}</Link>
        </p>
      </div>

      <SharedGuidance block={blocks.get('under-18')} headingLevel={2} />

      <h2>What to record</h2>
      <dl className="summary-list">
        {platform.identifiers.map((kind) => (
          <div key={kind} className="summary-list__row">
            <dt>{identifierLabels[kind].label}</dt>
            <dd>{identifierLabels[kind].hint}</dd>
          </div>
        ))}
      </dl>

      {beforeCapture.map((trap) => (
        <TrapWarning key={trap.title} trap={trap} headingLevel={2} />
      ))}

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
          {capture.downloadNeedsComputer ? <p data-guide-part="computer-note">{guideCopy.computerNote}</p> : null}
          <div className="warning-text">
            <SharedGuidance block={blocks.get('download-safely')} headingLevel={3} />
          </div>
          <Steps steps={capture.downloadYourData} />
        </>
      ) : null}

      {otherTraps.length > 0 ? (
        <>
          <h2>Things to watch out for</h2>
          {otherTraps.map((trap) => (
            <TrapWarning key={trap.title} trap={trap} headingLevel={3} />
          ))}
        </>
      ) : null}

      <h2 id="report">Report it to {reportTo}</h2>
      <SharedGuidance block={blocks.get('will-they-know')} headingLevel={3} lead={<strong>{reporting.reportedPersonTold}</strong>} />
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
      {reporting.appHelpPages && reporting.appHelpPages.length > 0 ? (
        <>
          <h4>Each app&rsquo;s own help page</h4>
          <ul className="related-links">
            {reporting.appHelpPages.map((page) => (
              <li key={page.url}>
                <a href={page.url} rel="noreferrer">
                  {page.app}: {page.title}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>{reporting.withoutAccount}</p>

      <SharedGuidance block={blocks.get('if-refused')} headingLevel={2} />
      <SharedGuidance block={blocks.get('secure-accounts')} headingLevel={2} />

      <SharedGuidance
        block={blocks.get('stop-ncii')}
        headingLevel={2}
        lead={
          <>
            <strong>On {platform.name}:</strong> {stopNcii.note}
          </>
        }
      />

      <details className="details" data-guide-part="sources">
        <summary>{guideCopy.sourcesSummary}</summary>
        <Sources sources={sources} lastReviewed={platform.lastReviewed} />
      </details>
    </>
  );
}
