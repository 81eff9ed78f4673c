import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { usePreviewImport, useStartImport, type ImportChoices } from '../../api/hooks/candidates';

/**
 * The upload flow: pick a file → the API previews it (mapping guessed from its header) → the user
 * fixes the mapping or the salary currency (each change previews again) → start the import with
 * exactly the choices the last preview showed.
 */
export function useImportUpload() {
  const navigate = useNavigate();
  const preview = usePreviewImport();
  const start = useStartImport();
  const [file, setFile] = useState<File | null>(null);
  const [choices, setChoices] = useState<ImportChoices>({});

  const previewWith = (picked: File, next: ImportChoices) => {
    setChoices(next);
    preview.mutate(
      { file: picked, choices: next },
      // The first preview guesses; from then on the mapping is the user's, sent with every request.
      { onSuccess: (result) => setChoices({ mapping: result.columns.map((c) => c.column), defaultSalaryCurrency: result.defaultSalaryCurrency }) },
    );
  };

  const pick = (picked: File | null) => {
    setFile(picked);
    preview.reset();
    start.reset();
    if (picked) previewWith(picked, {});
  };

  const mapColumn = (index: number, column: string | null) => {
    if (!file || !choices.mapping) return;
    previewWith(file, { ...choices, mapping: choices.mapping.map((c, i) => (i === index ? column : c)) });
  };

  const setCurrency = (currency: string) => {
    if (file) previewWith(file, { ...choices, defaultSalaryCurrency: currency });
  };

  const begin = () => {
    if (!file) return;
    start.mutate({ file, choices }, { onSuccess: (job) => navigate(`/candidates/imports/${job.id}`) });
  };

  const ready = !!file && !!preview.data && !preview.isPending && preview.data.problems.length === 0;
  return { file, pick, preview, choices, mapColumn, setCurrency, start, begin, ready };
}
