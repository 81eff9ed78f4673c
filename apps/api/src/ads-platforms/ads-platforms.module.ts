import { Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SecretBox } from '../common/crypto/secret-box';
import { appConfig } from '../config/app-config';
import { defaultAdapterBuilders } from './connections/adapter-builders';
import { ADAPTER_BUILDERS, AdsPlatformFactory } from './connections/ads-platform.factory';
import { ConnectionSecrets } from './connections/connection-secrets';
import { ConnectionVerifier } from './connections/connection-verifier';
import { ConnectionsController } from './connections/connections.controller';
import { ConnectionsRepository } from './connections/connections.repository';
import { ConnectionsService } from './connections/connections.service';
import { PlatformConnection } from './connections/entities/platform-connection.entity';

/**
 * Ads platforms: connections (credentials sealed at rest) and the factory that builds a
 * connection's adapter. Other modules use AdsPlatformFactory and ConnectionsService only.
 */
@Module({
  imports: [TypeOrmModule.forFeature([PlatformConnection])],
  controllers: [ConnectionsController],
  providers: [
    { provide: SecretBox, useFactory: () => SecretBox.fromConfig(appConfig()) },
    // A fresh object per app, so a test can replace one kind without touching other apps.
    { provide: ADAPTER_BUILDERS, useFactory: (dataSource: DataSource) => defaultAdapterBuilders(appConfig(), dataSource), inject: [getDataSourceToken()] },
    ConnectionSecrets, ConnectionsRepository, ConnectionsService, ConnectionVerifier, AdsPlatformFactory,
  ],
  exports: [AdsPlatformFactory, ConnectionsService],
})
export class AdsPlatformsModule {}
