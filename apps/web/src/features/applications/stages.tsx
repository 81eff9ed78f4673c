import type { Stage } from '../../api/hooks/applications';
import { Badge, type BadgeTone } from '../../components/Badge';

/** Stage names as people read them, in funnel order (exits last). */
export const STAGE_LABELS: Record<Stage, string> = {
  applied: 'Applied',
  screening: 'Screening',
  interview: 'Interview',
  offer: 'Offer',
  hired: 'Hired',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};

export const STAGE_ORDER = Object.keys(STAGE_LABELS) as Stage[];

const TONES: Record<Stage, BadgeTone> = {
  applied: 'neutral', screening: 'blue', interview: 'indigo', offer: 'amber', hired: 'green', rejected: 'red', withdrawn: 'neutral',
};

export const isStage = (value: string | null): value is Stage => value !== null && value in STAGE_LABELS;

export function StageBadge({ stage }: { stage: Stage }) {
  return <Badge tone={TONES[stage]}>{STAGE_LABELS[stage]}</Badge>;
}
