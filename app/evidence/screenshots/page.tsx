import type { Metadata } from 'next';
import { Sources } from '@/components/sources/sources';

export const metadata: Metadata = { title: 'How to take a screenshot or record your screen' };

export default function ScreenshotsPage() {
  return (
    <>
      <h1>How to take a screenshot or record your screen</h1>
      <p className="lead">
        Capture the account, the date and time, and the web address around the content, not the
        intimate image itself.
      </p>
      <div className="inset">
        <p>
          These steps come from guides written by others, not from Apple, Google or Microsoft.
          Buttons differ between models and change with updates. If these steps do not work on your
          device, search its help pages for &ldquo;screenshot&rdquo;.
        </p>
      </div>

      <h2>iPhone</h2>
      <ul>
        <li>
          <strong>iPhone without a Home button:</strong> press the side button and the volume up
          button together, then let go.
        </li>
        <li>
          <strong>iPhone with a Home button:</strong> press the side (or top) button and the Home
          button together.
        </li>
        <li>
          <strong>Record your screen:</strong> add Screen Recording to Control Centre in Settings.
          Then open Control Centre and tap the record button.
        </li>
      </ul>

      <h2>Android</h2>
      <ul>
        <li>
          <strong>Most phones:</strong> press the power button and the volume down button together.
          The screenshot is saved in a Screenshots folder in your gallery.
        </li>
        <li>
          <strong>Some older phones:</strong> press the power button and the Home button together.
        </li>
      </ul>

      <h2>Windows</h2>
      <ul>
        <li>
          <strong>Windows key + Print Screen:</strong> saves a picture of the whole screen in
          Pictures, in the Screenshots folder.
        </li>
        <li>
          <strong>Windows key + Shift + S:</strong> lets you choose part of the screen or a window.
          Select the notification that appears to save it.
        </li>
      </ul>

      <h2>Mac</h2>
      <ul>
        <li>
          <strong>Command + Shift + 3:</strong> saves the whole screen to the desktop, named with the
          date and time.
        </li>
        <li>
          <strong>Command + Shift + 4:</strong> drag to choose an area. To capture one window
          instead, press the space bar after Command + Shift + 4.
        </li>
        <li>
          <strong>Command + Shift + 5:</strong> opens the screenshot toolbar, which can also record
          the screen.
        </li>
      </ul>

      <h2>Before you start</h2>
      <ul>
        <li>
          Screenshots can go to a shared photo album or a cloud account that someone else can see.
          Check where yours are saved.
        </li>
        <li>
          A screenshot can catch other notifications on your screen. Check it before you show it to
          anyone.
        </li>
        <li>
          Some apps block screenshots, such as WhatsApp&rsquo;s view-once messages. Instagram may
          tell the other person if you take a screenshot in vanish mode, and guides say Snapchat
          tells the sender, though we have not confirmed either from their own help pages. The
          guide for each app says more.
        </li>
      </ul>

      <Sources
        lastReviewed="2026-11-28"
        sources={[
          { title: 'Bando: how to take a screenshot on iPhone', url: 'https://dashboard.bando.com/screen-shot-ios' },
          { title: 'Bando: how to record your screen on iPhone', url: 'https://dashboard.bando.com/record-screen-on-ios' },
          { title: 'Pastebin note: screenshots on iPhones with a Home button', url: 'https://pastebin.com/J4KQFqEs' },
          { title: 'Cognitive Hub: screen capture on Android', url: 'https://cognitivehub.in/screen-capture-and-sharing-in-android-5-0' },
          { title: 'Screenshots on older Samsung phones (Power + Home)', url: 'https://indiacap.dusted.com/?p=27419' },
          { title: 'Tebesir: Windows key + Shift + S (quoting Microsoft Support)', url: 'https://tebesir.com/i-screenshot-windows' },
          { title: 'Otokini: how to take a screenshot on a computer', url: 'https://www.otokini.com/2023/12/26/how-do-i-take-a-screenshot-on-my-computer/' },
          { title: 'CK Solutions: screenshots on macOS', url: 'https://cksolutions.ie/capture-screen-shot-mac-os/' },
          { title: 'Flyriver: Command + Shift + 3 and the screenshot toolbar', url: 'https://www.flyriver.com/g/command-shift-3' },
          { title: 'NationalWorld: WhatsApp blocks screenshots of view-once messages', url: 'https://www.nationalworld.com/lifestyle/tech/whatsapp-blocks-screenshots-for-view-once-messages-in-latest-privacy-update-5247430' },
          { title: 'Gadgets Africa: vanish mode on Instagram', url: 'https://gadgets-africa.com/2020/12/18/vanish-mode-on-instagram-what-is-it-and-how-it-works/' },
          { title: 'Abuse Support Hub: documenting digital harassment', url: 'https://abusesupporthub.com/articles/documenting-digital-harassment.html' },
          { title: 'Tinygrab: can people on Snapchat see if you screenshot?', url: 'https://tinygrab.com/can-people-on-snapchat-see-if-you-screenshot-their-story' },
        ]}
      />
    </>
  );
}
