import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Principal } from '../auth';
import { CurrentPrincipal, SelfService, SessionOnly } from '../common/decorators';
import { IdParam } from '../common/id-param';
import { MarkAllReadDto, NotificationDto, NotificationListQuery, NotificationPageDto, UnreadCountDto } from './dto/notification.dto';
import { NotificationPreferencesDto, UpdateNotificationPreferencesDto } from './dto/notification-preferences.dto';
import { NotificationsService } from './notifications.service';

/** The signed-in person's own notifications and preferences (every role; API tokens have no inbox). */
@ApiTags('notifications')
@Controller('notifications')
@SelfService()
@SessionOnly()
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ operationId: 'listNotifications', summary: 'My notifications, newest first (keyset pages)' })
  @ApiOkResponse({ type: NotificationPageDto })
  list(@Query() query: NotificationListQuery, @CurrentPrincipal() principal: Principal) {
    return this.notifications.list(principal.id, query);
  }

  @Get('unread-count')
  @ApiOperation({ operationId: 'countUnreadNotifications', summary: 'How many of my notifications are unread (the bell)' })
  @ApiOkResponse({ type: UnreadCountDto })
  unreadCount(@CurrentPrincipal() principal: Principal) {
    return this.notifications.unreadCount(principal.id);
  }

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ operationId: 'markAllNotificationsRead', summary: 'Mark every notification of mine read' })
  @ApiOkResponse({ type: MarkAllReadDto })
  markAllRead(@CurrentPrincipal() principal: Principal) {
    return this.notifications.markAllRead(principal.id);
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ operationId: 'markNotificationRead', summary: 'Mark one notification of mine read (idempotent)' })
  @ApiOkResponse({ type: NotificationDto })
  markRead(@IdParam() id: string, @CurrentPrincipal() principal: Principal) {
    return this.notifications.markRead(principal.id, id);
  }

  @Get('preferences')
  @ApiOperation({ operationId: 'getNotificationPreferences', summary: 'My channels (in-app, e-mail) per kind of notification' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  preferences(@CurrentPrincipal() principal: Principal) {
    return this.notifications.preferences(principal.id);
  }

  @Put('preferences')
  @ApiOperation({ operationId: 'updateNotificationPreferences', summary: 'Change my channels for the kinds given' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  updatePreferences(@Body() dto: UpdateNotificationPreferencesDto, @CurrentPrincipal() principal: Principal) {
    return this.notifications.updatePreferences(principal.id, dto);
  }
}
