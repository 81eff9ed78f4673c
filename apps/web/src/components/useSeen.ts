import { useEffect, useRef, useState } from 'react';

/**
 * True once the element has come within `rootMargin` of the viewport, and from then on; true at
 * once where IntersectionObserver is missing (e.g. jsdom), so nothing stays hidden there.
 */
export function useSeen<T extends Element>(rootMargin: string) {
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
