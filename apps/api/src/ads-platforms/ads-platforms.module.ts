import { Module } from '@nestjs/common';
import { auditTargetNamer } from '../audit';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SecretBox } from '../common/crypto/secret-box';
import { APP_CONFIG, AppConfig } from '../config/config.module';
import { IMAGE_STORAGE, MediaModule, type ImageStorage } from '../media';
import { AdsPlatformsController } from './ads-platforms.controller';
import { defaultAdapterBuilders } from './connections/adapter-builders';
import { ADAPTER_BUILDERS, AdsPlatformFactory } from './connections/ads-platform.factory';
import { ConnectionSecrets } from './connections/connection-secrets';
import { ConnectionVerifier } from './connections/connection-verifier';
import { ConnectionsController } from './connections/connections.controller';
import { ConnectionsRepository } from './connections/connections.repository';
import { ConnectionsService } from './connections/connections.service';
import { PlatformConnection } from './connections/entities/platform-connection.entity';
import { SandboxObjectsRepository } from './sandbox/sandbox-objects.repository';

/**
 * Ads platforms: the registry of platform descriptors (GET /ads-platforms), connections
 * (credentials sealed at rest) and the factory that builds a connection's adapter. Other modules
 * use AdsPlatformFactory and ConnectionsService only.
 */
@Module({
  imports: [TypeOrmModule.forFeature([PlatformConnection]), MediaModule],
  controllers: [AdsPlatformsController, ConnectionsController],
  providers: [
    { provide: SecretBox, useFactory: (config: AppConfig) => SecretBox.fromConfig(config), inject: [APP_CONFIG] },
    // A fresh object per app, so a test can replace one kind without touching other apps.
    {
      provide: ADAPTER_BUILDERS,
      useFactory: (config: AppConfig, sandboxObjects: SandboxObjectsRepository, images: ImageStorage) =>
        defaultAdapterBuilders({ config, sandboxStore: (id) => sandboxObjects.storeFor(id), images }),
      inject: [APP_CONFIG, SandboxObjectsRepository, IMAGE_STORAGE],
    },
    auditTargetNamer('platform_connection', ConnectionsRepository, (connections, ids) => connections.names(ids)),
    ConnectionSecrets, ConnectionsRepository, ConnectionsService, ConnectionVerifier, AdsPlatformFactory, SandboxObjectsRepository,
  ],
  exports: [AdsPlatformFactory, ConnectionsService],
})
export class AdsPlatformsModule {}
