import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../../common/decorators';
import { TrackingService } from './tracking.service';

/**
 * `GET /r/:trackingCode` — the link every published ad points to. Public and outside /api so
 * the URL in the ad stays short; excluded from the contract (it is not an API operation).
 */
@ApiExcludeController()
@Controller('r')
@Public()
export class TrackingController {
  constructor(private readonly tracking: TrackingService) {}

  @Get(':trackingCode')
  async redirect(@Param('trackingCode') code: string, @Res() res: Response): Promise<void> {
    const location = await this.tracking.recordClick(code);
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, location);
  }
}
