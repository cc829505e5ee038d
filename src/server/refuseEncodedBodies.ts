/**
 * The assistant takes request bodies as sent, never compressed. restify's body reader
 * inflates gzip and deflate itself, with no error handler on the inflating stream (a
 * body that is not gzip stops the process) and a size limit counted on the compressed
 * bytes (a small gzip bomb exhausts memory). No Bot Framework channel, nor the parents'
 * page, nor the console compresses what it posts, so a request that declares any
 * Content-Encoding is refused with 415 before a byte of its body is read, on every route.
 */
import type { Next, Request, Response } from 'restify';

export function refuseEncodedBodies(req: Request, res: Response, next: Next): void {
  if (req.headers['content-encoding'] === undefined) {
    next();
    return;
  }
  res.setHeader('connection', 'close');
  res.send(415, { error: 'compressed request bodies are not accepted' });
  next(false);
}
