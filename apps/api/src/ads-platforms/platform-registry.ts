import type { PlatformKind } from './ads-platform.port';
import type { AdsPlatformDescriptor } from './platform-descriptor';
import { ADS_PLATFORMS } from './platforms';

/** Lookups over ADS_PLATFORMS; code that differs per platform asks here instead of testing the kind. */
export const PLATFORM_KINDS: readonly PlatformKind[] = ADS_PLATFORMS.map((d) => d.kind);

const BY_KIND = new Map(ADS_PLATFORMS.map((d) => [d.kind, d]));

export function allPlatforms(): readonly AdsPlatformDescriptor[] {
  return ADS_PLATFORMS;
}

/** Throws for a kind no descriptor declares (a row from a removed platform, a bug): never guess another platform. */
export function platformDescriptor(kind: PlatformKind): AdsPlatformDescriptor {
  const descriptor = BY_KIND.get(kind);
  if (!descriptor) throw new Error(`No ads platform "${kind}" is registered (see ads-platforms/platforms.ts).`);
  return descriptor;
}

export const isPlatformKind = (value: unknown): value is PlatformKind => BY_KIND.has(value as PlatformKind);

/** How a connection or publication of this kind is labelled everywhere ("Meta"; sandbox ones flagged). */
export function platformBadge(kind: PlatformKind): { label: string; isSandbox: boolean } {
  const { label, isSandbox } = platformDescriptor(kind);
  return { label, isSandbox };
}
