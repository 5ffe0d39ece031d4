// Reading a request body under a size limit: refused from Content-Length before a byte is read
// when it announces too much, else as soon as the stream passes the limit. The connection is not
// reset under the client, so it receives the 413 answer. Bodies and query strings must be valid
// UTF-8: decoding leniently would turn bad bytes into U+FFFD and store them, where the CLI refuses
// the same bytes.
import type http from "node:http";

export class InvalidEncodingError extends Error {
  readonly status = 400;
  readonly code = "INVALID_UTF8";
  constructor(where: string) {
    super(`${where} is not valid UTF-8`);
  }
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** `bytes` as text, or InvalidEncodingError naming `where`. */
export function decodeUtf8(bytes: Uint8Array, where: string): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new InvalidEncodingError(where);
  }
}

/**
 * The request target (path and query string) as text, refused when its raw bytes or its
 * percent-escapes are not UTF-8. Node hands raw bytes over as latin1 characters.
 */
export function decodeRequestTarget(target: string): string {
  const text = /[^\x00-\x7f]/.test(target) ? decodeUtf8(Buffer.from(target, "latin1"), "The request URL") : target;
  const query = text.indexOf("?");
  if (query >= 0) {
    for (const part of text.slice(query + 1).split(/[&=]/)) {
      try {
        // A stray "%" is literal for URLSearchParams too; only escapes that decode to bad bytes fail.
        decodeURIComponent(part.replace(/%(?![0-9a-fA-F]{2})/g, "%25"));
      } catch {
        throw new InvalidEncodingError("The query string");
      }
    }
  }
  return text;
}

export class BodyTooLargeError extends Error {
  readonly status = 413;
  readonly code = "PAYLOAD_TOO_LARGE";
  constructor(readonly limit: number) {
    super(`Request body larger than ${limit} bytes`);
  }
}

export function readLimitedBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers["content-length"]);
    if (Number.isFinite(declared) && declared > limit) {
      discard(req);
      reject(new BodyTooLargeError(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const onData = (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        chunks.length = 0;
        discard(req);
        reject(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.on("end", () => {
      if (!done) {
        done = true;
        try {
          resolve(decodeUtf8(Buffer.concat(chunks), "The request body"));
        } catch (err) {
          reject(err);
        }
      }
    });
    req.on("error", (err) => {
      if (!done) {
        done = true;
        reject(err);
      }
    });
  });
}

/** Drains the rest of a refused body without keeping it, and drops the connection after the answer. */
function discard(req: http.IncomingMessage): void {
  req.removeAllListeners("data");
  req.on("data", () => {});
  req.on("error", () => {});
  req.resume();
  // A client may keep sending for long; do not read more than ~64 MiB of it, or for more than 10 s.
  const timer = setTimeout(() => req.destroy(), 10_000);
  timer.unref();
  req.on("end", () => clearTimeout(timer));
  let drained = 0;
  req.on("data", (c: Buffer) => {
    drained += c.length;
    if (drained > 64 * 1024 * 1024) req.destroy();
  });
}
