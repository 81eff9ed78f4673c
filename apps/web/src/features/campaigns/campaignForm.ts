import { toMajor, toMinor } from '../../components/charts/format';
import type { Campaign, CreateCampaign, PreviewCampaign, Targeting, TargetingOverride } from '../../api/hooks/campaigns';
import type { CreativeImageRef, CreativeOrigin } from '../../api/hooks/creatives';

/**
 * The campaign wizard in people's terms (budgets in major units, local date-times, comma lists)
 * and its translation to the API bodies. The per-step checks mirror the API's DTO rules so most
 * mistakes are caught before a request; employment-ad compliance comes from the API's preview.
 */
export const WIZARD_STEPS = ['job', 'segments', 'platforms', 'budget', 'creative', 'review'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];

export const STEP_LABELS: Record<WizardStep, string> = {
  job: 'Job', segments: 'Segments', platforms: 'Platforms', budget: 'Budget & schedule', creative: 'Creative', review: 'Review',
};

export const CTA_LABELS = { APPLY_NOW: 'Apply now', LEARN_MORE: 'Learn more' } as const;
export type CallToAction = keyof typeof CTA_LABELS;

/** Targeting as edited: comma-separated lists, cities one per line ("Austin, US, 40"). */
export interface TargetingText {
  countries: string;
  cities: string;
  skills: string;
  keywords: string;
}

export interface CampaignFormValues {
  jobId: string;
  segmentIds: string[];
  connectionIds: string[];
  name: string;
  objective: 'traffic' | 'leads';
  currency: string;
  dailyBudget: string;
  totalBudget: string;
  /** Start as soon as it is published (the default); otherwise at `startsAt`. */
  startNow: boolean;
  startsAt: string; // datetime-local
  endsAt: string; // datetime-local, optional
  headline: string;
  primaryText: string;
  description: string;
  callToAction: CallToAction;
  imageUrl: string;
  /** An uploaded image (POST /creatives/images); sent as `imageKey`, it wins over `imageUrl` on the platforms. */
  image: CreativeImageRef | null;
  /** Where the text came from: a picked suggestion (ai / offline) or typed (manual). */
  creativeOrigin: CreativeOrigin;
  /** Edited targeting per connection id; connections without an entry keep the derived targeting. */
  targeting: Record<string, TargetingText>;
  /** An admin's reason to target segments the fairness audit flagged ('' = none given). */
  fairnessOverrideReason: string;
}

/** A datetime-local value (the reader's time zone) for a Date. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function emptyCampaignForm(jobId = '', now = new Date()): CampaignFormValues {
  const start = new Date(now.getTime() + 60 * 60_000);
  start.setMinutes(0, 0, 0);
  const end = new Date(start.getTime() + 30 * 86_400_000);
  return {
    jobId, segmentIds: [], connectionIds: [], name: '', objective: 'traffic', currency: 'USD', dailyBudget: '25', totalBudget: '',
    startNow: true, startsAt: toLocalInput(start), endsAt: toLocalInput(end), headline: '', primaryText: '', description: '', callToAction: 'APPLY_NOW',
    imageUrl: '', image: null, creativeOrigin: 'manual', targeting: {}, fairnessOverrideReason: '',
  };
}

const list = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

export function targetingToText(t: Targeting): TargetingText {
  return {
    countries: t.countries.join(', '),
    cities: t.cities.map((c) => `${c.name}, ${c.countryCode}, ${c.radiusKm}`).join('\n'),
    skills: t.skills.join(', '),
    keywords: t.keywords.join(', '),
  };
}

/** Parses edited targeting; `error` names the first line that does not read as "City, CC, km". */
export function textToTargeting(t: TargetingText): { targeting: Targeting; error?: string } {
  const cities: Targeting['cities'] = [];
  for (const line of t.cities.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const parts = line.split(',').map((p) => p.trim());
    const radius = Number(parts[2]);
    if (parts.length !== 3 || !parts[0] || !/^[A-Za-z]{2}$/.test(parts[1]) || !Number.isFinite(radius)) {
      return { targeting: { countries: [], cities: [], skills: [], keywords: [] }, error: `"${line}" should read like "Austin, US, 40" (city, country code, radius in km)` };
    }
    cities.push({ name: parts[0], countryCode: parts[1].toUpperCase(), radiusKm: radius });
  }
  return { targeting: { countries: list(t.countries).map((c) => c.toUpperCase()), cities, skills: list(t.skills), keywords: list(t.keywords) } };
}

const toIso = (local: string) => (local ? new Date(local).toISOString() : undefined);
/** The start sent to the API: now when starting immediately. */
const startIso = (v: Pick<CampaignFormValues, 'startNow' | 'startsAt'>, now = new Date()) => (v.startNow ? now.toISOString() : toIso(v.startsAt));
const money = (text: string, currency: string) => {
  const value = Number(text.replace(',', '.'));
  return text.trim() && Number.isFinite(value) ? toMinor(value, currency) : undefined;
};

function targetingOverrides(values: CampaignFormValues): TargetingOverride[] {
  return Object.entries(values.targeting)
    .filter(([connectionId]) => values.connectionIds.includes(connectionId))
    .map(([connectionId, text]) => ({ connectionId, ...textToTargeting(text).targeting }));
}

/** The preview body: whatever the form has so far (the API reports what is still missing). */
export function toPreviewBody(values: CampaignFormValues): PreviewCampaign | undefined {
  if (!values.jobId || values.segmentIds.length === 0 || values.connectionIds.length === 0) return undefined;
  const currency = values.currency.trim().toUpperCase();
  const validCurrency = /^[A-Z]{3}$/.test(currency);
  const creative = {
    headline: values.headline, primaryText: values.primaryText, description: values.description, callToAction: values.callToAction,
    ...(values.imageUrl.trim() ? { imageUrl: values.imageUrl.trim() } : {}),
    ...(values.image ? { imageKey: values.image.key } : {}),
  };
  return {
    jobId: values.jobId, segmentIds: values.segmentIds, connectionIds: values.connectionIds,
    ...(values.name.trim() ? { name: values.name.trim() } : {}),
    objective: values.objective,
    ...(validCurrency ? { currency } : {}),
    ...(validCurrency && money(values.dailyBudget, currency) ? { dailyBudgetMinor: money(values.dailyBudget, currency) } : {}),
    ...(startIso(values) ? { startsAt: startIso(values) } : {}),
    ...(values.endsAt ? { endsAt: toIso(values.endsAt) } : {}),
    creative,
    targeting: targetingOverrides(values),
    ...(values.fairnessOverrideReason.trim() ? { fairnessOverride: { reason: values.fairnessOverrideReason.trim() } } : {}),
  };
}

export function toCreateBody(values: CampaignFormValues): CreateCampaign {
  const currency = values.currency.trim().toUpperCase();
  return {
    name: values.name.trim(), jobId: values.jobId, segmentIds: values.segmentIds, connectionIds: values.connectionIds, objective: values.objective,
    currency, dailyBudgetMinor: money(values.dailyBudget, currency) ?? 0,
    totalBudgetMinor: money(values.totalBudget, currency) ?? null,
    startsAt: startIso(values)!, endsAt: toIso(values.endsAt) ?? null,
    creative: {
      headline: values.headline.trim(), primaryText: values.primaryText.trim(), description: values.description.trim(), callToAction: values.callToAction,
      ...(values.imageUrl.trim() ? { imageUrl: values.imageUrl.trim() } : {}),
      ...(values.image ? { imageKey: values.image.key } : {}), origin: values.creativeOrigin,
    },
    targeting: targetingOverrides(values),
  };
}

export type StepErrors = Partial<Record<string, string>>;

/** Client-side checks of one step (field name → message); an empty object means the step is complete. */
export function validateStep(step: WizardStep, v: CampaignFormValues): StepErrors {
  const errors: StepErrors = {};
  if (step === 'job' && !v.jobId) errors.jobId = 'Choose the job to advertise.';
  if (step === 'segments' && v.segmentIds.length === 0) errors.segmentIds = 'Choose at least one segment.';
  if (step === 'platforms' && v.connectionIds.length === 0) errors.connectionIds = 'Choose at least one platform connection.';
  if (step === 'budget') {
    const typed = v.currency.trim().toUpperCase();
    const currency = /^[A-Z]{3}$/.test(typed) ? typed : 'USD';
    if (!v.name.trim()) errors.name = 'Give the campaign a name.';
    if (currency !== typed) errors.currency = 'Use a 3-letter currency code, e.g. USD.';
    const daily = money(v.dailyBudget, currency);
    if (!daily || daily <= 0) errors.dailyBudgetMinor = 'Enter a daily budget above zero.';
    const total = money(v.totalBudget, currency);
    if (v.totalBudget.trim() && (!total || (daily && total < daily))) errors.totalBudgetMinor = 'The total cap must be at least one day of budget.';
    if (!v.startNow && !v.startsAt) errors.startsAt = 'Choose when the ads start.';
    const start = startIso(v);
    if (v.endsAt && start && new Date(v.endsAt) <= new Date(start)) errors.endsAt = 'The end must be after the start.';
  }
  if (step === 'creative') {
    if (!v.headline.trim()) errors['creative.headline'] = 'Write a headline.';
    if (!v.primaryText.trim()) errors['creative.primaryText'] = 'Write the primary text.';
    if (v.imageUrl.trim() && !/^https:\/\/\S+$/.test(v.imageUrl.trim())) errors['creative.imageUrl'] = 'The image URL must start with https://';
  }
  if (step === 'review') {
    for (const [connectionId, text] of Object.entries(v.targeting)) {
      const parsed = textToTargeting(text);
      if (parsed.error && v.connectionIds.includes(connectionId)) errors[`targeting.${connectionId}`] = parsed.error;
    }
  }
  return errors;
}

/** A budget in major units as typed in the form, from minor units ("2500" USD → "25"). */
export const majorText = (minor: number, currency: string) => String(toMajor(minor, currency));

/**
 * A saved draft as the wizard edits it. Each publication's targeting comes back as edited text,
 * so saving sends it as is instead of silently deriving it again.
 */
export function campaignToForm(c: Campaign, now = new Date()): CampaignFormValues {
  return {
    jobId: c.job.id, segmentIds: c.segmentIds, connectionIds: c.publications.map((p) => p.connectionId), name: c.name, objective: c.objective,
    currency: c.currency, dailyBudget: majorText(c.dailyBudgetMinor, c.currency), totalBudget: c.totalBudgetMinor ? majorText(c.totalBudgetMinor, c.currency) : '',
    startNow: new Date(c.startsAt) <= now, startsAt: toLocalInput(new Date(c.startsAt)), endsAt: c.endsAt ? toLocalInput(new Date(c.endsAt)) : '',
    headline: c.creative.headline, primaryText: c.creative.primaryText, description: c.creative.description, callToAction: c.creative.callToAction,
    imageUrl: c.creative.imageUrl ?? '', image: c.creative.image, creativeOrigin: c.creative.origin,
    targeting: Object.fromEntries(c.publications.map((p) => [p.connectionId, targetingToText(p.targeting)])),
    fairnessOverrideReason: '',
  };
}
