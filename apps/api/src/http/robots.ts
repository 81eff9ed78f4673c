import { NextFunction, Request, Response } from 'express';

/** Every page sits behind a sign-in and /r/ links are per-campaign tracking: nothing here is for search engines. */
export const ROBOTS_TXT = 'User-agent: *\nDisallow: /\n';

/** `/robots.txt`, answered by the API itself so it exists whether or not the SPA is built. */
export function robotsTxt(req: Request, res: Response, next: NextFunction): void {
  if (req.path !== '/robots.txt' || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
  res.type('text/plain').setHeader('Cache-Control', 'public, max-age=86400');
  res.send(ROBOTS_TXT);
}
