import type { AdapterDeps } from '../platform-descriptor';
import { allPlatforms } from '../platform-registry';
import type { AdapterBuilders } from './ads-platform.factory';

/**
 * The production adapters: one builder per registered platform, each from its descriptor.
 * A fresh object per call, so a test app can replace one kind without touching other apps.
 */
export function defaultAdapterBuilders(deps: AdapterDeps): AdapterBuilders {
  return Object.fromEntries(allPlatforms().map((platform) => [platform.kind, (input) => platform.createAdapter(input, deps)])) as AdapterBuilders;
}
