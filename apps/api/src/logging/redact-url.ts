/** Query parameter names that carry a secret: access_token, api_key, password, X-Amz-Signature, ... */
const SECRET_PARAM = /token|passw|pwd|secret|key|signature|^sig$|credential|auth|^code$|session|cookie/i;

export const REDACTED = '[redacted]';

/**
 * The URL with the value of every secret-looking query parameter replaced, everything else kept
 * byte for byte (so logs still show which filters a request used).
 */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q === -1) return url;
  const params = url.slice(q + 1).split('&').map((pair) => {
    const eq = pair.indexOf('=');
    const name = eq === -1 ? pair : pair.slice(0, eq);
    return SECRET_PARAM.test(safeDecode(name)) ? `${name}=${REDACTED}` : pair;
  });
  return `${url.slice(0, q)}?${params.join('&')}`;
}

/** The parsed query (Express's `req.query`) with the same parameters redacted. */
export function redactQuery(query: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(query).map(([name, value]) => [name, SECRET_PARAM.test(name) ? REDACTED : value]));
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
