import { useEffect, useRef, useState } from 'react';
import type { DateRange } from '../../api/hooks/performance';
import { useAllReportsLoaded } from '../../api/hooks/reports';

/**
 * "Print all reports": renders every report (each on its own pages, see index.css), opens the
 * browser's print dialog once all of them are loaded, and goes back to the tabs when printing ends.
 */
export function usePrintAll(range: DateRange) {
  const [printingAll, setPrintingAll] = useState(false);
  const printed = useRef(false);
  const loaded = useAllReportsLoaded(range, printingAll);
  useEffect(() => {
    if (!printingAll || !loaded || printed.current) return;
    printed.current = true;
    window.print();
  }, [printingAll, loaded]);
  useEffect(() => {
    const done = () => setPrintingAll(false);
    window.addEventListener('afterprint', done);
    return () => window.removeEventListener('afterprint', done);
  }, []);
  const printAll = () => {
    printed.current = false;
    setPrintingAll(true);
  };
  return { printingAll, printAll, backToTabs: () => setPrintingAll(false) };
}
