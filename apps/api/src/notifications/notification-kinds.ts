/**
 * Every kind of notification, with its label (settings page) and default channels. A user's
 * preferences override a kind's defaults; failures and things that need someone to act go by
 * e-mail by default, routine "finished" news only in the app.
 */
export const NOTIFICATION_KINDS = [
  'publication_failed',
  'connection_needs_reauth',
  'automation_rule_fired',
  'budget_cap_reached',
  'import_finished',
  'import_failed',
  'segmentation_finished',
  'segmentation_failed',
  'job_ads_paused',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface Channels {
  inApp: boolean;
  email: boolean;
}

export const KIND_INFO: Record<NotificationKind, { label: string; defaults: Channels }> = {
  publication_failed: { label: 'A campaign publication failed', defaults: { inApp: true, email: true } },
  connection_needs_reauth: { label: 'A platform connection needs re-authentication', defaults: { inApp: true, email: true } },
  automation_rule_fired: { label: 'An automation rule fired', defaults: { inApp: true, email: false } },
  budget_cap_reached: { label: "A campaign's total budget cap was reached", defaults: { inApp: true, email: true } },
  import_finished: { label: 'A candidate import finished', defaults: { inApp: true, email: false } },
  import_failed: { label: 'A candidate import failed', defaults: { inApp: true, email: true } },
  segmentation_finished: { label: 'A segmentation run finished', defaults: { inApp: true, email: false } },
  segmentation_failed: { label: 'A segmentation run failed', defaults: { inApp: true, email: true } },
  job_ads_paused: { label: "A job's ads were paused because the job closed", defaults: { inApp: true, email: false } },
};

/** Who receives a notification: named users (an owner), or, when none is known or active, these roles. */
export interface Audience {
  userIds?: Array<string | null | undefined>;
  /** Used when no named user is active: every active user with one of these roles. */
  fallbackRoles: Array<'admin' | 'recruiter' | 'viewer'>;
}

export interface NotificationInput {
  kind: NotificationKind;
  title: string;
  body?: string;
  /** SPA path (e.g. `/campaigns/<id>`), never an outside URL. */
  link?: string | null;
}
