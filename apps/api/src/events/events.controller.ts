import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Principal } from '../auth';
import { CurrentPrincipal } from '../common/decorators';
import { LiveEventDto } from './dto/live-event.dto';
import { StreamQuery } from './dto/stream-query.dto';
import { LIVE_EVENT_TYPES, STREAM_ID_PATTERN } from './live-event';
import { LiveStreams } from './live-streams.service';

const STREAM_DESCRIPTION = [
  'Server-Sent Events. Each event is `id: <id>` and `data: <LiveEventDto as JSON>` where type is one of',
  LIVE_EVENT_TYPES.map((t) => `\`${t}\``).join(', '),
  '(data names what changed by id and status: fetch the resource for the rest). `{"type":"reset"}` without an id means events may',
  'have been missed: refetch what you show. A `: ping` comment comes every ~15 s. Reconnect with `Last-Event-ID` to receive',
  'what you missed (the last ~500 events are kept). Admin-only events go to admins; a notification only to its user.',
].join(' ');

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly streams: LiveStreams) {}

  @Get('stream')
  @ApiOperation({ operationId: 'streamEvents', summary: 'Live updates (Server-Sent Events) for the caller', description: STREAM_DESCRIPTION })
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'The id of the last event received: the stream starts with the events after it.', schema: { type: 'string', pattern: STREAM_ID_PATTERN.source, maxLength: 41 } })
  @ApiProduces('text/event-stream')
  @ApiOkResponse({ description: 'An open event stream (text/event-stream); the schema is that of each event\'s `data:` JSON', type: LiveEventDto })
  stream(@CurrentPrincipal() principal: Principal, @Query() query: StreamQuery, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.streams.serve(principal, req, res, query.lastEventId);
  }
}
