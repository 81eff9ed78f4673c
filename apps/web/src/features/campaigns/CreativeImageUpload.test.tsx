import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { CreativeImageRef } from '../../api/hooks/creatives';
import { adsPlatformsHandler } from '../../test/adsPlatformsFixture';
import { json, meHandler, mockApi, problem, users } from '../../test/fakeApi';
import { renderApp } from '../../test/renderApp';
import { CreativeImageUpload } from './CreativeImageUpload';

const KEY = `${'ab'.repeat(32)}.png`;
const UPLOADED = {
  key: KEY, url: `/api/creatives/images/${KEY}`, format: 'png', mimeType: 'image/png', width: 764, height: 400, bytes: 1234, metadataRemoved: ['eXIf'],
  platforms: [
    { platform: 'meta', label: 'Meta', fits: false, shape: null, message: 'Meta needs an image of this size: feed image at least 600×600; this one is 764×400.' },
    { platform: 'google', label: 'Google Ads', fits: true, shape: 'landscape', message: null },
  ],
};

function Harness() {
  const [image, setImage] = useState<CreativeImageRef | null>(null);
  return (
    <>
      <CreativeImageUpload value={image} onChange={setImage} />
      <output data-testid="key">{image?.key ?? 'none'}</output>
    </>
  );
}

const render = () => renderApp('/', [{ path: '/', element: <Harness /> }]);
const png = () => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])], 'banner.png', { type: 'image/png' });

describe('CreativeImageUpload', () => {
  it('uploads the chosen file as multipart "file", previews it and shows each platform’s verdict', async () => {
    let sent: FormData | undefined;
    mockApi({
      'GET /api/auth/me': meHandler(users.recruiter),
      'GET /api/ads-platforms': adsPlatformsHandler,
      'POST /api/creatives/images': async (request) => {
        sent = await request.formData();
        return json(UPLOADED, 201);
      },
    });
    const { user } = render();
    expect(await screen.findByText(/Meta: at least 600×600; Google Ads: 1.91:1 at least 600×314 or 1:1 at least 300×300/)).toBeInTheDocument();
    await user.upload(screen.getByLabelText('Upload image'), png());
    expect(await screen.findByRole('img', { name: 'Uploaded ad image' })).toHaveAttribute('src', UPLOADED.url);
    // Sent as the multipart field `file` (jsdom's File loses its name and bytes on the way through
    // Node's Request, as ImportPage.test notes; the API integration test uploads real bytes).
    expect(sent?.has('file')).toBe(true);
    expect(screen.getByTestId('key')).toHaveTextContent(KEY);
    expect(screen.getByText('764×400 PNG')).toBeInTheDocument();
    expect(screen.getByText('Meta: too small')).toBeInTheDocument();
    expect(screen.getByText('Google Ads: fits (landscape)')).toBeInTheDocument();
    expect(screen.getByText(/this one is 764×400/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove image' }));
    expect(screen.queryByRole('img', { name: 'Uploaded ad image' })).not.toBeInTheDocument();
    expect(screen.getByTestId('key')).toHaveTextContent('none');
  });

  it('refuses a non-image before sending anything', async () => {
    const api = mockApi({ 'GET /api/auth/me': meHandler(users.recruiter), 'GET /api/ads-platforms': adsPlatformsHandler });
    render();
    // fireEvent, not user.upload: user-event already filters by the input's `accept`, a browser's file dialog may not.
    fireEvent.change(await screen.findByLabelText('Upload image'), { target: { files: [new File(['a,b'], 'list.csv', { type: 'text/csv' })] } });
    expect(await screen.findByText('Choose a PNG, JPEG or WebP image.')).toBeInTheDocument();
    expect(api.callsTo('POST', '/api/creatives/images')).toHaveLength(0);
  });

  it('shows the API’s refusal next to the control (e.g. too small for every platform)', async () => {
    mockApi({
      'GET /api/auth/me': meHandler(users.recruiter),
      'GET /api/ads-platforms': adsPlatformsHandler,
      'POST /api/creatives/images': () => problem(422, 'file: too small for every platform', [{ field: 'file', message: 'too small for every platform: Meta needs 600×600' }]),
    });
    const { user } = render();
    await user.upload(screen.getByLabelText('Upload image'), png());
    await waitFor(() => expect(screen.getByText(/too small for every platform: Meta needs 600×600/)).toBeInTheDocument());
    expect(screen.getByLabelText('Upload image')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('key')).toHaveTextContent('none');
  });
});
