import { randomBytes } from 'node:crypto';
import type { CreativeImageRef, PlatformKind } from '../ads-platforms';
import { FieldError, fieldProblem, ProblemException } from '../common/problem';
import type { CreativeDto } from './dto/campaign-input.dto';
import type { CampaignCreative } from './entities/campaign.entity';
import type { Publication } from './entities/publication.entity';
import type { Targeting } from './targeting/derive-targeting';

export interface ScheduleAndBudget {
  startsAt: Date;
  endsAt: Date | null;
  dailyBudgetMinor: number;
  totalBudgetMinor: number | null;
}

/** Cross-field rules of a campaign (single fields are checked by the DTOs). 422 naming each field. */
/** The creative as stored (jsonb, sent to platforms): the text, and the uploaded image resolved from `imageKey`. */
export function storedCreative({ origin: _origin, imageKey: _key, ...text }: CreativeDto, image: CreativeImageRef | undefined): CampaignCreative {
  return { ...text, ...(image ? { image } : {}) };
}

export function assertScheduleAndBudget(c: ScheduleAndBudget): void {
  const errors: FieldError[] = [];
  if (c.endsAt && c.endsAt <= c.startsAt) errors.push({ field: 'endsAt', message: 'must be after startsAt' });
  if (c.totalBudgetMinor !== null && c.totalBudgetMinor < c.dailyBudgetMinor) {
    errors.push({ field: 'totalBudgetMinor', message: 'must be at least one day of budget (dailyBudgetMinor)' });
  }
  if (errors.length) throw new ProblemException(422, errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });
}

/**
 * Every connection must bill in the campaign's currency: the platforms take budgets in the
 * account's currency, so a mismatch is refused when the campaign is written, not at publish.
 */
export function assertBillingCurrency(currency: string, connections: readonly { name: string; label: string; account: { currency?: string | null } }[]): void {
  const others = connections.filter((c) => c.account.currency && c.account.currency !== currency);
  if (others.length === 0) return;
  const which = others.map((c) => `${c.label} "${c.name}" bills in ${c.account.currency}`).join('; ');
  throw fieldProblem(422, 'currency', `${which}: the campaign budget must be in that currency, not ${currency}.`);
}

/** A fresh draft publication: its own idempotency key (`af-` + 12 hex) and tracking code. */
export function newPublication(
  campaignId: string, connection: { id: string; kind: PlatformKind }, targeting: Targeting, audienceSize: number,
): Partial<Publication> {
  return {
    campaignId, connectionId: connection.id, platform: connection.kind, status: 'draft', targetStatus: 'active', targeting,
    externalIds: {}, idempotencyKey: `af-${randomBytes(6).toString('hex')}`, trackingCode: randomBytes(9).toString('base64url'),
    publishGeneration: 0, statusGeneration: 0, attempts: 0, currentStep: null, lastError: null, lastErrorKind: null,
    audienceSize, queuedAt: null, publishedAt: null, statusChangedAt: new Date(),
  };
}
