import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Field, TextField, controlClass } from '../../components/FormField';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useToast } from '../../components/Toast';
import { useUpdateSegment, type Segment } from '../../api/hooks/segments';

/** A person renames a segment or describes it in their own words (names are unique within the run). */
export function RenameSegmentDialog({ segment, onClose }: { segment: Segment; onClose: () => void }) {
  const update = useUpdateSegment();
  const { notify } = useToast();
  const [name, setName] = useState(segment.name);
  const [description, setDescription] = useState(segment.description);
  const [nameError, setNameError] = useState<string>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return setNameError('Give the segment a name.');
    setNameError(undefined);
    update.mutate(
      { id: segment.id, changes: { name: name.trim(), description: description.trim() } },
      {
        onSuccess: (saved) => {
          notify(`Segment renamed to “${saved.name}”.`);
          onClose();
        },
      },
    );
  };

  return (
    <Dialog
      open
      title={`Rename “${segment.name}”`}
      description={segment.generatedName !== segment.name ? `Generated name: ${segment.generatedName}` : undefined}
      onClose={onClose}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" form="rename-segment" loading={update.isPending}>
            Save
          </Button>
        </>
      }
    >
      <form id="rename-segment" noValidate onSubmit={submit} className="flex flex-col gap-4">
        <TextField label="Name" value={name} maxLength={120} onChange={(e) => setName(e.target.value)} error={nameError ?? update.error?.fieldError('name')} required />
        <Field label="Description" error={update.error?.fieldError('description')}>
          {(control) => <textarea rows={3} maxLength={1000} className={controlClass(!!update.error?.fieldError('description'))} value={description} onChange={(e) => setDescription(e.target.value)} {...control} />}
        </Field>
        <ProblemAlert error={update.error} inlineFields={['name', 'description']} />
      </form>
    </Dialog>
  );
}
