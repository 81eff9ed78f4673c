import { Module } from '@nestjs/common';
import { auditTargetNamer } from '../audit';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApiToken } from './api-token.entity';
import { ApiTokensController } from './api-tokens.controller';
import { ApiTokensRepository } from './api-tokens.repository';
import { ApiTokensService } from './api-tokens.service';

/** API tokens for third parties (admin settings). Exports ApiTokensService for the auth guard. */
@Module({
  imports: [TypeOrmModule.forFeature([ApiToken])],
  controllers: [ApiTokensController],
  providers: [ApiTokensService, ApiTokensRepository, auditTargetNamer('api_token', ApiTokensRepository, (tokens, ids) => tokens.names(ids))],
  exports: [ApiTokensService],
})
export class ApiTokensModule {}
