import { usePlatformLabel } from '../api/hooks/adsPlatforms';

/** A platform code ("meta") as people read it ("Meta"), from GET /api/ads-platforms. */
export function PlatformLabel({ code }: { code: string }) {
  return <>{usePlatformLabel()(code)}</>;
}
