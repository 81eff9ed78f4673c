import { Button } from '../../components/Button';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
import { usePreferencesForm } from './usePreferencesForm';

/** Per kind of notification: show it in the app, send it by e-mail. Saved together. */
export function NotificationPreferencesForm() {
  const form = usePreferencesForm();
  if (form.saved.isPending) return <LoadingBlock />;
  return (
    <form
      className="mt-4 flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        form.save();
      }}
    >
      <ProblemAlert error={form.saved.error ?? form.update.error} />
      {!form.emailAvailable && (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          E-mail is not set up on this server (no SMTP_URL): your e-mail choices are kept, but nothing is sent until an administrator configures it.
        </p>
      )}
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Notification channels per kind</caption>
        <thead>
          <tr className="text-left text-slate-600">
            <th scope="col" className="py-2 pr-4 font-medium">Notification</th>
            <th scope="col" className="px-4 py-2 text-center font-medium">In the app</th>
            <th scope="col" className="px-4 py-2 text-center font-medium">By e-mail</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {form.rows.map((row) => (
            <tr key={row.kind}>
              <th scope="row" className="py-2 pr-4 text-left font-normal text-slate-900">{row.label}</th>
              <td className="px-4 py-2 text-center">
                <input type="checkbox" aria-label={`${row.label}: in the app`} checked={row.inApp} onChange={(e) => form.toggle(row.kind, 'inApp', e.target.checked)} className="size-4 rounded border-slate-300" />
              </td>
              <td className="px-4 py-2 text-center">
                <input type="checkbox" aria-label={`${row.label}: by e-mail`} checked={row.email} onChange={(e) => form.toggle(row.kind, 'email', e.target.checked)} className="size-4 rounded border-slate-300" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div>
        <Button type="submit" disabled={!form.dirty} loading={form.update.isPending}>
          Save preferences
        </Button>
        {form.update.isSuccess && !form.dirty && <span role="status" className="ml-3 text-sm text-green-700">Saved.</span>}
      </div>
    </form>
  );
}
