import { useQuery } from '@tanstack/react-query';
import { api, unwrap, type Schema } from '../client';
import { adsPlatformKeys } from '../queryKeys';

/** What the API knows about each ads platform (kind, label, connection form, employment-ad rules). */
export type AdsPlatform = Schema<'AdsPlatformDto'>;
export type PlatformKind = AdsPlatform['kind'];
export type ConnectionField = Schema<'ConnectionFieldDto'>;

/** Static per deployment: fetched once per session, so every screen can read it synchronously after that. */
export function useAdsPlatforms() {
  return useQuery({
    queryKey: adsPlatformKeys.all,
    queryFn: async () => (await unwrap(api.GET('/api/ads-platforms'))).items,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

/** One platform's metadata (undefined while loading or for an unknown kind). */
export function useAdsPlatform(kind: string | undefined): AdsPlatform | undefined {
  return useAdsPlatforms().data?.find((p) => p.kind === kind);
}

/** Kind → label ("meta" → "Meta"); the code itself until the list has loaded or for an unknown code. */
export function usePlatformLabel(): (code: string) => string {
  const platforms = useAdsPlatforms().data;
  return (code) => platforms?.find((p) => p.kind === code)?.label ?? code;
}

/** "Meta: up to 40 characters; Google Ads: up to 30." for a creative field, from each platform's text limits. */
export function textLimitHint(platforms: readonly AdsPlatform[] | undefined, field: 'headline' | 'primaryText' | 'description'): string | undefined {
  const limits = (platforms ?? []).filter((p) => p.compliance.textLimits[field] !== undefined).map((p) => ({ label: p.label, max: p.compliance.textLimits[field] }));
  if (!limits.length) return undefined;
  return `${limits.map(({ label, max }, i) => `${label}: up to ${max}${i === 0 ? ' characters' : ''}`).join('; ')}.`;
}

/** "Meta: at least 600×600; Google Ads: 1.91:1 at least 600×314 or 1:1 at least 300×300." from each platform's image shapes. */
export function imageSizeHint(platforms: readonly AdsPlatform[] | undefined): string | undefined {
  const parts = (platforms ?? []).filter((p) => p.compliance.imageShapes.length).map((p) => {
    const shapes = p.compliance.imageShapes.map((s) => `${s.aspectRatio === null ? '' : `${s.aspectRatio === 1 ? '1:1' : `${s.aspectRatio}:1`} `}at least ${s.minWidth}×${s.minHeight}`);
    return `${p.label}: ${shapes.join(' or ')}`;
  });
  return parts.length ? `${parts.join('; ')}.` : undefined;
}
