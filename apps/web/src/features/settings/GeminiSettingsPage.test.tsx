import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { GeminiSettings } from '../../api/hooks/geminiSettings';
import { json, meHandler, mockApi, problem, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';

const settings = (over: Partial<GeminiSettings> = {}): GeminiSettings => ({
  source: 'none', environmentOverrides: false, keyStored: false, keyMask: null, model: 'gemini-3.5-flash',
  models: ['gemini-3.5-flash', 'gemini-2.5-pro'], updatedAt: null, ...over,
});

describe('Settings → Integrations (Gemini)', () => {
  it('stores a key and a model; the key field is write-only and cleared after saving', async () => {
    let current = settings();
    const api = mockApi({
      'GET /api/auth/me': meHandler(users.admin),
      'GET /api/settings/gemini': () => json(current),
      'PUT /api/settings/gemini': () => {
        current = settings({ source: 'settings', keyStored: true, keyMask: '••••WXYZ', model: 'gemini-2.5-pro' });
        return json(current);
      },
      'POST /api/settings/gemini/test': () => json({ ok: true, source: 'settings', model: 'gemini-2.5-pro', problem: null, latencyMs: 42 }),
    });
    const { user } = renderApp('/settings/integrations');
    expect(await screen.findByRole('heading', { level: 2, name: 'Integrations' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Test' })).toBeDisabled();
    await user.type(screen.getByLabelText('API key'), 'AIzaSyTestKey0123456789WXYZ');
    await user.selectOptions(screen.getByLabelText('Model'), 'gemini-2.5-pro');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('••••WXYZ')).toBeInTheDocument();
    expect(api.callsTo('PUT', '/api/settings/gemini')[0].body).toEqual({ apiKey: 'AIzaSyTestKey0123456789WXYZ', model: 'gemini-2.5-pro' });
    expect(screen.getByLabelText('Replace the API key')).toHaveValue('');
    await user.click(screen.getByRole('button', { name: 'Test' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Gemini answered with gemini-2.5-pro in 42 ms.');
  });

  it('says when the environment key wins, and shows a refused model', async () => {
    mockApi({
      'GET /api/auth/me': meHandler(users.admin),
      'GET /api/settings/gemini': () => json(settings({ source: 'environment', environmentOverrides: true })),
      'PUT /api/settings/gemini': () => problem(400, 'model: must be one of gemini-3.5-flash', [{ field: 'model', message: 'must be one of gemini-3.5-flash' }]),
    });
    const { user } = renderApp('/settings/integrations');
    expect(await screen.findByRole('note')).toHaveTextContent('GEMINI_API_KEY is set on the server');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('model: must be one of gemini-3.5-flash')).toBeInTheDocument();
  });
});
