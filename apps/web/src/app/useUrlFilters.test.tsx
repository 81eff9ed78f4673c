import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { useUrlFilters, withParams } from './useUrlFilters';

describe('withParams', () => {
  it('sets trimmed values, repeats arrays, removes empty ones and keeps the rest', () => {
    const base = new URLSearchParams('keep=1&q=old&skill=a&drop=x');
    const next = withParams(base, { q: '  new ', skill: [' go ', '', 'sql'], drop: '   ', gone: undefined, none: null });
    expect([...next.entries()]).toEqual([
      ['keep', '1'],
      ['q', 'new'],
      ['skill', 'go'],
      ['skill', 'sql'],
    ]);
    expect(base.toString()).toBe('keep=1&q=old&skill=a&drop=x');
  });
});

const parse = (params: URLSearchParams) => ({
  q: params.get('q') || undefined,
  status: params.get('status') === 'open' ? ('open' as const) : undefined,
  sort: params.get('sort') || undefined,
});

/** The hook inside a memory router at `url`; the router tells where navigation went and how. */
function renderFilters(url: string) {
  let router!: ReturnType<typeof createMemoryRouter>;
  const wrapper = ({ children }: { children: ReactNode }) => {
    router ??= createMemoryRouter([{ path: '/list', element: children }], { initialEntries: ['/start', url], initialIndex: 1 });
    return <RouterProvider router={router} />;
  };
  const view = renderHook(() => useUrlFilters(parse), { wrapper });
  return { ...view, router: () => router };
}

describe('useUrlFilters', () => {
  it('parses the URL, leaves out what the page ignores, and counts only real filters', () => {
    const { result } = renderFilters('/list?q=ada&status=bogus&sort=name');
    expect(result.current.query).toEqual({ q: 'ada', sort: 'name' });
    expect(result.current.filtered).toBe(true);
  });

  it('does not call a sort order alone a filter', () => {
    const { result } = renderFilters('/list?sort=name&status=bogus');
    expect(result.current.filtered).toBe(false);
  });

  it('update changes some parameters in place of the current history entry', () => {
    const { result, router } = renderFilters('/list?q=ada&sort=name');
    act(() => result.current.update({ status: 'open', q: '' }));
    expect(router().state.location.search).toBe('?sort=name&status=open');
    expect(router().state.historyAction).toBe('REPLACE');
    expect(result.current.query).toEqual({ status: 'open', sort: 'name' });
  });

  it('reset replaces every parameter and can add a history entry', () => {
    const { result, router } = renderFilters('/list?q=ada&sort=name');
    act(() => result.current.reset({ status: 'open' }, { history: 'push' }));
    expect(router().state.location.search).toBe('?status=open');
    expect(router().state.historyAction).toBe('PUSH');
    act(() => result.current.reset());
    expect(router().state.location.search).toBe('');
    expect(result.current.filtered).toBe(false);
  });
});
