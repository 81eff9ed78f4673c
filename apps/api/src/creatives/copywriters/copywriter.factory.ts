import { Injectable } from '@nestjs/common';
import { GeminiAccess } from '../../gemini/gemini.api';
import type { CopywriterPort } from './copywriter.port';
import { GeminiCopywriter } from './gemini-copywriter';
import { OfflineCopywriter } from './offline-copywriter';

/** Gemini when a key is configured now (environment or settings), the offline templates otherwise. */
@Injectable()
export class CopywriterFactory {
  constructor(private readonly gemini: GeminiAccess) {}

  async create(): Promise<{ writer: CopywriterPort; origin: 'ai' | 'offline' }> {
    const call = await this.gemini.current();
    return call ? { writer: new GeminiCopywriter(call), origin: 'ai' } : { writer: new OfflineCopywriter(), origin: 'offline' };
  }
}
