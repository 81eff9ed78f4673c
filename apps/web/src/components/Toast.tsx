import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { cn, focusRing } from './cn';

type Tone = 'success' | 'error' | 'info';
interface Toast {
  id: number;
  message: string;
  tone: Tone;
}
interface ToastApi {
  notify: (message: string, tone?: Tone) => void;
}

const ToastContext = createContext<ToastApi | null>(null);
const DISMISS_AFTER_MS = 6000;

/**
 * Short confirmations ("Token revoked") announced by screen readers. The live regions exist from the
 * start (a region added together with its text is often not announced) and sit outside #root so an
 * open dialog, which makes #root inert, does not silence them.
 */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const notify = useCallback(
    (message: string, tone: Tone = 'success') => {
      const id = nextId.current++;
      setToasts((list) => [...list.slice(-3), { id, message, tone }]);
      setTimeout(() => dismiss(id), DISMISS_AFTER_MS);
    },
    [dismiss],
  );
  const api = useMemo(() => ({ notify }), [notify]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      {createPortal(
        <div className="pointer-events-none fixed inset-x-0 bottom-0 z-[60] flex flex-col items-center gap-2 p-4 sm:items-end">
          <div aria-live="polite" className="flex flex-col gap-2">
            {toasts.filter((t) => t.tone !== 'error').map((t) => <ToastItem key={t.id} toast={t} onDismiss={dismiss} />)}
          </div>
          <div aria-live="assertive" className="flex flex-col gap-2">
            {toasts.filter((t) => t.tone === 'error').map((t) => <ToastItem key={t.id} toast={t} onDismiss={dismiss} />)}
          </div>
        </div>,
        document.body,
      )}
    </ToastContext.Provider>
  );
}

const toneClass: Record<Tone, string> = {
  success: 'border-green-200 bg-white text-slate-900 before:bg-green-500',
  error: 'border-red-200 bg-red-50 text-red-900 before:bg-red-500',
  info: 'border-slate-200 bg-white text-slate-900 before:bg-indigo-500',
};

function ToastItem({ toast, onDismiss }: { toast: Toast; onDismiss: (id: number) => void }) {
  return (
    <div className={cn('pointer-events-auto relative flex w-80 max-w-full items-start gap-3 overflow-hidden rounded-md border py-3 pr-2 pl-4 text-sm shadow-lg before:absolute before:inset-y-0 before:left-0 before:w-1', toneClass[toast.tone])}>
      <p className="flex-1">{toast.message}</p>
      <button type="button" onClick={() => onDismiss(toast.id)} className={cn('rounded px-1 text-slate-500 hover:text-slate-800', focusRing)} aria-label="Dismiss notification">
        ×
      </button>
    </div>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast must be used inside <ToastProvider>');
  return api;
}
