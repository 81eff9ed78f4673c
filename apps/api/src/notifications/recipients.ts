import type { Audience, Channels, NotificationKind } from './notification-kinds';
import { KIND_INFO } from './notification-kinds';
import type { PreferenceRow } from './notifications.repository';

interface Person {
  id: string;
  role: string;
  active: boolean;
}

/**
 * Who gets a notification: the named users (the owner of the campaign, job or import) who are
 * still active; when none is, every active user with a fallback role (admins and recruiters
 * for most kinds, so work nobody owns is never left unseen).
 */
export function resolveRecipients(audience: Audience, people: readonly Person[]): string[] {
  const active = people.filter((p) => p.active);
  const named = new Set(audience.userIds?.filter((id): id is string => !!id) ?? []);
  const owners = active.filter((p) => named.has(p.id));
  const chosen = owners.length > 0 ? owners : active.filter((p) => (audience.fallbackRoles as string[]).includes(p.role));
  return chosen.map((p) => p.id);
}

/** A user's channels for one kind: their saved choice, else the kind's default. */
export function channelsFor(kind: NotificationKind, userId: string, saved: readonly PreferenceRow[]): Channels {
  const row = saved.find((p) => p.user_id === userId && p.kind === kind);
  return row ? { inApp: row.in_app, email: row.email } : KIND_INFO[kind].defaults;
}
