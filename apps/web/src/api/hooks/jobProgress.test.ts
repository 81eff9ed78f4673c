import { renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { isInFlight, pollWhileAnyInFlight, pollWhileInFlight, useOnJobFinished } from './jobProgress';

describe('isInFlight and the polling intervals', () => {
  it('treats queued and running as in flight, anything else (or nothing) as done', () => {
    expect(['queued', 'running', 'completed', 'failed', 'succeeded'].map((status) => isInFlight({ status }))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(isInFlight(undefined)).toBe(false);
  });

  it('polls one job while it runs, and a history while any of its jobs runs', () => {
    expect(pollWhileInFlight(500)({ state: { data: { status: 'running' } } })).toBe(500);
    expect(pollWhileInFlight(500)({ state: { data: { status: 'failed' } } })).toBe(false);
    const pages = (...statuses: string[]) => ({ state: { data: { pages: [{ items: statuses.map((status) => ({ status })) }] } } });
    expect(pollWhileAnyInFlight(3000)(pages('completed', 'queued'))).toBe(3000);
    expect(pollWhileAnyInFlight(3000)(pages('completed', 'failed'))).toBe(false);
    expect(pollWhileAnyInFlight(3000)({ state: {} })).toBe(false);
  });
});

describe('useOnJobFinished', () => {
  const watch = (initial: boolean | undefined) => {
    const onFinished = vi.fn();
    const view = renderHook(({ inFlight }) => useOnJobFinished(inFlight, onFinished), { initialProps: { inFlight: initial } });
    return { onFinished, set: (inFlight: boolean | undefined) => view.rerender({ inFlight }) };
  };

  it('fires once when watched work goes from in flight to done, and again for the next run', () => {
    const { onFinished, set } = watch(undefined);
    set(true);
    set(true);
    expect(onFinished).not.toHaveBeenCalled();
    set(false);
    set(false);
    expect(onFinished).toHaveBeenCalledTimes(1);
    set(true);
    set(false);
    expect(onFinished).toHaveBeenCalledTimes(2);
  });

  it('does not fire for work that was already done when the page opened', () => {
    const { onFinished, set } = watch(false);
    set(false);
    set(undefined);
    expect(onFinished).not.toHaveBeenCalled();
  });

  it('ignores the loading gap (undefined) between in flight and done', () => {
    const { onFinished, set } = watch(true);
    set(undefined);
    expect(onFinished).not.toHaveBeenCalled();
    set(false);
    expect(onFinished).toHaveBeenCalledTimes(1);
  });
});
