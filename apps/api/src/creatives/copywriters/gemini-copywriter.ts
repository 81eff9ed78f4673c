import { ResponseSchema, SchemaType } from '@google/generative-ai';
import { CALLS_TO_ACTION } from '../../campaigns/campaign-creative.api';
import { askGeminiJson, type GeminiCall } from '../../gemini/gemini.api';
import { type CopyFormat, type CopyVariant, fitVariant } from '../copy-format';
import type { CopyBrief, CopywriterPort, WrittenCopy } from './copywriter.port';

/** Kept to keywords Gemini's schema accepts (no maxLength/maxItems: limits are in the prompt and enforced by fitVariant). */
const VARIANTS_SCHEMA: ResponseSchema = {
  type: SchemaType.OBJECT,
  properties: {
    variants: {
      type: SchemaType.ARRAY,
      items: {
        type: SchemaType.OBJECT,
        properties: {
          headlines: { type: SchemaType.ARRAY, items: { type: SchemaType.STRING } },
          primaryText: { type: SchemaType.STRING },
          descriptions: { type: SchemaType.ARRAY, items: { type: SchemaType.STRING } },
          callToAction: { type: SchemaType.STRING, format: 'enum', enum: [...CALLS_TO_ACTION] },
        },
        required: ['headlines', 'descriptions', 'callToAction'],
      },
    },
  },
  required: ['variants'],
};

/**
 * Ad copy from Gemini (JSON mode with VARIANTS_SCHEMA), one request per platform so each prompt
 * states that platform's limits. Every item is validated and trimmed by fitVariant; an answer with
 * no usable variant is asked again (askGeminiJson's retries), then fails as a GeminiFailure.
 */
export class GeminiCopywriter implements CopywriterPort {
  constructor(private readonly call: GeminiCall) {}

  async write(brief: CopyBrief, formats: readonly CopyFormat[]): Promise<WrittenCopy> {
    const variants = new Map<CopyFormat['platform'], CopyVariant[]>();
    for (const format of formats) {
      const accept = (json: unknown) => {
        const raw = (json as { variants?: unknown })?.variants;
        if (!Array.isArray(raw)) return null;
        const fitted = raw.map((v) => fitVariant(v, format)).filter((v): v is CopyVariant => v !== null).slice(0, brief.count);
        return fitted.length ? fitted : null;
      };
      variants.set(format.platform, await askGeminiJson(this.call, VARIANTS_SCHEMA, copyPrompt(brief, format), accept));
    }
    return { origin: 'ai', model: this.call.model, variants };
  }
}

export function copyPrompt(brief: CopyBrief, format: CopyFormat): string {
  const { job, audience } = brief;
  const f = format.fields;
  const unit = format.measure('看') === 2 ? 'characters (double-width characters count as 2)' : 'characters';
  const shape = [
    `- headlines: ${f.headline.maxCount === 1 ? 'exactly 1' : `up to ${f.headline.maxCount} distinct`}, each at most ${f.headline.maxLength} ${unit}`,
    f.primaryText ? `- primaryText: at most ${f.primaryText.maxLength} ${unit}` : '- primaryText: omit (this ad format has none)',
    `- descriptions: ${f.description.maxCount === 1 ? 'exactly 1' : `up to ${f.description.maxCount} distinct`}, each at most ${f.description.maxLength} ${unit}`,
    `- callToAction: one of ${CALLS_TO_ACTION.join(', ')}`,
  ];
  const audienceLines = audience.segments.length
    ? [
        `Audience: candidate segments ${audience.segments.map((s) => `"${s}"`).join(', ')}.`,
        `Their skills: ${audience.skills.join(', ') || 'varied'}; median experience ${audience.experienceYears ?? 'unknown'} years; most are ${seekingWords(audience.seeking)}.`,
      ]
    : ['Audience: everyone qualified for the job.'];
  return [
    `Write ${brief.count} distinct recruitment ad variants for ${format.label} (${format.adPreview === 'search' ? 'responsive search ad' : 'feed ad'}) in language "${brief.language}", tone: ${brief.tone}.`,
    `Job: ${job.title} at ${job.company}${job.place ? `, ${job.place}` : ''}; ${job.remote}; ${job.employmentType.replace('_', ' ')}; ${job.experienceLevel} level.`,
    `Skills: ${job.skills.join(', ') || 'not listed'}. ${job.salary ? `Pay: ${job.salary}.` : 'No salary given: do not invent one.'}`,
    `Summary: ${job.summary}`,
    ...audienceLines,
    'Employment-ad rules: never mention or imply age, gender, nationality, citizenship, religion, family or marital status; no "young", "digital native", "recent graduate" or gendered words; no exclamation marks in headlines; no emoji.',
    'Each variant:',
    ...shape,
    'Answer with JSON only.',
  ].join('\n');
}

function seekingWords(seeking: CopyBrief['audience']['seeking']): string {
  if (seeking === 'active') return 'actively looking for a job';
  if (seeking === 'passive') return 'open to offers but not actively looking';
  if (seeking === 'not_looking') return 'not looking for a job right now';
  return 'of unknown job-seeking status';
}
