import { lazy, Suspense, useEffect, useRef, useState, type ComponentType } from 'react';

/** True once the element has come within `rootMargin` of the viewport (at once where IntersectionObserver is missing, e.g. jsdom). */
function useSeen<T extends Element>(rootMargin: string) {
  const ref = useRef<T>(null);
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) setSeen(true);
    }, { rootMargin });
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen, rootMargin]);
  return { ref, seen };
}

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
