/**
 * One JSON log line per HTTP request, whatever the route or the outcome (restify's
 * 'after' event), and short, generic answers for every error restify raises itself (no
 * route, wrong method, body too large, bad JSON, a handler that threw): never an
 * internal message in an answer, never a multi-line stack trace in the log.
 *
 * Handlers add what they know to the request's line with {@link noteRequest} (the
 * conversation of a turn, why a request was refused, the error of a failed turn).
 *
 * Each request has an id: the X-Request-Id the town's reverse proxy sets (when it is a
 * short token), else a new UUID; it is sent back in X-Request-Id, written on the
 * request's line, and on every line the turn writes (messagesRoute.ts).
 */
import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Request, Response, Server } from 'restify';
import type { Logger } from 'pino';

/** What a request's log line carries besides method, path, status and duration. */
export interface RequestNote {
  conversationId?: string;
  activityId?: string;
  channelId?: string;
  /** Why a request was refused (a short code, no user data). */
  problem?: string;
  /** The error behind a 5xx, logged as one JSON field. */
  err?: unknown;
}

interface RequestRecord extends RequestNote {
  startedAt: number;
  requestId: string;
}

/** A proxy's id is kept when it is a plain token (no spaces or quotes to forge log lines). */
const REQUEST_ID = /^[A-Za-z0-9._:@-]{1,100}$/;

/** The id of `req` (set before routing), for the logs of its turn. */
export function requestIdOf(req: Request): string | undefined {
  return records.get(req)?.requestId;
}

const records = new WeakMap<Request, RequestRecord>();

/** Adds to the log line of `req`. */
export function noteRequest(req: Request, note: RequestNote): void {
  const record = records.get(req);
  if (record) Object.assign(record, note);
}

/** Longest path written to the log (a request line can be 16 KB). */
const MAX_LOGGED_PATH = 200;

function pathOf(req: Request): string {
  const url = req.url ?? '';
  const path = url.split('?')[0];
  return path.length > MAX_LOGGED_PATH ? `${path.slice(0, MAX_LOGGED_PATH)}…` : path;
}

/** The status of a restify error (restify-errors' statusCode), 500 for anything else. */
function statusOf(error: unknown): number {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/** The short answer to an error: the status's standard phrase, nothing from the request or the code. */
export function shortErrorBody(status: number): { error: string } {
  return { error: (STATUS_CODES[status] ?? 'Error').toLowerCase() };
}

export function installRequestLog(server: Server, logger: Logger): void {
  server.pre((req: Request, res: Response, next: () => void) => {
    const given = req.headers['x-request-id'];
    const requestId = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    records.set(req, { startedAt: performance.now(), requestId });
    res.setHeader('X-Request-Id', requestId);
    next();
  });

  server.on('restifyError', (req: Request, _res: Response, error: Error & { toJSON?: () => unknown; statusCode?: number }, callback: () => void) => {
    const status = statusOf(error);
    const body = shortErrorBody(status);
    // For the log, what the error was, before its answer is made short below.
    noteRequest(req, status >= 500 ? { err: { type: error.name, message: error.message, stack: error.stack } } : { problem: records.get(req)?.problem ?? error.name });
    // A plain error (a handler that threw): restify would answer with its message; a status makes it send this body.
    if (typeof error.statusCode !== 'number') error.statusCode = status;
    error.toJSON = () => body;
    error.toString = () => body.error;
    callback();
  });

  server.on('after', (req: Request, res: Response) => {
    const record = records.get(req);
    const { startedAt, err, ...note } = record ?? { startedAt: performance.now(), requestId: undefined };
    const line = {
      method: req.method,
      path: pathOf(req),
      status: res.statusCode,
      ms: Math.round(performance.now() - startedAt),
      ...note,
      ...(err === undefined ? {} : { err }),
    };
    if (res.statusCode >= 500) logger.error(line, 'request');
    else logger.info(line, 'request');
  });
}
