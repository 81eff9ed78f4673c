import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../common/decorators';
import { ReadinessService } from './readiness.service';

class HealthDto {
  @ApiProperty({ example: 'ok' }) status: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' } }) checks?: Record<string, string>;
}

@ApiTags('health')
@Controller('health')
@Public()
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

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
  ready(): Promise<HealthDto> {
    return this.readiness.check();
  }
}
