// A bounded load generator for loopback GraphQL endpoints: a fixed number of requests at a fixed
// concurrency over keep-alive connections (node:http, so the client costs little CPU), every
// request checked for a `data` answer without `errors`. Only ever pointed at 127.0.0.1.
import http from "node:http";

export interface LatencyStats {
  requests: number;
  concurrency: number;
  /** Wall time of the whole run, ms. */
  elapsedMs: number;
  /** Requests per second over the run. */
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
  /** Mean response body size, bytes. */
  bytes: number;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summarize(latencies: number[], elapsedMs: number, concurrency: number, bytes: number): LatencyStats {
  const s = latencies.slice().sort((a, b) => a - b);
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return {
    requests: s.length,
    concurrency,
    elapsedMs: r(elapsedMs),
    throughput: Math.round((s.length / elapsedMs) * 1000 * 10) / 10,
    p50: r(percentile(s, 50)),
    p95: r(percentile(s, 95)),
    p99: r(percentile(s, 99)),
    mean: r(s.reduce((a, b) => a + b, 0) / (s.length || 1)),
    max: r(s[s.length - 1] ?? NaN),
    bytes: Math.round(bytes / (s.length || 1)),
  };
}

export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

export class GraphQLError extends Error {}

/** Posts one GraphQL request; resolves with the raw body after checking for errors. */
export function postGraphQL(agent: http.Agent, url: URL, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          if (res.statusCode !== 200 || text.includes('"errors"')) reject(new GraphQLError(`HTTP ${res.statusCode}: ${text.slice(0, 500)}`));
          else resolve(text);
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Raw samples of a load run, to be merged across chunks and summarised once. */
export interface LoadSamples {
  latencies: number[];
  elapsedMs: number;
  bytes: number;
}

/** Runs operations first..first+count-1 at `concurrency` (op returns the response size). */
export async function collectLoad(count: number, concurrency: number, op: (i: number) => Promise<number>, first = 0): Promise<LoadSamples> {
  const latencies: number[] = new Array(count);
  let next = 0;
  let bytes = 0;
  const t0 = performance.now();
  async function lane() {
    for (;;) {
      const i = next++;
      if (i >= count) return;
      const s = performance.now();
      bytes += await op(first + i);
      latencies[i] = performance.now() - s;
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  return { latencies, elapsedMs: performance.now() - t0, bytes };
}

export function mergeSamples(xs: LoadSamples[]): LoadSamples {
  return { latencies: xs.flatMap((x) => x.latencies), elapsedMs: xs.reduce((s, x) => s + x.elapsedMs, 0), bytes: xs.reduce((s, x) => s + x.bytes, 0) };
}

/** Runs `count` operations at `concurrency`, operation i being `op(i)`; returns latency stats. */
export async function runLoad(count: number, concurrency: number, op: (i: number) => Promise<number>): Promise<LatencyStats> {
  const r = await collectLoad(count, concurrency, op);
  return summarize(r.latencies, r.elapsedMs, concurrency, r.bytes);
}

/** An operation posting the i-th request to a loopback GraphQL endpoint over keep-alive connections. */
export function graphQLOp(endpoint: string, maxSockets: number, request: (i: number) => GraphQLRequest): { op: (i: number) => Promise<number>; close: () => void } {
  const url = new URL(endpoint);
  if (url.hostname !== "127.0.0.1" && url.hostname !== "localhost") throw new Error(`refusing to load a non-loopback host: ${url.hostname}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  return { op: async (i) => (await postGraphQL(agent, url, JSON.stringify(request(i)))).length, close: () => agent.destroy() };
}

/** Load against a GraphQL endpoint; `request(i)` gives the i-th request (cycled variables). */
export async function loadGraphQL(endpoint: string, count: number, concurrency: number, request: (i: number) => GraphQLRequest): Promise<LatencyStats> {
  const url = new URL(endpoint);
  if (url.hostname !== "127.0.0.1" && url.hostname !== "localhost") throw new Error(`refusing to load a non-loopback host: ${url.hostname}`);
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  try {
    return await runLoad(count, concurrency, async (i) => {
      const body = JSON.stringify(request(i));
      const text = await postGraphQL(agent, url, body);
      return text.length;
    });
  } finally {
    agent.destroy();
  }
}

/** One request, parsed (for checks and statement counting). */
export async function queryOnce<T = unknown>(endpoint: string, req: GraphQLRequest): Promise<T> {
  const url = new URL(endpoint);
  const agent = new http.Agent({ keepAlive: false });
  try {
    const text = await postGraphQL(agent, url, JSON.stringify(req));
    return (JSON.parse(text) as { data: T }).data;
  } finally {
    agent.destroy();
  }
}
