import { Module } from '@nestjs/common';
import { GeminiModule } from '../gemini/gemini.api';
import { JobsModule } from '../jobs';
import { SegmentsModule } from '../segments';
import { CopywriterFactory } from './copywriters/copywriter.factory';
import { CreativeSuggestionsService } from './creative-suggestions.service';
import { CreativesController } from './creatives.controller';

/** Creative studio: ad copy suggestions (Gemini or offline) and the wording check. */
@Module({
  imports: [GeminiModule, JobsModule, SegmentsModule],
  controllers: [CreativesController],
  providers: [CreativeSuggestionsService, CopywriterFactory],
})
export class CreativesModule {}
