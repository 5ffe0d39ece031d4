// Reading a request body under a size limit: refused from Content-Length before a byte is read
// when it announces too much, else as soon as the stream passes the limit. The connection is not
// reset under the client, so it receives the 413 answer.
import type http from "node:http";

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
        resolve(Buffer.concat(chunks).toString("utf8"));
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
