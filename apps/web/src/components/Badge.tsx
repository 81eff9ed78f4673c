import type { ReactNode } from 'react';
import { cn } from './cn';

export type BadgeTone = 'neutral' | 'green' | 'red' | 'amber' | 'blue' | 'indigo';

const tones: Record<BadgeTone, string> = {
  neutral: 'bg-slate-100 text-slate-700 ring-slate-500/20',
  green: 'bg-green-50 text-green-800 ring-green-600/20',
  red: 'bg-red-50 text-red-800 ring-red-600/20',
  amber: 'bg-amber-50 text-amber-800 ring-amber-600/20',
  blue: 'bg-sky-50 text-sky-800 ring-sky-600/20',
  indigo: 'bg-indigo-50 text-indigo-800 ring-indigo-600/20',
};

export function Badge({ tone = 'neutral', children, className }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
  return (
    <span className={cn('inline-flex items-center rounded-md px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset', tones[tone], className)}>
      {children}
    </span>
  );
}

const roleTones: Record<string, BadgeTone> = { admin: 'indigo', recruiter: 'blue', viewer: 'neutral' };

export function RoleBadge({ role }: { role: string }) {
  return <Badge tone={roleTones[role] ?? 'neutral'}>{role}</Badge>;
}
