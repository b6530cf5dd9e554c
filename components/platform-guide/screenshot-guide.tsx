import Link from 'next/link';
import { Sources } from '@/components/sources/sources';
import { ScreenshotAlertList } from '@/components/platform-guide/screenshot-alert-list';
import { screenshotGuideLastReviewed, screenshotGuideSources } from '@/lib/platforms/evidence-pages';
import { guideCopy } from '@/lib/platforms/shared-guidance';

/**
 * The screenshot and screen-recording guide (/evidence/screenshots). The apps that notify or
 * block screenshots come before the device steps, so she reads them before she takes one.
 */
export function ScreenshotGuide() {
  return (
    <>
      <h1>How to take a screenshot or record your screen</h1>
      <div className="warning-text" data-guide-part="under-18-line">
        <p>
          <strong>{guideCopy.under18Line}</strong>{' '}
          <Link href="/evidence#block-under-18">{guideCopy.under18LinkText}</Link>.
        </p>
      </div>
      <p className="lead">
        Capture the account, the date and time, and the web address around the content, not the
        intimate image itself.
      </p>
      <div className="inset">
        <p>
          These steps follow Apple&rsquo;s, Google&rsquo;s and Microsoft&rsquo;s own help pages,
          listed under Sources. Buttons differ between models and change with updates. If a step
          does not work on your device, search its settings or help for &ldquo;screenshot&rdquo; or
          &ldquo;screen recording&rdquo;.
        </p>
      </div>

      <h2>Before you start</h2>
      <ul>
        <li>
          Turn on Do Not Disturb or Focus first, so a new message or notification does not appear in
          your screenshot or recording. A screen recording can also record sound.
        </li>
        <li>
          Screenshots and recordings are saved with your photos, and can go to a shared album or a
          cloud account that someone else can see. Check where yours are saved.
        </li>
        <li>
          If a screenshot would show the intimate image, capture what is around it instead: scroll
          so the image is off the screen, or capture the page before you open it.
        </li>
      </ul>

      <h2 id="apps-that-notify">Apps that notify or block screenshots</h2>
      <div className="warning-text">
        <ScreenshotAlertList />
      </div>
      <p>
        The <Link href="/evidence">guide for each app</Link> says more, and what to capture instead.
        Read it before you take a screenshot.
      </p>

      <h2>iPhone</h2>
      <h3>Screenshot</h3>
      <ul>
        <li>
          <strong>iPhone with Face ID:</strong> press the side button and the volume up button
          together, then let go.
        </li>
        <li>
          <strong>iPhone with a Home button:</strong> press the side (or top) button and the Home
          button together.
        </li>
      </ul>
      <h3>A long page or chat</h3>
      <ul>
        <li>
          For a web page in Safari, take a screenshot, tap the small picture that appears, then tap
          Full Page. It is saved as a PDF.
        </li>
        <li>
          Apps such as WhatsApp or Messages have no full-page screenshot. Take screenshots in order,
          each one overlapping the last, or record the screen while you scroll slowly.
        </li>
      </ul>
      <h3>Record the screen</h3>
      <ul>
        <li>Open Control Centre and tap the Screen Recording button. Recording starts after a 3-second countdown.</li>
        <li>To stop, tap the red button or the red bar at the top of the screen, then Stop.</li>
        <li>
          If you cannot see the button, add it to Control Centre. In recent versions of iOS, touch
          and hold an empty part of Control Centre and tap Add a Control; in older versions, go to
          Settings, then Control Centre.
        </li>
      </ul>

      <h2>Android</h2>
      <h3>Screenshot</h3>
      <ul>
        <li>
          <strong>Most phones:</strong> press the power button and the volume down button together.
          The screenshot is saved in a Screenshots folder in your photos or gallery.
        </li>
        <li>
          <strong>Some older phones:</strong> press the power button and the Home button together.
        </li>
      </ul>
      <h3>A long page or chat</h3>
      <ul>
        <li>
          After taking a screenshot, tap Capture more, if your phone shows it, and choose how far
          down to capture. On Samsung Galaxy phones the button may be called Scroll capture.
        </li>
        <li>If there is no such button, take screenshots in order, each one overlapping the last.</li>
      </ul>
      <h3>Record the screen</h3>
      <ul>
        <li>Swipe down twice from the top of the screen to open Quick Settings.</li>
        <li>
          Tap Screen record. You may need to swipe to find it, or add it with the edit (pencil)
          button. Choose whether to record sound, then Start.
        </li>
        <li>To stop, swipe down and tap the screen recorder notification.</li>
      </ul>

      <h2>Windows</h2>
      <h3>Screenshot</h3>
      <ul>
        <li>
          <strong>Windows key + Print Screen:</strong> saves a picture of the whole screen in
          Pictures, in the Screenshots folder.
        </li>
        <li>
          <strong>Windows key + Shift + S:</strong> opens Snipping Tool, so you can choose part of
          the screen or a window. Select the notification that appears to save it.
        </li>
      </ul>
      <h3>A long page</h3>
      <ul>
        <li>
          Windows has no scrolling screenshot of its own. Take screenshots in order, each one
          overlapping the last, or record the screen while you scroll.
        </li>
      </ul>
      <h3>Record the screen</h3>
      <ul>
        <li>
          Open Snipping Tool, choose Record, select the part of the screen, then Start. Stop it from
          the toolbar and save the recording.
        </li>
      </ul>

      <h2>Mac</h2>
      <h3>Screenshot</h3>
      <ul>
        <li>
          <strong>Command + Shift + 3:</strong> saves the whole screen to the desktop, named with the
          date and time.
        </li>
        <li>
          <strong>Command + Shift + 4:</strong> drag to choose an area. To capture one window
          instead, press the space bar after Command + Shift + 4.
        </li>
      </ul>
      <h3>A long page or chat</h3>
      <ul>
        <li>
          macOS has no scrolling screenshot. Take screenshots in order, each one overlapping the
          last, or record the screen while you scroll.
        </li>
      </ul>
      <h3>Record the screen</h3>
      <ul>
        <li>
          <strong>Command + Shift + 5:</strong> opens the screenshot toolbar. Choose to record the
          whole screen or a part of it, then Record. Stop it with the button in the menu bar.
        </li>
      </ul>

      <Sources lastReviewed={screenshotGuideLastReviewed} sources={screenshotGuideSources} />
    </>
  );
}
