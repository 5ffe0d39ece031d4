// CORS by allow-list. No origin configured: no CORS headers at all, so browsers on other origins
// can neither read answers nor send preflighted requests. Apollo's CSRF prevention stays on
// either way (it refuses "simple" cross-site requests that skip the preflight).
import type http from "node:http";

const ALLOWED_HEADERS = "content-type, authorization, apollo-require-preflight, x-apollo-operation-name";
const ALLOWED_METHODS = "GET, POST, OPTIONS";

export function originAllowed(origin: string | undefined, allowList: readonly string[]): boolean {
  if (!origin) return false;
  return allowList.includes("*") || allowList.includes(origin.replace(/\/+$/, ""));
}

/**
 * Sets the CORS headers for `req`. Answers a preflight (OPTIONS) itself and returns true then;
 * otherwise returns false and the request goes on.
 */
export function handleCors(req: http.IncomingMessage, res: http.ServerResponse, allowList: readonly string[]): boolean {
  const origin = typeof req.headers.origin === "string" ? req.headers.origin : undefined;
  const allowed = originAllowed(origin, allowList);
  if (origin) res.setHeader("vary", "Origin");
  if (allowed) {
    res.setHeader("access-control-allow-origin", allowList.includes("*") ? "*" : origin!);
    if (!allowList.includes("*")) res.setHeader("access-control-allow-credentials", "true");
  }
  const preflight = req.method === "OPTIONS" && typeof req.headers["access-control-request-method"] === "string";
  if (!preflight) return false;
  if (allowed) {
    res.setHeader("access-control-allow-methods", ALLOWED_METHODS);
    res.setHeader("access-control-allow-headers", ALLOWED_HEADERS);
    res.setHeader("access-control-max-age", "600");
    res.writeHead(204);
  } else {
    res.writeHead(403, { "content-type": "text/plain; charset=utf-8" });
    res.write("Origin not allowed\n");
  }
  res.end();
  return true;
}
