/**
 * What other modules may use of the ads platforms: the port's types, errors, money helpers, the registry
 * (ads-platforms.api.ts), the adapter factory and connections. Adapters themselves are reached only through
 * AdsPlatformFactory.
 */
export * from './ads-platforms.api';
export type { AdsPlatform, CampaignObjective, CreativeImageRef, DailyInsight, ExternalIds, LiveChange, PublishSpec } from './ads-platform.port';
export { LIVE_CHANGES } from './ads-platform.port';
export { PlatformError, type PlatformErrorKind } from './platform-error';
export { currencyExponent } from './money';
export { AdsPlatformFactory } from './connections/ads-platform.factory';
export { CONNECTION_NEEDS_REAUTH, type ConnectionEvent } from './connections/connection-events';
export { ConnectionsService } from './connections/connections.service';
export { PlatformConnectionDto } from './connections/dto/connection.dto';
export { AdsPlatformsModule } from './ads-platforms.module';
// The boot seed creates the sandbox connection, outside Nest.
export { seedSandboxConnection } from './connections/sandbox-connection.seed';
