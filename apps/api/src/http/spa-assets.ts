import { existsSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';

/** Vite names built files `name-<8+ char hash>.ext`: their content never changes under that name. */
const HASHED = /^\/assets\/.+-[\w-]{8,}\.\w+(\.map)?$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
const SHORT = 'public, max-age=3600';

/** The encodings the build writes beside each text file (see apps/web/vite.precompress.ts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** The shell must be revalidated (it names the current hashed files); hashed files never change. */
export const cacheControlFor = (path: string): string => (path.endsWith('.html') ? 'no-cache' : HASHED.test(path) ? IMMUTABLE : SHORT);

/** Encodings named in Accept-Encoding with a non-zero quality. */
export function acceptedEncodings(header: string): Set<string> {
  const accepted = new Set<string>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    if (name && (!q || Number(q.slice(2)) > 0)) accepted.add(name);
  }
  return accepted;
}

/** The best precompressed variant the client accepts, as [encoding, file], when the build wrote one. */
function precompressed(dir: string, path: string, acceptEncoding: string): [string, string] | undefined {
  let file: string;
  try {
    file = normalize(join(dir, decodeURIComponent(path)));
  } catch {
    return undefined; // malformed escapes: let the plain handler answer
  }
  if (!file.startsWith(dir + sep)) return undefined;
  const accepted = acceptedEncodings(acceptEncoding);
  const best = ENCODINGS.find(({ name, suffix }) => accepted.has(name) && existsSync(file + suffix));
  return best && [best.name, file + best.suffix];
}

/**
 * The SPA's static files: the precompressed `.br`/`.gz` twin when the client accepts it (Vary on
 * Accept-Encoding), else the file itself; hashed files cached for a year as immutable, the rest for an hour.
 */
export function spaAssets(dir: string): RequestHandler {
  const plain = express.static(dir, { index: false, cacheControl: false, setHeaders: (res) => res.setHeader('Vary', 'Accept-Encoding') });
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    res.setHeader('Cache-Control', cacheControlFor(req.path));
    const variant = extname(req.path) ? precompressed(dir, req.path, String(req.headers['accept-encoding'] ?? '')) : undefined;
    if (!variant) return plain(req, res, () => (res.removeHeader('Cache-Control'), next()));
    const [encoding, file] = variant;
    res.setHeader('Content-Encoding', encoding);
    res.setHeader('Vary', 'Accept-Encoding');
    res.type(extname(req.path));
    // A client that went away mid-download leaves nothing to answer: only an error before any byte falls through.
    res.sendFile(file, { cacheControl: false }, (error) => error && !res.headersSent && next(error));
  };
}
