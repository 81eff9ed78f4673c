import type { ReactNode } from 'react';
import { useSeen } from './useSeen';

/**
 * Renders `children` once scrolled near the viewport (an empty box of `minHeight` until then): a
 * long page's lower sections fetch and render only when the reader gets there, so the first screen
 * loads without their requests and main-thread work.
 */
export function WhenNearViewport({ minHeight, children }: { minHeight: number; children: ReactNode }) {
  const { ref, seen } = useSeen<HTMLDivElement>('200px');
  return seen ? <>{children}</> : <div ref={ref} style={{ minHeight }} />;
}
