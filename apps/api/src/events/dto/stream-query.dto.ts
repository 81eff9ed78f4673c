import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { STREAM_ID_PATTERN } from '../live-event';

/**
 * A new EventSource cannot send Last-Event-ID itself (only the browser's automatic reconnect of
 * the same object does), so a client that opens a fresh one after an outage passes it here.
 */
export class StreamQuery {
  @ApiPropertyOptional({ description: 'Same as the Last-Event-ID header (the header wins when both are sent).', pattern: STREAM_ID_PATTERN.source, maxLength: 41, example: '1764871200000-0' })
  @IsOptional() @IsString() @Matches(STREAM_ID_PATTERN, { message: 'must be an event id such as 1764871200000-0' })
  lastEventId?: string;
}
