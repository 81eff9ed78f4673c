import { FieldError } from './problem';

/**
 * The edge check every request value (body, query, path params) passes before class-transformer
 * and class-validator see it. It rejects, in one place rather than per DTO field:
 * - NUL characters: PostgreSQL text cannot hold them (error 22021 would surface as a 500);
 * - unpaired UTF-16 surrogates: not encodable as UTF-8 (validator's isEmail throws URIError on them);
 * - nesting deeper than MAX_INPUT_DEPTH: class-transformer recurses per level and overflows the stack.
 * The walk itself is depth-capped, so it is safe on any input JSON.parse accepted.
 */
export const MAX_INPUT_DEPTH = 32;

/** Collects at most this many problems: a huge hostile body must not produce a huge answer. */
const MAX_REPORTED = 10;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const HOSTILE_CHARACTERS = new RegExp(`\\u0000|${LONE_SURROGATE.source}`, 'g');

/** Why `value` cannot be accepted as text, or undefined when it can. */
export function textProblem(value: string): string | undefined {
  if (value.includes('\u0000')) return 'must not contain NUL characters';
  if (LONE_SURROGATE.test(value)) return 'must not contain unpaired UTF-16 surrogates';
  return undefined;
}

/** Problems of `value` (and its keys), named by their dotted path under `root`. */
export function findHostileInput(value: unknown, root = ''): FieldError[] {
  const problems: FieldError[] = [];
  walk(value, root, root || 'body', 0, problems);
  return problems;
}

/** `field` names a too-deep value by the top-level field holding it (the path would be 32 levels long). */
function walk(value: unknown, path: string, field: string, depth: number, problems: FieldError[]): void {
  if (problems.length >= MAX_REPORTED) return;
  if (typeof value === 'string') {
    const message = textProblem(value);
    if (message) problems.push({ field: path || field, message });
    return;
  }
  if (typeof value !== 'object' || value === null || Buffer.isBuffer(value)) return;
  if (depth >= MAX_INPUT_DEPTH) {
    problems.push({ field, message: `nests deeper than ${MAX_INPUT_DEPTH} levels` });
    return;
  }
  const topLevel = depth === 0 && !Array.isArray(value);
  for (const [key, child] of Object.entries(value)) {
    const keyMessage = textProblem(key);
    // Field names echo the input: hostile characters in a key are shown as U+FFFD.
    const childPath = path ? `${path}.${printable(key)}` : printable(key);
    if (keyMessage) problems.push({ field: childPath, message: `name ${keyMessage}` });
    else walk(child, childPath, topLevel ? childPath : field, depth + 1, problems);
    if (problems.length >= MAX_REPORTED) return;
  }
}

const printable = (key: string) => key.replace(HOSTILE_CHARACTERS, '\uFFFD');
