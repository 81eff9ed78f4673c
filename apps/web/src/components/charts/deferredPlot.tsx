import { lazy, Suspense, type ComponentType } from 'react';
import { useSeen } from '../useSeen';

/**
 * A chart drawing that costs nothing until it is needed: the chart library loads as its own script
 * (it is most of the dashboard's script) and a chart draws only once scrolled near the viewport,
 * so the page's figures come first and charts below the fold take no main-thread time at load.
 * Its height is held meanwhile, so nothing on the page moves when it appears.
 */
export function deferredPlot<P extends object>(load: () => Promise<ComponentType<P>>, heightOf: (props: P) => number) {
  const Plot = lazy(async () => ({ default: await load() }));
  return function DeferredPlot(props: P) {
    const { ref, seen } = useSeen<HTMLDivElement>('100px');
    const placeholder = <div ref={ref} style={{ height: heightOf(props) }} />;
    if (!seen) return placeholder;
    return (
      <Suspense fallback={placeholder}>
        <Plot {...props} />
      </Suspense>
    );
  };
}
