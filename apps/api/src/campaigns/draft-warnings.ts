import { isURL } from 'class-validator';
import type { FieldError } from '../common/problem';
import type { JobForAds } from '../jobs';
import type { PreviewCampaignDto } from './dto/preview.dto';

/** Creative fields create requires (CreativeDto: at least one character). */
const REQUIRED_CREATIVE = [
  ['headline', 'Write a headline.'],
  ['primaryText', 'Write the primary text.'],
] as const;

export const isHttpsUrl = (value: string) => isURL(value, { protocols: ['https'], require_protocol: true });

/**
 * What a half-filled campaign still lacks, as warnings the wizard shows next to the live preview
 * (the preview itself always answers): the fields create requires, the cross-field schedule and
 * budget rules, and the job's https application URL that publishing requires. Same messages as
 * the rules they mirror; field names as in the create body.
 */
export function draftWarnings(dto: PreviewCampaignDto, job: Pick<JobForAds, 'applicationUrl'>): FieldError[] {
  const warnings: FieldError[] = [];
  const warn = (field: string, message: string) => warnings.push({ field, message });
  if (!dto.name?.trim()) warn('name', 'Give the campaign a name.');
  if (!dto.currency) warn('currency', 'Choose the currency the ad accounts bill in.');
  if (dto.dailyBudgetMinor === undefined) warn('dailyBudgetMinor', 'Enter a daily budget above zero.');
  if (!dto.startsAt) warn('startsAt', 'Choose when the ads start.');
  if (dto.startsAt && dto.endsAt && new Date(dto.endsAt) <= new Date(dto.startsAt)) warn('endsAt', 'must be after startsAt');
  if (dto.endsAt && new Date(dto.endsAt) <= new Date()) warn('endsAt', 'The campaign end is in the past.');
  if (dto.totalBudgetMinor != null && dto.dailyBudgetMinor !== undefined && dto.totalBudgetMinor < dto.dailyBudgetMinor) {
    warn('totalBudgetMinor', 'must be at least one day of budget (dailyBudgetMinor)');
  }
  for (const [field, message] of REQUIRED_CREATIVE) if (!dto.creative?.[field]?.trim()) warn(`creative.${field}`, message);
  const image = dto.creative?.imageUrl?.trim();
  if (image && !isHttpsUrl(image)) warn('creative.imageUrl', 'must be an https URL');
  if (!job.applicationUrl?.startsWith('https://')) warn('job.applicationUrl', 'The job needs an https application URL before it can be advertised.');
  return warnings;
}
