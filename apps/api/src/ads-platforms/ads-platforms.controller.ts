import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdsPlatformDto, AdsPlatformListDto } from './dto/ads-platform.dto';
import { allPlatforms } from './platform-registry';

/** The registered ads platforms as data, so the SPA lists kinds, labels, form fields and rules without a copy. */
@ApiTags('ads-platforms')
@Controller('ads-platforms')
export class AdsPlatformsController {
  @Get()
  @ApiOperation({ operationId: 'listAdsPlatforms', summary: 'Ads platforms AdFlux can publish to: label, connection fields, employment-ad rules' })
  @ApiOkResponse({ type: AdsPlatformListDto })
  list(): AdsPlatformListDto {
    return { items: allPlatforms().map(AdsPlatformDto.from) };
  }
}
