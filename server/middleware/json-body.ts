/**
 * The JSON body reader for /api, in place of express.json, because body-parser reads a body it
 * has already refused to its end before answering (an endless chunked upload kept it reading at
 * full CPU) and hands any depth of nesting to validation (2,500 levels overflowed zod's stack).
 * Every refusal here is decided before or while reading and closes the connection, so the rest
 * of an unwanted upload is never read:
 * - Content-Length over the limit: 413 before a byte is read;
 * - a stream that passes the limit: 413 at the limit;
 * - a body that does not arrive within the body timeout: 408;
 * - a content type other than JSON, a compressed body, a charset other than UTF-8: 415;
 * - nesting deeper than the depth limit: 400 naming it, before JSON.parse and zod see the text;
 * - a reserved key (`__proto__`, `constructor`, `prototype`) anywhere: 400 naming it (contract/reserved-keys.ts).
 */
import type { Request, RequestHandler } from 'express';
import { HttpError } from '../errors.ts';
import { RESERVED_KEYS, findReservedKey } from '../../contract/reserved-keys.ts';

export interface JsonBodyLimits {
  /** Bytes. */
  maxBytes: number;
  /** Objects and arrays inside one another. */
  maxDepth: number;
  /** How long the whole body may take to arrive. */
  timeoutMs: number;
}

export const DEFAULT_JSON_LIMITS: JsonBodyLimits = { maxBytes: 256 * 1024, maxDepth: 32, timeoutMs: 10_000 };

/** Refusals that leave part of the request unread end the connection with the answer. */
const close = { Connection: 'close' };

const hasBody = (req: Request) => req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;

/** The deepest nesting in a JSON text, counted without parsing it (brackets inside strings do not count). */
export function jsonDepthExceeds(text: string, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

function refuseUnreadable(req: Request): HttpError | undefined {
  const type = req.headers['content-type'] ?? '';
  const [mediaType = '', ...parameters] = type.split(';').map((p) => p.trim().toLowerCase());
  if (mediaType !== 'application/json' && !mediaType.endsWith('+json')) {
    return new HttpError(415, 'unsupported_media_type', 'Send the request body as JSON (Content-Type: application/json)', undefined, close);
  }
  const charset = parameters.find((p) => p.startsWith('charset='))?.slice('charset='.length);
  if (charset && charset.replace(/"/g, '') !== 'utf-8') {
    return new HttpError(415, 'unsupported_encoding', `The body must be UTF-8, not ${charset}`, undefined, close);
  }
  const encoding = (req.headers['content-encoding'] ?? 'identity').toLowerCase();
  if (encoding !== 'identity') {
    return new HttpError(415, 'unsupported_encoding', `Send the body uncompressed, not as ${encoding}`, undefined, close);
  }
  return undefined;
}

const tooLarge = (maxBytes: number) =>
  new HttpError(413, 'body_too_large', `The request body is larger than the limit of ${maxBytes} bytes`, undefined, close);

/** Reads the body up to the limit; rejects at the limit or the timeout, without reading further. */
function readLimited(req: Request, limits: JsonBodyLimits): Promise<Buffer> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (error?: HttpError) => {
      clearTimeout(timer);
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      if (error) {
        req.pause();
        fail(error);
      } else done(Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBytes) finish(tooLarge(limits.maxBytes));
      else chunks.push(chunk);
    };
    const onEnd = () => finish();
    const onError = () => finish(new HttpError(400, 'body_aborted', 'The request body ended before it was complete', undefined, close));
    const timer = setTimeout(
      () =>
        finish(new HttpError(408, 'body_timeout', `The request body did not arrive within ${limits.timeoutMs / 1000} s`, undefined, close)),
      limits.timeoutMs,
    );
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

export function jsonBody(limits: JsonBodyLimits = DEFAULT_JSON_LIMITS): RequestHandler {
  return async (req, _res, next) => {
    if (!hasBody(req)) return next();
    const refusal = refuseUnreadable(req);
    if (refusal) return next(refusal);
    const declared = Number(req.headers['content-length']);
    if (declared > limits.maxBytes) return next(tooLarge(limits.maxBytes));
    const text = (await readLimited(req, limits).catch((e: unknown) => e as HttpError)) as Buffer | HttpError;
    if (text instanceof HttpError) return next(text);
    const body = text.toString('utf8');
    if (jsonDepthExceeds(body, limits.maxDepth)) {
      return next(
        new HttpError(400, 'json_too_deep', `The request body nests objects and arrays deeper than the limit of ${limits.maxDepth}`),
      );
    }
    const first = body.trimStart()[0];
    try {
      if (first !== '{' && first !== '[') throw new SyntaxError('not an object or array');
      req.body = JSON.parse(body) as unknown;
    } catch {
      return next(new HttpError(400, 'malformed_json', 'The request body is not valid JSON (an object or an array)'));
    }
    const reserved = findReservedKey(req.body);
    if (reserved) {
      return next(
        new HttpError(400, 'reserved_key', `The request body uses a reserved key at ${reserved}: ${RESERVED_KEYS.join(', ')} are refused`, {
          path: reserved,
        }),
      );
    }
    next();
  };
}
