import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { PageOf, PageQuery } from '../common/pagination';
import { AuditEntry } from './audit-entry.entity';

export class AuditEntryDto {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ enum: ['user', 'token', 'system', 'anonymous'] }) actorType: string;
  @ApiProperty({ type: String, nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true }) actorLabel: string | null;
  @ApiProperty({ example: 'auth.login' }) action: string;
  @ApiProperty({ type: String, nullable: true }) targetType: string | null;
  @ApiProperty({ type: String, nullable: true }) targetId: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The target's current name (job title, campaign name…); null when it has none or no longer exists" })
  targetName: string | null;
  @ApiProperty({ type: String, nullable: true }) ip: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) details: Record<string, unknown>;

  static from(this: void, e: AuditEntry, targetName: string | null = null): AuditEntryDto {
    return { id: e.id, at: e.at.toISOString(), actorType: e.actorType, actorId: e.actorId, actorLabel: e.actorLabel, action: e.action, targetType: e.targetType, targetId: e.targetId, targetName, ip: e.ip, details: e.details };
  }
}

export class AuditEntryPageDto extends PageOf(AuditEntryDto) {}

export class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ example: 'auth.login_failed' })
  @IsOptional() @IsString() @Matches(/^[a-z_.]{1,64}$/)
  action?: string;
}

export class AuditActionsDto {
  @ApiProperty({ type: [String], description: 'Every action the log holds, alphabetically (the values the `action` filter can match)', example: ['auth.login', 'user.created'] })
  items: string[];
}
