import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageOf, PageQuery } from '../../common/pagination';
import { NOTIFICATION_KINDS, NotificationKind } from '../notification-kinds';
import type { NotificationRow } from '../notifications.repository';

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind: NotificationKind;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ type: String, nullable: true, description: 'SPA path to open (e.g. /campaigns/<id>)' }) link: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt: string | null;

  static from(row: NotificationRow): NotificationDto {
    return {
      id: row.id, kind: row.kind, title: row.title, body: row.body, link: row.link,
      createdAt: new Date(row.created_at).toISOString(), readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
    };
  }
}

export class NotificationPageDto extends PageOf(NotificationDto) {}

export class NotificationListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only unread notifications' })
  @IsOptional() @IsIn(['true', 'false'])
  unread?: 'true' | 'false';
}

export class UnreadCountDto {
  @ApiProperty({ minimum: 0 }) count: number;
}

export class MarkAllReadDto {
  @ApiProperty({ minimum: 0, description: 'How many notifications were unread' }) updated: number;
}
