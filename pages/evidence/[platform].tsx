import type { GetStaticPaths, GetStaticProps } from 'next';
import { PlatformGuide } from '@/components/platform-guide/platform-guide';
import { guidanceStaticProps, type GuidancePageProps } from '@/lib/guidance/static-props';
import { findPlatform, platforms } from '@/lib/platforms/registry';

type Props = GuidancePageProps & { platformId: string };

// Built once, to a static file with no framework JavaScript (lib/guidance/static-routes.ts).
export const config = { unstable_runtimeJS: false };

// One page per registry entry, and nothing for any other address.
export const getStaticPaths: GetStaticPaths = () => ({
  paths: platforms.map((platform) => ({ params: { platform: platform.id } })),
  fallback: false,
});

export const getStaticProps: GetStaticProps<Props, { platform: string }> = ({ params }) => {
  const platform = findPlatform(params?.platform ?? '');
  if (!platform) return { notFound: true };
  const { props } = guidanceStaticProps({ title: `Evidence on ${platform.name}` });
  return { props: { ...props, platformId: platform.id } };
};

export default function PlatformGuidePage({ platformId }: Props) {
  const platform = findPlatform(platformId);
  return platform ? <PlatformGuide platform={platform} /> : null;
}
