import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PlatformGuide } from '@/components/platform-guide/platform-guide';
import { findPlatform, platforms } from '@/lib/platforms/registry';

type Props = { params: Promise<{ platform: string }> };

// One page per registry entry, and nothing for any other address.
export const dynamicParams = false;

export function generateStaticParams() {
  return platforms.map((platform) => ({ platform: platform.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const platform = findPlatform((await params).platform);
  return { title: platform ? `Evidence on ${platform.name}` : 'Page not found' };
}

export default async function PlatformGuidePage({ params }: Props) {
  const platform = findPlatform((await params).platform);
  if (!platform) notFound();
  return <PlatformGuide platform={platform} />;
}
