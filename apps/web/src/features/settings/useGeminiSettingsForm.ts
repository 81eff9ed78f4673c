import { useEffect, useState } from 'react';
import { useGeminiSettings, useTestGemini, useUpdateGeminiSettings } from '../../api/hooks/geminiSettings';
import { useToast } from '../../components/Toast';

/** The Gemini form's state: a new key (write-only, cleared after saving), the model, save / remove / test. */
export function useGeminiSettingsForm() {
  const settings = useGeminiSettings();
  const update = useUpdateGeminiSettings();
  const test = useTestGemini();
  const { notify } = useToast();
  const [apiKey, setApiKey] = useState('');
  const [model, setModel] = useState('');
  useEffect(() => {
    if (settings.data && !model) setModel(settings.data.model);
  }, [settings.data, model]);

  const save = () =>
    update.mutate(
      { ...(apiKey.trim() ? { apiKey: apiKey.trim() } : {}), ...(model ? { model } : {}) },
      {
        onSuccess: () => {
          setApiKey('');
          test.reset();
          notify('Gemini settings saved.');
        },
      },
    );
  const removeKey = () => update.mutate({ apiKey: null }, { onSuccess: () => notify('The stored Gemini key was removed.') });

  return { settings, update, test, apiKey, setApiKey, model, setModel, save, removeKey };
}
