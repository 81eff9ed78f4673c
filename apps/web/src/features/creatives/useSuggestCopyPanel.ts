import { useState } from 'react';
import { useSuggestCopy, type CopyTone, type CopyVariant, type CreativeOrigin } from '../../api/hooks/creatives';
import { usePlatformConnections } from '../../api/hooks/platformConnections';

/** The creative text the panel can fill (the wizard's field names). */
export interface CopyPick {
  headline?: string;
  primaryText?: string;
  description?: string;
  callToAction?: CopyVariant['callToAction'];
}

export interface SuggestCopyInput {
  jobId: string;
  segmentIds: string[];
  connectionIds: string[];
  onPick: (pick: CopyPick, origin: CreativeOrigin) => void;
}

/**
 * "Suggest copy": asks for variants for the platforms of the chosen connections, written for the
 * chosen segments. A whole variant or single texts can be used (and mixed); the pick carries the
 * suggestions' origin (ai / offline) so the campaign records where its text came from.
 */
export function useSuggestCopyPanel({ jobId, segmentIds, connectionIds, onPick }: SuggestCopyInput) {
  const [tone, setTone] = useState<CopyTone>('professional');
  const suggest = useSuggestCopy();
  const connections = usePlatformConnections().data ?? [];
  const platforms = [...new Set(connections.filter((c) => connectionIds.includes(c.id)).map((c) => c.kind))];
  const origin = suggest.data?.origin;

  const ask = () => suggest.mutate({ jobId, segmentIds, platforms, tone, count: 3 });
  const pick = (part: CopyPick) => origin && onPick(part, origin);
  /** A whole variant: the first headline and description; search ads (no primary text) lend their first description to it. */
  const useVariant = (v: CopyVariant) =>
    pick({
      headline: v.headlines[0], primaryText: v.primaryText ?? v.descriptions[0],
      description: v.primaryText ? v.descriptions[0] : (v.descriptions[1] ?? ''), callToAction: v.callToAction,
    });

  return { tone, setTone, ask, canAsk: !!jobId && platforms.length > 0, suggest, pick, useVariant };
}
export type SuggestCopyPanelState = ReturnType<typeof useSuggestCopyPanel>;
