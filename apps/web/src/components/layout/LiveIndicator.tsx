import { useLiveStatus } from '../../api/hooks/liveEvents';
import { cn } from '../cn';

const TEXT = {
  open: ['Live', 'Live updates on'],
  connecting: ['Connecting…', 'Connecting live updates'],
  down: ['Reconnecting…', 'Live updates reconnecting; pages refresh every few seconds meanwhile'],
} as const;

/** A small dot saying whether pages update live or fall back to polling (nothing when live updates are off). */
export function LiveIndicator() {
  const status = useLiveStatus();
  if (status === 'off') return null;
  const [shown, spoken] = TEXT[status];
  return (
    <p role="status" className="mt-1 flex items-center gap-1.5 text-xs text-slate-600">
      <span aria-hidden className={cn('inline-block size-2 rounded-full', status === 'open' ? 'bg-emerald-500' : 'bg-amber-400')} />
      <span aria-hidden>{shown}</span>
      <span className="sr-only">{spoken}</span>
    </p>
  );
}
