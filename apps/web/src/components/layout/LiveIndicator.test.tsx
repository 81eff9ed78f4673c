import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLiveStatus } from '../../api/liveStatus';
import { LiveIndicator } from './LiveIndicator';

afterEach(() => setLiveStatus('off'));

describe('LiveIndicator', () => {
  it('says whether pages update live, follows the stream, and shows nothing when live updates are off', () => {
    const { container } = render(<LiveIndicator />);
    expect(container).toBeEmptyDOMElement();
    act(() => setLiveStatus('open'));
    expect(screen.getByRole('status')).toHaveTextContent('Live updates on');
    act(() => setLiveStatus('down'));
    expect(screen.getByRole('status')).toHaveTextContent(/reconnecting; pages refresh every few seconds/);
  });
});
