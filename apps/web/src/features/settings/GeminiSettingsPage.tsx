import { Badge } from '../../components/Badge';
import { Button } from '../../components/Button';
import { SelectField, TextField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LoadingBlock } from '../../components/Spinner';
import { useGeminiSettingsForm } from './useGeminiSettingsForm';

/** Settings → Integrations: the Gemini key (stored encrypted, shown masked) and model used for ad copy. */
export function GeminiSettingsPage() {
  const { settings, update, test, apiKey, setApiKey, model, setModel, save, removeKey } = useGeminiSettingsForm();
  const data = settings.data;
  return (
    <div className="flex max-w-2xl flex-col gap-6">
      <PageHeader level={2} title="Integrations" description="Gemini writes ad-copy suggestions in the campaign wizard. Without a key, AdFlux uses its offline templates." />
      {settings.isError && <ProblemAlert error={settings.error} />}
      {!data ? (
        <LoadingBlock label="Loading Gemini settings…" />
      ) : (
        <section aria-labelledby="gemini-heading" className="flex flex-col gap-4">
          <h3 id="gemini-heading" className="text-base font-semibold text-slate-900">
            Gemini {data.source === 'none' ? <Badge>Not configured</Badge> : <Badge tone="green">In use: {data.source === 'environment' ? 'environment key' : 'stored key'}</Badge>}
          </h3>
          {data.environmentOverrides && (
            <p role="note" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
              GEMINI_API_KEY is set on the server, so it and GEMINI_MODEL are used; what is stored here applies once it is removed.
            </p>
          )}
          <p className="text-sm text-slate-700">Stored key: {data.keyStored ? <code>{data.keyMask}</code> : 'none'}. The key is encrypted and never shown again.</p>
          <form className="flex flex-col gap-4" onSubmit={(e) => (e.preventDefault(), save())}>
            <TextField label={data.keyStored ? 'Replace the API key' : 'API key'} type="password" autoComplete="off" value={apiKey} onChange={(e) => setApiKey(e.target.value)} description="From Google AI Studio. Leave empty to keep the stored key." />
            <SelectField label="Model" value={model} onChange={(e) => setModel(e.target.value)} options={data.models.map((m) => ({ value: m, label: m }))} />
            {update.isError && <ProblemAlert error={update.error} />}
            <div className="flex flex-wrap gap-2">
              <Button type="submit" loading={update.isPending}>
                Save
              </Button>
              <Button variant="secondary" onClick={() => test.mutate()} loading={test.isPending} disabled={data.source === 'none'}>
                Test
              </Button>
              {data.keyStored && (
                <Button variant="secondary" onClick={removeKey}>
                  Remove stored key
                </Button>
              )}
            </div>
          </form>
          {test.data && (
            <p role="status" className={test.data.ok ? 'text-sm text-green-800' : 'text-sm text-red-800'}>
              {test.data.ok ? `Gemini answered with ${test.data.model} in ${test.data.latencyMs} ms.` : `Test failed: ${test.data.problem}`}
            </p>
          )}
          {test.isError && <ProblemAlert error={test.error} />}
        </section>
      )}
    </div>
  );
}
