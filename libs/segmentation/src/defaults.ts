/**
 * `{ ...defaults, ...options }` where an explicit `undefined` does not erase a default (callers
 * forward optional fields as they are, and a spread would copy their undefined).
 */
export function withDefaults<D extends object, O extends object>(defaults: D, options: O): D & O {
  const out: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(options)) if (value !== undefined) out[key] = value;
  return out as D & O;
}
