import { screenshotAlertApps } from '@/lib/platforms/evidence-pages';

/** The apps that tell the other person about a screenshot, or block one, as every page that warns of it lists them. */
export function ScreenshotAlertList() {
  return (
    <ul>
      {screenshotAlertApps.map(({ app, detail }) => (
        <li key={app}>
          <strong>{app}</strong> {detail}
        </li>
      ))}
    </ul>
  );
}
