import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubIntersectionObserver } from '../../test/intersectionObserver';
import { deferredPlot } from './deferredPlot';

afterEach(() => vi.unstubAllGlobals());

describe('deferredPlot', () => {
  it('holds the height, loads the drawing only once near the viewport, then draws it', async () => {
    const viewport = stubIntersectionObserver();
    const load = vi.fn(async () => ({ label }: { label: string; height: number }) => <p>drawn {label}</p>);
    const Plot = deferredPlot(load, (p: { label: string; height: number }) => p.height);
    const { container } = render(<Plot label="spend" height={240} />);

    expect((container.firstChild as HTMLElement).style.height).toBe('240px');
    expect(load).not.toHaveBeenCalled();

    viewport.show();
    expect(await screen.findByText('drawn spend')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(1);
  });
});
