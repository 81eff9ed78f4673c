import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageOf } from '../../../common/pagination';
import type { PlatformKind } from '../../ads-platform.port';
import { allPlatforms, platformBadge, PLATFORM_KINDS } from '../../platform-registry';
import { CONNECTION_STATUSES, ConnectionStatus } from '../connection-fields';
import { PlatformConnection } from '../entities/platform-connection.entity';
import { declareProperty } from './declare-property';

/** Non-secret account settings, as entered (ids normalized): the public fields of every platform. */
export class ConnectionAccountDto {
  [field: string]: string | undefined;
}

/** Every stored secret of the connection, masked (`••••1234`); the values are never returned. */
export class MaskedSecretsDto {
  [field: string]: string | undefined;
}

// One optional property per connection field of the registered platforms (first declaration wins).
const declared = new Set<string>();
for (const platform of allPlatforms()) {
  for (const field of platform.connection.fields) {
    const target = field.secret ? MaskedSecretsDto : ConnectionAccountDto;
    if (declared.has(`${target.name}.${field.name}`)) continue;
    declared.add(`${target.name}.${field.name}`);
    const doc = field.secret ? { type: String, example: '••••1234', description: `${field.label} (masked)` } : { type: String, example: field.placeholder, description: field.label };
    declareProperty(target.prototype, field.name, ApiPropertyOptional(doc));
  }
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
      id: c.id, kind: c.kind, name: c.name, ...platformBadge(c.kind),
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
