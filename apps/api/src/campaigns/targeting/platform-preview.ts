import type { PlatformKind, PublishSpec } from '../../ads-platforms/ads-platform.port';
import { platformDescriptor } from '../../ads-platforms/ads-platforms.api';

/**
 * What the adapter would send, from the platform descriptor's preview (built with the adapter's
 * own pure mappers, so the preview cannot drift from the real request). Values only known at
 * publish time are shown as placeholders such as `{campaign_id}`.
 */
export function platformPayload(kind: PlatformKind, spec: PublishSpec, account: { pageId?: string }): Record<string, unknown> {
  return platformDescriptor(kind).preview(spec, account);
}
