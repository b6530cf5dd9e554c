import { ScreenshotGuide } from '@/components/platform-guide/screenshot-guide';
import { guidanceStaticProps } from '@/lib/guidance/static-props';

// Built once, to a static file with no framework JavaScript (lib/guidance/static-routes.ts).
export const config = { unstable_runtimeJS: false };
export const getStaticProps = () => guidanceStaticProps({ title: 'How to take a screenshot or record your screen' });

export default function ScreenshotsPage() {
  return <ScreenshotGuide />;
}
