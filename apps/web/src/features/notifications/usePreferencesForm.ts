import { useState } from 'react';
import { useNotificationPreferences, useUpdateNotificationPreferences, type NotificationPreference } from '../../api/hooks/notifications';

type Channel = 'inApp' | 'email';

/** The preferences table's state: the saved choices with the user's unsaved edits on top, and saving them. */
export function usePreferencesForm() {
  const saved = useNotificationPreferences();
  const update = useUpdateNotificationPreferences();
  const [edits, setEdits] = useState<Record<string, Pick<NotificationPreference, Channel>>>({});
  const rows = (saved.data?.items ?? []).map((p) => ({ ...p, ...edits[p.kind] }));
  const dirty = rows.filter((r) => {
    const before = saved.data?.items.find((p) => p.kind === r.kind);
    return before && (before.inApp !== r.inApp || before.email !== r.email);
  });

  const toggle = (kind: string, channel: Channel, on: boolean) => {
    const row = rows.find((r) => r.kind === kind);
    if (row) setEdits((e) => ({ ...e, [kind]: { inApp: row.inApp, email: row.email, [channel]: on } }));
  };
  const save = () =>
    update.mutate(dirty.map(({ kind, inApp, email }) => ({ kind, inApp, email })), { onSuccess: () => setEdits({}) });

  return { saved, update, rows, dirty: dirty.length > 0, emailAvailable: saved.data?.emailAvailable ?? false, toggle, save };
}
