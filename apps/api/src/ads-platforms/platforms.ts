import { googlePlatform } from './google/google.platform';
import { metaPlatform } from './meta/meta.platform';
import type { AdsPlatformDescriptor } from './platform-descriptor';
import { sandboxPlatform } from './sandbox/sandbox.platform';

/** Every ads platform AdFlux publishes to, in the order forms list them. Add a new platform here. */
export const ADS_PLATFORMS: readonly AdsPlatformDescriptor[] = [metaPlatform, googlePlatform, sandboxPlatform];
