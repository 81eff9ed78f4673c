import { platformDescriptor, type PlatformKind, type PublishSpec } from '../../ads-platforms';

/**
 * What the adapter would send, from the platform descriptor's preview (built with the adapter's
 * own pure mappers, so the preview cannot drift from the real request). Values only known at
 * publish time are shown as placeholders such as `{campaign_id}`.
 */
export function platformPayload(kind: PlatformKind, spec: PublishSpec, account: { pageId?: string }): Record<string, unknown> {
  return platformDescriptor(kind).preview(spec, account);
}
