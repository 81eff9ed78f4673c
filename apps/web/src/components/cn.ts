/** Joins class names, skipping falsy ones: cn('a', busy && 'b'). */
export function cn(...parts: Array<string | false | null | undefined>): string {
  return parts.filter(Boolean).join(' ');
}

/** The one focus style every interactive element uses, so keyboard focus always looks the same. */
export const focusRing = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600';
