// Serves the built Explorer (explorer/dist, made by `npm run build:explorer`, which `npm install`
// runs) under /explore: index.html for every view's URL (the app routes by path), hashed assets
// with a year-long immutable cache, gzip when the browser takes it, and a CSP that lets the page
// talk to this origin only.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type http from "node:http";

export const EXPLORER_PREFIX = "/explore";

const DEFAULT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../explorer/dist");

// Inline styles stay allowed: Cytoscape and Observable Plot style their own elements (Plot adds a
// <style> to each chart). Scripts, data and fonts come from this origin only.
export const EXPLORER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

interface Asset {
  body: Buffer;
  gzipped: Buffer | null;
  type: string;
}

export function isExplorerPath(pathname: string): boolean {
  return pathname === EXPLORER_PREFIX || pathname.startsWith(`${EXPLORER_PREFIX}/`);
}

/** A request handler for /explore and below, over the build in `dist` (read once per file). */
export function explorerHandler(dist = DEFAULT_DIST) {
  const cache = new Map<string, Asset | null>();

  function load(file: string): Asset | null {
    if (cache.has(file)) return cache.get(file)!;
    let asset: Asset | null = null;
    try {
      const body = fs.readFileSync(path.join(dist, file));
      const type = TYPES[path.extname(file)] ?? "application/octet-stream";
      const compressible = /^(text\/|application\/json|image\/svg)/.test(type) && body.length > 1024;
      asset = { body, gzipped: compressible ? gzipSync(body, { level: 9 }) : null, type };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    }
    // index.html changes with every build: only the hashed assets are kept for the process's life.
    if (file !== "index.html") cache.set(file, asset);
    return asset;
  }

  function send(req: http.IncomingMessage, res: http.ServerResponse, status: number, asset: Asset, cacheControl: string): void {
    const gzip = asset.gzipped && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
    const body = gzip ? asset.gzipped! : asset.body;
    res.writeHead(status, {
      "content-type": asset.type,
      "content-length": body.length,
      "cache-control": cacheControl,
      "content-security-policy": EXPLORER_CSP,
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      vary: "accept-encoding",
      ...(gzip ? { "content-encoding": "gzip" } : {}),
    });
    res.end(req.method === "HEAD" ? undefined : body);
  }

  function plain(res: http.ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
    res.writeHead(status, { "content-type": "text/plain; charset=utf-8", "content-length": Buffer.byteLength(text), "x-content-type-options": "nosniff", ...headers });
    res.end(text);
  }

  return function serveExplorer(req: http.IncomingMessage, res: http.ServerResponse, url: URL): void {
    if (req.method !== "GET" && req.method !== "HEAD") return plain(res, 405, "Method not allowed\n", { allow: "GET, HEAD" });
    const rest = url.pathname.slice(EXPLORER_PREFIX.length);
    if (rest.startsWith("/assets/")) {
      const name = rest.slice("/assets/".length);
      // Built asset names only: no folders, no dot-dot.
      const asset = /^[\w.-]+$/.test(name) && !name.startsWith(".") ? load(`assets/${name}`) : null;
      if (!asset) return plain(res, 404, `Not found: ${url.pathname}\n`);
      return send(req, res, 200, asset, "public, max-age=31536000, immutable");
    }
    const index = load("index.html");
    if (!index) return plain(res, 503, "The Explorer is not built: run `npm run build:explorer` (npm install does it).\n", { "cache-control": "no-store" });
    send(req, res, 200, index, "no-cache");
  };
}
