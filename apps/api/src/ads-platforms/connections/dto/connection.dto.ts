import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageOf } from '../../../common/pagination';
import type { PlatformKind } from '../../ads-platform.port';
import { CONNECTION_STATUSES, ConnectionStatus, KIND_LABELS, PLATFORM_KINDS } from '../connection-fields';
import { PlatformConnection } from '../entities/platform-connection.entity';

/** Non-secret account settings, as entered (ids normalized). */
export class ConnectionAccountDto {
  @ApiPropertyOptional({ example: 'act_1234567890' }) adAccountId?: string;
  @ApiPropertyOptional() pageId?: string;
  @ApiPropertyOptional() appId?: string;
  @ApiPropertyOptional({ example: '1234567890', description: '10 digits' }) customerId?: string;
  @ApiPropertyOptional({ description: '10 digits' }) loginCustomerId?: string;
  @ApiPropertyOptional({ example: 'USD' }) currency?: string;
  @ApiPropertyOptional({ example: 'America/Chicago' }) timeZone?: string;
}

/** Every stored secret of the connection, masked (`••••1234`); the values are never returned. */
export class MaskedSecretsDto {
  @ApiPropertyOptional({ example: '••••1234' }) accessToken?: string;
  @ApiPropertyOptional({ example: '••••' }) appSecret?: string;
  @ApiPropertyOptional({ example: '••••1234' }) developerToken?: string;
  @ApiPropertyOptional({ example: '••••1234' }) clientId?: string;
  @ApiPropertyOptional({ example: '••••1234' }) clientSecret?: string;
  @ApiPropertyOptional({ example: '••••1234' }) refreshToken?: string;
}

export class PlatformConnectionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: PLATFORM_KINDS }) kind: PlatformKind;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Platform name to show; "Sandbox" for simulated connections', example: 'Meta' }) label: string;
  @ApiProperty({ description: 'True for the simulated platform: nothing is really published or spent' }) isSandbox: boolean;
  @ApiProperty({ enum: CONNECTION_STATUSES }) status: ConnectionStatus;
  @ApiProperty({ type: String, nullable: true, description: 'Account name when connected, or the (redacted) error text' }) statusDetail: string | null;
  @ApiProperty({ type: ConnectionAccountDto }) account: ConnectionAccountDto;
  @ApiProperty({ type: MaskedSecretsDto }) secrets: MaskedSecretsDto;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastVerifiedAt: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Set once deleted (kept for publication history)' }) archivedAt: string | null;

  static from(this: void, c: PlatformConnection): PlatformConnectionDto {
    return {
      id: c.id, kind: c.kind, name: c.name, label: KIND_LABELS[c.kind], isSandbox: c.kind === 'sandbox',
      status: c.status, statusDetail: c.statusDetail, account: { ...c.publicFields }, secrets: { ...c.secretMasks },
      lastVerifiedAt: c.lastVerifiedAt?.toISOString() ?? null, createdAt: c.createdAt.toISOString(), updatedAt: c.updatedAt.toISOString(),
      archivedAt: c.archivedAt?.toISOString() ?? null,
    };
  }
}

export class PlatformConnectionPageDto extends PageOf(PlatformConnectionDto) {}

export class VerifyConnectionResultDto {
  @ApiProperty({ description: 'True when the platform accepted the credentials and the account is usable' }) ok: boolean;
  @ApiProperty({ description: 'Account name, or why it failed (never contains secrets)' }) detail: string;
  @ApiProperty({ type: PlatformConnectionDto }) connection: PlatformConnectionDto;
}
