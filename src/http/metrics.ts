// Prometheus metrics in the text exposition format: queue depth per state (read from Redis at
// scrape time, so any process can serve it), job outcomes and ingest latency of this process.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { IngestQueue } from "../queue/queue.ts";

export class Metrics {
  readonly registry = new Registry();
  readonly jobs: Counter<"outcome">;
  readonly failures: Counter<"final">;
  readonly latency: Histogram;

  constructor(queue?: IngestQueue) {
    collectDefaultMetrics({ register: this.registry, prefix: "diplograph_" });
    this.jobs = new Counter({ name: "diplograph_jobs_total", help: "Ingest jobs finished by this process, by outcome (created, replaced, unchanged).", labelNames: ["outcome"], registers: [this.registry] });
    this.failures = new Counter({
      name: "diplograph_job_failures_total",
      help: "Ingest job attempts that failed in this process; final=true when the job went to the dead-letter list.",
      labelNames: ["final"],
      registers: [this.registry],
    });
    this.latency = new Histogram({
      name: "diplograph_ingest_seconds",
      help: "Time to fetch, extract and store one article page.",
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [this.registry],
    });
    if (queue) {
      new Gauge({
        name: "diplograph_queue_jobs",
        help: "Jobs in the ingest queue by state (waiting, active, delayed, completed, failed = dead letters).",
        labelNames: ["state"],
        registers: [this.registry],
        async collect() {
          const counts = await queue.counts();
          for (const [state, n] of Object.entries(counts)) this.set({ state }, n);
        },
      });
    }
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}

/** Answers GET /metrics (and nothing else) on host:port; port 0 picks a free one. */
export async function serveMetrics(metrics: Metrics, port: number, host = "127.0.0.1"): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    if (req.url?.split("?")[0] !== "/metrics") {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found: metrics are at /metrics\n");
      return;
    }
    metrics.text().then(
      (body) => res.writeHead(200, { "content-type": metrics.contentType }).end(body),
      (err: unknown) => res.writeHead(503, { "content-type": "text/plain" }).end(`metrics unavailable: ${(err as Error).message}\n`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return { url: `http://${host}:${address.port}/metrics`, close: () => new Promise((r) => server.close(() => r())) };
}
