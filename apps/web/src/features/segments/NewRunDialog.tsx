import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { CheckboxGroup, SelectField, TextField } from '../../components/FormField';
import { Dialog } from '../../components/Dialog';
import { ProblemAlert } from '../../components/ProblemAlert';
import { FEATURE_LABELS } from './segmentFormat';
import { useStartRun, type FeatureGroup, type NewRun, type SegmentationRun } from '../../api/hooks/segments';

const FEATURES = Object.keys(FEATURE_LABELS) as FeatureGroup[];
const K_LIMITS = { min: 2, max: 30 };

interface FormState {
  mode: 'auto' | 'fixed';
  k: string;
  kMin: string;
  kMax: string;
  features: FeatureGroup[];
  sampleCap: string;
  seed: string;
}

const INITIAL: FormState = { mode: 'auto', k: '6', kMin: '2', kMax: '10', features: FEATURES, sampleCap: '100000', seed: '42' };

/** Turns the form into the request body, or names the first field that is wrong. */
export function toNewRun(form: FormState): { body: NewRun } | { field: keyof FormState; message: string } {
  const int = (value: string) => (/^\d+$/.test(value.trim()) ? Number(value) : NaN);
  const inK = (n: number) => Number.isInteger(n) && n >= K_LIMITS.min && n <= K_LIMITS.max;
  const base = { features: form.features, sampleCap: int(form.sampleCap), seed: int(form.seed) };
  if (form.features.length === 0) return { field: 'features', message: 'Choose at least one feature.' };
  if (!(base.sampleCap >= 100 && base.sampleCap <= 1_000_000)) return { field: 'sampleCap', message: 'Between 100 and 1,000,000.' };
  if (!Number.isInteger(base.seed)) return { field: 'seed', message: 'A whole number.' };
  if (form.mode === 'fixed') {
    const k = int(form.k);
    return inK(k) ? { body: { ...base, k } } : { field: 'k', message: `Between ${K_LIMITS.min} and ${K_LIMITS.max}.` };
  }
  const kMin = int(form.kMin);
  const kMax = int(form.kMax);
  if (!inK(kMin)) return { field: 'kMin', message: `Between ${K_LIMITS.min} and ${K_LIMITS.max}.` };
  if (!inK(kMax)) return { field: 'kMax', message: `Between ${K_LIMITS.min} and ${K_LIMITS.max}.` };
  if (kMin > kMax) return { field: 'kMax', message: 'At least the smallest k.' };
  return { body: { ...base, kMin, kMax } };
}

/** "New segmentation": k (fixed or a range scored by silhouette), features, sample cap and seed. */
export function NewRunDialog({ open, onClose, onStarted }: { open: boolean; onClose: () => void; onStarted: (run: SegmentationRun) => void }) {
  const start = useStartRun();
  const [form, setForm] = useState<FormState>(INITIAL);
  const [local, setLocal] = useState<{ field: keyof FormState; message: string } | null>(null);
  const set = (changes: Partial<FormState>) => setForm((f) => ({ ...f, ...changes }));
  const errorFor = (field: keyof FormState) => (local?.field === field ? local.message : start.error?.fieldError(field));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = toNewRun(form);
    if ('field' in result) return setLocal(result);
    setLocal(null);
    start.mutate(result.body, {
      onSuccess: (run) => {
        onStarted(run);
        onClose();
      },
    });
  };

  const close = () => {
    start.reset();
    setLocal(null);
    onClose();
  };

  return (
    <Dialog
      open={open}
      title="New segmentation"
      description="Groups the whole candidate pool with K-means. It runs in the background; the current segments stay in place until you activate the new ones (the first run activates itself)."
      onClose={close}
      footer={
        <>
          <Button variant="secondary" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" form="new-segmentation" loading={start.isPending}>
            Start segmentation
          </Button>
        </>
      }
    >
      <form id="new-segmentation" noValidate onSubmit={submit} className="flex flex-col gap-4">
        <SelectField
          label="Number of segments"
          value={form.mode}
          onChange={(e) => set({ mode: e.target.value as FormState['mode'] })}
          options={[
            { value: 'auto', label: 'Choose automatically (best silhouette in a range)' },
            { value: 'fixed', label: 'Fixed number' },
          ]}
        />
        {form.mode === 'fixed' ? (
          <TextField label="Segments (k)" inputMode="numeric" value={form.k} onChange={(e) => set({ k: e.target.value })} error={errorFor('k')} required />
        ) : (
          <div className="grid grid-cols-2 gap-3">
            <TextField label="Smallest k" inputMode="numeric" value={form.kMin} onChange={(e) => set({ kMin: e.target.value })} error={errorFor('kMin')} required />
            <TextField label="Largest k" inputMode="numeric" value={form.kMax} onChange={(e) => set({ kMax: e.target.value })} error={errorFor('kMax')} required />
          </div>
        )}
        <CheckboxGroup
          legend="Features to cluster on"
          options={FEATURES.map((f) => ({ value: f, label: FEATURE_LABELS[f] }))}
          value={form.features}
          onChange={(features) => set({ features })}
          error={errorFor('features')}
        />
        <div className="grid grid-cols-2 gap-3">
          <TextField
            label="Training sample"
            description="Candidates K-means learns from; everyone is assigned."
            inputMode="numeric"
            value={form.sampleCap}
            onChange={(e) => set({ sampleCap: e.target.value })}
            error={errorFor('sampleCap')}
          />
          <TextField label="Seed" description="Same data and seed, same segments." inputMode="numeric" value={form.seed} onChange={(e) => set({ seed: e.target.value })} error={errorFor('seed')} />
        </div>
        <ProblemAlert error={start.error} inlineFields={['k', 'kMin', 'kMax', 'features', 'sampleCap', 'seed']} />
      </form>
    </Dialog>
  );
}
