/**
 * The longest string an anchored regex can match, for simple patterns (`^[a-z_.]{1,64}$`,
 * `^(act_)?\d{1,20}$`): characters, escapes, classes and alternation-free groups with bounded
 * quantifiers. Undefined when the pattern is unanchored, unbounded (`*`, `+`, `{n,}`) or uses `|`.
 */
export function maxLengthOfPattern(pattern: string): number | undefined {
  const body = /^\^(.*)\$$/s.exec(pattern)?.[1];
  if (body === undefined || body.includes('|')) return undefined;
  const parsed = sequenceLength(body, 0);
  return parsed && parsed.end === body.length ? parsed.length : undefined;
}

const ATOM = /^(\\.|\[(?:\\.|[^\]\\])*\]|[^\\[\](){}|*+?^$])/s;
const QUANTIFIER = /^(\{(\d+)(,(\d*))?\}|[*+?])?/;

/** Max length of the sequence starting at `start`, up to the end or a closing parenthesis. */
function sequenceLength(body: string, start: number): { length: number; end: number } | undefined {
  let length = 0;
  let i = start;
  while (i < body.length && body[i] !== ')') {
    let atomLength: number;
    if (body[i] === '(') {
      const inner = sequenceLength(body, i + (body.startsWith('(?:', i) ? 3 : 1));
      if (!inner || body[inner.end] !== ')') return undefined;
      atomLength = inner.length;
      i = inner.end + 1;
    } else {
      const atom = ATOM.exec(body.slice(i));
      if (!atom) return undefined;
      atomLength = 1;
      i += atom[0].length;
    }
    const quantifier = QUANTIFIER.exec(body.slice(i)) as RegExpExecArray;
    i += quantifier[0].length;
    const times = timesOf(quantifier);
    if (times === undefined) return undefined;
    length += atomLength * times;
  }
  return { length, end: i };
}

function timesOf(quantifier: RegExpExecArray): number | undefined {
  if (quantifier[0] === '*' || quantifier[0] === '+') return undefined;
  if (quantifier[0] === '' || quantifier[0] === '?') return 1;
  if (quantifier[3] === undefined) return Number(quantifier[2]);
  return quantifier[4] === '' ? undefined : Number(quantifier[4]);
}
