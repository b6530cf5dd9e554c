import { EvidenceOverview } from '@/components/platform-guide/evidence-overview';
import { guidanceStaticProps } from '@/lib/guidance/static-props';

// Built once, to a static file with no framework JavaScript (lib/guidance/static-routes.ts).
export const config = { unstable_runtimeJS: false };
export const getStaticProps = () => guidanceStaticProps({ title: 'Capture evidence safely' });

export default function EvidencePage() {
  return <EvidenceOverview />;
}
