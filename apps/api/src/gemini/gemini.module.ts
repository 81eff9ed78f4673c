import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SecretBox } from '../common/crypto/secret-box';
import { APP_CONFIG, AppConfig } from '../config/config.module';
import { GeminiSettingsRow } from './entities/gemini-settings.entity';
import { GeminiAccess } from './gemini-access.service';
import { GeminiSettingsController } from './gemini-settings.controller';
import { GeminiSettingsRepository } from './gemini-settings.repository';

/** Gemini access for every feature that writes with it (ad copy), and its admin settings. */
@Module({
  imports: [TypeOrmModule.forFeature([GeminiSettingsRow])],
  controllers: [GeminiSettingsController],
  providers: [
    GeminiAccess, GeminiSettingsRepository,
    { provide: SecretBox, useFactory: (config: AppConfig) => SecretBox.fromConfig(config), inject: [APP_CONFIG] },
  ],
  exports: [GeminiAccess],
})
export class GeminiModule {}
