import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, ValidateNested } from 'class-validator';
import { NOTIFICATION_KINDS, NotificationKind } from '../notification-kinds';

export class NotificationPreferenceDto {
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: NotificationKind;
  @ApiProperty({ description: 'What this kind is about, for the settings page' }) label: string;
  @ApiProperty() inApp: boolean;
  @ApiProperty() email: boolean;
}

export class NotificationPreferencesDto {
  @ApiProperty({ type: [NotificationPreferenceDto] }) items: NotificationPreferenceDto[];
  @ApiProperty({ description: 'False when the server has no SMTP_URL: e-mail choices are kept but nothing is sent' }) emailAvailable: boolean;
}

export class PreferenceUpdateDto {
  @ApiProperty({ enum: NOTIFICATION_KINDS }) @IsIn(NOTIFICATION_KINDS) kind: NotificationKind;
  @ApiProperty() @IsBoolean() inApp: boolean;
  @ApiProperty() @IsBoolean() email: boolean;
}

export class UpdateNotificationPreferencesDto {
  @ApiProperty({ type: [PreferenceUpdateDto], description: 'The kinds to change; kinds left out keep their setting' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ValidateNested({ each: true }) @Type(() => PreferenceUpdateDto)
  items: PreferenceUpdateDto[];
}
