import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferredPlot } from './deferredPlot';

/** An IntersectionObserver the test drives: `show()` reports every observed element as on screen. */
function stubObserver() {
  const observers: Array<{ callback: IntersectionObserverCallback; targets: Element[] }> = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      private readonly entry: { callback: IntersectionObserverCallback; targets: Element[] };
      constructor(callback: IntersectionObserverCallback) {
        this.entry = { callback, targets: [] };
        observers.push(this.entry);
      }
      observe(target: Element) {
        this.entry.targets.push(target);
      }
      disconnect() {
        this.entry.targets = [];
      }
    },
  );
  return {
    show: () =>
      act(() => {
        for (const o of observers) o.callback(o.targets.map((target) => ({ target, isIntersecting: true }) as IntersectionObserverEntry), {} as IntersectionObserver);
      }),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('deferredPlot', () => {
  it('holds the height, loads the drawing only once near the viewport, then draws it', async () => {
    const viewport = stubObserver();
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
