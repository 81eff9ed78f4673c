import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { Public } from '../common/decorators';
import { ProblemException } from '../common/problem';
import { REDIS } from '../redis/redis.module';

class HealthDto {
  @ApiProperty({ example: 'ok' }) status: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' } }) checks?: Record<string, string>;
}

const CHECK_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS).unref())]);
}

@ApiTags('health')
@Controller('health')
@Public()
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource, @Inject(REDIS) private readonly redis: Redis) {}

  @Get()
  @ApiOperation({ operationId: 'liveness', summary: 'The process is up' })
  @ApiOkResponse({ type: HealthDto })
  live(): HealthDto {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ operationId: 'readiness', summary: 'PostgreSQL and Redis answer' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ description: 'A dependency is down (problem+json with checks)' })
  async ready(): Promise<HealthDto> {
    const [postgres, redis] = await Promise.all([
      withTimeout(this.db.query('SELECT 1')).then(() => 'up', () => 'down'),
      withTimeout(this.redis.ping()).then(() => 'up', () => 'down'),
    ]);
    const checks = { postgres, redis };
    if (postgres !== 'up' || redis !== 'up') throw new ProblemException(503, 'A dependency is unavailable.', { checks });
    return { status: 'ok', checks };
  }
}
