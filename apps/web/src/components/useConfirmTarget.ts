import { useState } from 'react';

/**
 * The row a confirmation dialog is open for (`null`: closed). Asking clears the mutation's last
 * result first, so the dialog never opens showing an error from another row.
 */
export function useConfirmTarget<Row>(mutation: { reset: () => void }) {
  const [target, setTarget] = useState<Row | null>(null);
  return {
    target,
    ask: (row: Row) => {
      mutation.reset();
      setTarget(row);
    },
    close: () => setTarget(null),
  };
}
