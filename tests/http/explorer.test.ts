// Serving the built Explorer: index.html for every view's URL, hashed assets cached for a year,
// gzip on request, a CSP that allows this origin only, and clear refusals (404, 405, 503).
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPLORER_CSP, explorerHandler, isExplorerPath } from "../../src/http/explorer.ts";

const INDEX = `<!doctype html><html><head><script type="module" src="/explore/assets/index-AbC123.js"></script></head><body><div id="root"></div></body></html>`;
const SCRIPT = `console.log(${JSON.stringify("x".repeat(4000))});\n`;

async function listen(handler: ReturnType<typeof explorerHandler>): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => handler(req, res, new URL(req.url ?? "/", "http://localhost")));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe("Explorer files", () => {
  let dist: string;
  let server: Awaited<ReturnType<typeof listen>>;
  let unbuilt: Awaited<ReturnType<typeof listen>>;

  beforeAll(async () => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), "diplograph-explorer-"));
    fs.mkdirSync(path.join(dist, "assets"));
    fs.writeFileSync(path.join(dist, "index.html"), INDEX);
    fs.writeFileSync(path.join(dist, "assets/index-AbC123.js"), SCRIPT);
    fs.writeFileSync(path.join(dist, "assets/index-AbC123.css"), "body{margin:0}");
    fs.writeFileSync(path.join(dist, "secret.txt"), "not an asset");
    server = await listen(explorerHandler(dist));
    unbuilt = await listen(explorerHandler(path.join(dist, "missing")));
  });
  afterAll(async () => {
    await server?.close();
    await unbuilt?.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it("knows its paths", () => {
    expect(isExplorerPath("/explore")).toBe(true);
    expect(isExplorerPath("/explore/official/T2Zm")).toBe(true);
    expect(isExplorerPath("/explorer")).toBe(false);
    expect(isExplorerPath("/graphql")).toBe(false);
  });

  it("answers every view's URL with index.html, revalidated, under the CSP", async () => {
    for (const p of ["/explore", "/explore/", "/explore/official/T2ZmaWNpYWw6MQ==", "/explore/pair/VN/KR", "/explore/network?by=official"]) {
      const res = await fetch(server.url + p);
      expect(res.status, p).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(res.headers.get("cache-control")).toBe("no-cache");
      expect(res.headers.get("content-security-policy")).toBe(EXPLORER_CSP);
      expect(await res.text()).toBe(INDEX);
    }
    expect(EXPLORER_CSP).toMatch(/default-src 'none'/);
    expect(EXPLORER_CSP).toMatch(/script-src 'self'(;|$)/);
    expect(EXPLORER_CSP).toMatch(/connect-src 'self'(;|$)/);
    expect(EXPLORER_CSP).not.toMatch(/https?:|\*/);
  });

  it("serves hashed assets with their type, a year-long immutable cache, and gzip when asked", async () => {
    const plain = await fetch(`${server.url}/explore/assets/index-AbC123.js`, { headers: { "accept-encoding": "identity" } });
    expect(plain.status).toBe(200);
    expect(plain.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(plain.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(plain.headers.get("x-content-type-options")).toBe("nosniff");
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(SCRIPT);

    // Raw HTTP to see the compressed bytes (fetch would inflate them).
    const gz = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      http.get(`${server.url}/explore/assets/index-AbC123.js`, { headers: { "accept-encoding": "gzip, br" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
      }).on("error", reject);
    });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(Number(gz.headers["content-length"])).toBe(gz.body.length);
    expect(gz.body.length).toBeLessThan(SCRIPT.length / 10);
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);

    const css = await fetch(`${server.url}/explore/assets/index-AbC123.css`);
    expect(css.headers.get("content-type")).toBe("text/css; charset=utf-8");
    const head = await fetch(`${server.url}/explore/assets/index-AbC123.css`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("refuses what is not a built asset, other methods, and says when the app is not built", async () => {
    for (const p of ["/explore/assets/nope.js", "/explore/assets/..%2Fsecret.txt", "/explore/assets/.hidden", "/explore/assets/sub/index-AbC123.js"]) {
      const res = await fetch(server.url + p);
      expect(res.status, p).toBe(404);
      expect(await res.text()).not.toContain("not an asset");
    }
    const post = await fetch(`${server.url}/explore/`, { method: "POST", body: "x" });
    expect(post.status).toBe(405);
    expect(post.headers.get("allow")).toBe("GET, HEAD");
    const missing = await fetch(`${unbuilt.url}/explore/`);
    expect(missing.status).toBe(503);
    expect(await missing.text()).toMatch(/npm run build:explorer/);
  });
});
