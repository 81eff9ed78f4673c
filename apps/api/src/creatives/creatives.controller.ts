import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBadGatewayResponse, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { CreativeSuggestionsService } from './creative-suggestions.service';
import { CopySuggestionsDto } from './dto/copy-suggestions.dto';
import { SuggestCopyDto } from './dto/suggest-copy.dto';
import { WordingCheckDto, WordingReportDto } from './dto/wording.dto';
import { genderCodedBalance, lintWording } from './wording/wording-lint';

/** Ad copy suggestions and the exclusionary-wording check (the job form and the campaign wizard use both). */
@ApiTags('creatives')
@Controller('creatives')
export class CreativesController {
  constructor(private readonly suggestions: CreativeSuggestionsService) {}

  @Post('suggestions')
  @HttpCode(200)
  @ApiOperation({ operationId: 'suggestCreativeCopy', summary: 'Ad copy variants per platform, within its text limits, for a job and its segments (Gemini, or offline templates without a key)' })
  @ApiOkResponse({ type: CopySuggestionsDto })
  @ApiBadGatewayResponse({ description: 'Gemini refused the key or model, or answered unusable copy on every attempt' })
  @ApiServiceUnavailableResponse({ description: 'Gemini rate-limited or failed on every attempt; retry after Retry-After seconds' })
  suggest(@Body() dto: SuggestCopyDto) {
    return this.suggestions.suggest(dto);
  }

  @Post('wording-check')
  @HttpCode(200)
  @ApiOperation({ operationId: 'checkWording', summary: 'Exclusionary wording (age, gender, nationality) in texts, each phrase with its position, a suggestion and its source' })
  @ApiOkResponse({ type: WordingReportDto })
  check(@Body() dto: WordingCheckDto): WordingReportDto {
    return { findings: lintWording(dto.texts, { internship: dto.internship ?? false }), balance: genderCodedBalance(dto.texts) };
  }
}
