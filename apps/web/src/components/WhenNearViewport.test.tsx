import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stubIntersectionObserver } from '../test/intersectionObserver';
import { WhenNearViewport } from './WhenNearViewport';

afterEach(() => vi.unstubAllGlobals());

describe('WhenNearViewport', () => {
  it('holds an empty box until scrolled near, then renders its section for good', () => {
    const viewport = stubIntersectionObserver();
    const { container } = render(
      <WhenNearViewport minHeight={160}>
        <p>Budget pacing table</p>
      </WhenNearViewport>,
    );
    expect(screen.queryByText('Budget pacing table')).not.toBeInTheDocument();
    expect((container.firstChild as HTMLElement).style.minHeight).toBe('160px');
    viewport.show();
    expect(screen.getByText('Budget pacing table')).toBeInTheDocument();
  });

  it('renders at once where the browser cannot tell (no IntersectionObserver)', () => {
    render(
      <WhenNearViewport minHeight={160}>
        <p>Breakdown</p>
      </WhenNearViewport>,
    );
    expect(screen.getByText('Breakdown')).toBeInTheDocument();
  });
});
