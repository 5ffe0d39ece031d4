// Results files of the benchmark: bench/results/<date>.json (every run of that day, one per
// corpus size, later phases merged into earlier ones), <date>.md (the tables) and latency.svg
// (p50 latency against corpus size per query, from every results file in the folder).
import fs from "node:fs";
import path from "node:path";
import type { LatencyStats } from "./load.ts";

export type Target = "diplograph-sqlite" | "diplograph-pg" | "postgraphile" | "floor-pg" | "base-sqlite" | "base-pg";
/** The targets charted; `base-*` (another build, `--base DIR`) only appear in the tables. */
export const TARGETS: Target[] = ["diplograph-sqlite", "diplograph-pg", "postgraphile", "floor-pg"];
const TABLE_TARGETS: Target[] = ["diplograph-sqlite", "base-sqlite", "diplograph-pg", "base-pg", "postgraphile", "floor-pg"];

export interface Rate {
  cpuMs?: number;
  docsPerCpuSec?: number;
  wordsPerCpuSec?: number;
  docs: number;
  words: number;
  ms: number;
  docsPerSec: number;
  wordsPerSec: number;
  failed: number;
}

export interface QueryResult {
  size: number;
  target: Target;
  query: string;
  /** Concurrency 1. */
  latency: LatencyStats;
  /** Concurrency --concurrency. */
  load: LatencyStats;
  /** Statements per request as the Prisma client reports them (onQuery); 1 for the floor. */
  statements: { min: number; max: number; mean: number };
  /** Queries the pg driver sent per request (PostgreSQL targets; includes BEGIN/COMMIT). */
  wire: { min: number; max: number; mean: number };
  /**
   * CPU time of the server process per request (user + system, read from /proc around each
   * measured chunk, latency and throughput chunks together); absent for the floor and off Linux.
   * The PostgreSQL server's own CPU is not in it, for any target.
   */
  cpuMsPerRequest?: number;
}

export interface BenchResults {
  date: string;
  startedAt: string;
  machine: Record<string, unknown>;
  options: { docs: number; [k: string]: unknown };
  corpus: { docs: number; words: number; wordsPerDocument: number; generateMs: number } | null;
  extraction: { singleCore: Rate; workers: (Rate & { workers: number }) | null; factsPerDocument: Record<string, number> } | null;
  ingestion: Partial<
    Record<
      "sqlite" | "postgresql",
      {
        /** Documents ingested through ingestText (timed). */
        docs: number;
        ms: number;
        docsPerSec: number;
        /** CPU time of the bench process (client side: Prisma, extraction; all of SQLite). */
        cpuMs?: number;
        docsPerCpuSec?: number;
        failed: number;
        /** Documents in the database at the end (the rest cloned, bench/fill.ts). */
        storedDocs: number;
        filledByCloning: number;
        fillMs: number;
        bytes: number;
        bytesPer1000Docs: number;
      }
    >
  >;
  queries: QueryResult[];
  checks: { size: number; query: string; targets: { target: string; agree: boolean; sample?: string }[] }[];
  /** Targets that stopped answering (a server child that exited, with its stderr) and were left out from then on. */
  failures: { size: number; target: string; phase: string; error: string }[];
  durationSeconds: number;
}

interface DayFile {
  date: string;
  runs: BenchResults[];
}

const QUERY_TITLES: Record<string, string> = {
  officialMeetings: "officials → meetings → participants",
  proposalsByTopic: "proposals by topic, with speaker",
  meetingsBetween: "meetings between two dates, with participants",
  search: "search (officials by name)",
};
const QUERY_ORDER = Object.keys(QUERY_TITLES);

function merge(old: BenchResults, next: BenchResults): BenchResults {
  const key = (q: QueryResult) => `${q.size}|${q.target}|${q.query}`;
  const keys = new Set(next.queries.map(key));
  const ckeys = new Set(next.checks.map((c) => `${c.size}|${c.query}`));
  return {
    ...next,
    corpus: next.corpus ?? old.corpus,
    extraction: next.extraction ?? old.extraction,
    ingestion: { ...old.ingestion, ...next.ingestion },
    queries: [...old.queries.filter((q) => !keys.has(key(q))), ...next.queries],
    checks: [...old.checks.filter((c) => !ckeys.has(`${c.size}|${c.query}`)), ...next.checks],
    failures: [...(old.failures ?? []).filter((f) => !next.failures.some((n) => n.size === f.size && n.target === f.target)), ...next.failures],
    durationSeconds: next.durationSeconds,
  };
}

const fmt = (x: number | undefined | null, d = 1) => (x == null || Number.isNaN(x) ? "–" : x >= 100 ? Math.round(x).toLocaleString("en-US") : x.toFixed(d));
const mib = (b: number) => `${(b / 2 ** 20).toFixed(1)} MiB`;

export function markdown(day: DayFile): string {
  const out: string[] = [];
  out.push(`# Benchmark results, ${day.date}`, "");
  for (const r of [...day.runs].sort((a, b) => a.options.docs - b.options.docs)) {
    const m = r.machine as { cpus: number; cpuModel: string; memoryGiB: number; node: string; loadAverageAtStart: number[]; note: string };
    out.push(`## Run with --docs ${r.options.docs.toLocaleString("en-US")}`, "");
    out.push(
      `${m.cpus} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node}; load average at start ${m.loadAverageAtStart.join(" / ")}. ${m.note} ` +
        `Started ${r.startedAt}, took ${Math.round(r.durationSeconds)} s. Latency: ${r.options.requests} requests at concurrency 1 after ${r.options.warmup} warm-up requests; ` +
        `throughput: ${r.options.requests} requests at concurrency ${r.options.concurrency}; ` +
        (r.options.interleaved ? "servers and floor measured interleaved, in rotating chunks. " : "servers measured one after another (before interleaving). ") +
        (r.options.serve ? `diplograph served from ${String(r.options.serve)}. ` : "") +
        "All traffic on 127.0.0.1.",
      "",
    );
    if (r.corpus) out.push(`Corpus: ${r.corpus.docs.toLocaleString("en-US")} synthetic documents, ${r.corpus.words.toLocaleString("en-US")} words (${r.corpus.wordsPerDocument} per document), seed ${String(r.options.seed)}.`, "");
    if (r.extraction) {
      const e = r.extraction;
      out.push("| extraction | documents/s | words/s | documents per CPU-second |", "| --- | ---: | ---: | ---: |");
      out.push(`| one core (main thread) | ${fmt(e.singleCore.docsPerSec)} | ${fmt(e.singleCore.wordsPerSec)} | ${fmt(e.singleCore.docsPerCpuSec)} |`);
      if (e.workers) out.push(`| ${e.workers.workers} worker threads | ${fmt(e.workers.docsPerSec)} | ${fmt(e.workers.wordsPerSec)} | – |`);
      const f = e.factsPerDocument;
      out.push("", `Facts per document: ${Object.entries(f).map(([k, v]) => `${v} ${k}`).join(", ")}.`, "");
    }
    const ing = Object.entries(r.ingestion);
    if (ing.length) {
      out.push("| ingestion (ingestText, one document per transaction, one at a time) | documents ingested | documents/s | per CPU-second of the client | documents stored | database size | per 1,000 documents |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
      for (const [k, v] of ing) out.push(`| ${k === "sqlite" ? "SQLite" : "PostgreSQL"} | ${v!.docs.toLocaleString("en-US")} | ${fmt(v!.docsPerSec)} | ${fmt(v!.docsPerCpuSec)} | ${v!.storedDocs.toLocaleString("en-US")} | ${mib(v!.bytes)} | ${mib(v!.bytesPer1000Docs)} |`);
      const cloned = ing.find(([, v]) => v!.filledByCloning > 0);
      if (cloned) out.push("", `Documents beyond the first ${cloned[1]!.docs.toLocaleString("en-US")} were not ingested one by one: the databases were filled by cloning the ingested rows at SQL level with shifted dates (bench/fill.ts), because ingestion at the measured rate would not fit the run's time budget. Query figures at those sizes are on that data.`);
      out.push("");
    }
    const sizes = [...new Set(r.queries.map((q) => q.size))].sort((a, b) => a - b);
    for (const size of sizes) {
      const qs = r.queries.filter((q) => q.size === size);
      out.push(`### Queries at ${size.toLocaleString("en-US")} documents`, "");
      out.push("| query | server | p50 ms | p95 ms | p99 ms | req/s (c=" + String(r.options.concurrency) + ") | server CPU ms / request | statements / request |", "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
      for (const qid of QUERY_ORDER) {
        for (const t of TABLE_TARGETS) {
          const q = qs.find((x) => x.query === qid && x.target === t);
          if (!q) continue;
          const st = q.statements.min === q.statements.max ? String(q.statements.min) : `${q.statements.min}–${q.statements.max}`;
          const wire = t === "diplograph-pg" || t === "base-pg" || t === "postgraphile" ? ` (${q.wire.min === q.wire.max ? q.wire.min : `${q.wire.min}–${q.wire.max}`} on the wire)` : "";
          out.push(`| ${QUERY_TITLES[qid]} | ${t} | ${fmt(q.latency.p50, 2)} | ${fmt(q.latency.p95, 2)} | ${fmt(q.latency.p99, 2)} | ${fmt(q.load.throughput)} | ${q.cpuMsPerRequest == null ? "–" : fmt(q.cpuMsPerRequest, 2)} | ${t === "postgraphile" ? String(q.wire.mean) : st}${t === "postgraphile" ? " (on the wire)" : wire} |`);
        }
      }
      out.push("");
      out.push("| query | throughput diplograph (PG) / PostGraphile | throughput diplograph (SQLite) / PostGraphile | p50 diplograph (PG) / floor | p50 diplograph (SQLite) / floor (PG) |", "| --- | ---: | ---: | ---: | ---: |");
      for (const qid of QUERY_ORDER) {
        const g = (t: Target) => qs.find((x) => x.query === qid && x.target === t);
        const [dpg, dsq, pgl, floor] = [g("diplograph-pg"), g("diplograph-sqlite"), g("postgraphile"), g("floor-pg")];
        const ratio = (a?: number, b?: number) => (a && b ? `${(a / b).toFixed(2)}×` : "–");
        out.push(`| ${QUERY_TITLES[qid]} | ${ratio(dpg?.load.throughput, pgl?.load.throughput)} | ${ratio(dsq?.load.throughput, pgl?.load.throughput)} | ${ratio(dpg?.latency.p50, floor?.latency.p50)} | ${ratio(dsq?.latency.p50, floor?.latency.p50)} |`);
      }
      out.push("");
      if (qs.some((q) => q.target === "base-pg" || q.target === "base-sqlite")) {
        out.push(`This build against the base build (\`--base ${r.options.base ?? ""}\`${r.options.baseServe ? `, served from ${String(r.options.baseServe)}` : ""}), same run, same databases:`, "");
        out.push("| query | throughput this / base (PG) | (SQLite) | server CPU per request this / base (PG) | (SQLite) | p50 this / base (PG) | (SQLite) |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (const qid of QUERY_ORDER) {
          const g = (t: Target) => qs.find((x) => x.query === qid && x.target === t);
          const ratio = (a?: number, b?: number) => (a && b ? `${(a / b).toFixed(2)}×` : "–");
          const [dpg, bpg, dsq, bsq] = [g("diplograph-pg"), g("base-pg"), g("diplograph-sqlite"), g("base-sqlite")];
          out.push(`| ${QUERY_TITLES[qid]} | ${ratio(dpg?.load.throughput, bpg?.load.throughput)} | ${ratio(dsq?.load.throughput, bsq?.load.throughput)} | ${ratio(dpg?.cpuMsPerRequest, bpg?.cpuMsPerRequest)} | ${ratio(dsq?.cpuMsPerRequest, bsq?.cpuMsPerRequest)} | ${ratio(dpg?.latency.p50, bpg?.latency.p50)} | ${ratio(dsq?.latency.p50, bsq?.latency.p50)} |`);
        }
        out.push("");
      }
      const checks = r.checks.filter((c) => c.size === size);
      if (checks.length) {
        const bad = checks.flatMap((c) => c.targets.filter((t) => !t.agree).map((t) => `${c.query} on ${t.target}`));
        out.push(bad.length ? `Answers checked against the floor: **differ** for ${bad.join(", ")} (see the JSON).` : "Answers checked against the floor: every server returned the same data for the first four parameter sets of each query (SQLite's search may return a subset: it has no similar-name pass).", "");
      }
    }
    const failures = r.failures ?? [];
    if (failures.length) out.push("### Targets that stopped answering", "", "Each was left out from then on; the run went on with the others.", "");
    for (const f of failures) out.push(`- **${f.target}** at ${f.size} documents, during ${f.phase}:`, "", "  ```", ...f.error.trim().split("\n").map((l: string) => `  ${l}`), "  ```", "");
  }
  return out.join("\n");
}

// ---------------------------------------------------------------------------------------------
// SVG chart: p50 latency against corpus size, one panel per query, one line per server.

const COLORS: Record<Target, string> = { "diplograph-sqlite": "#1f77b4", "diplograph-pg": "#2ca02c", postgraphile: "#d62728", "floor-pg": "#7f7f7f", "base-sqlite": "#9ecae1", "base-pg": "#a1d99b" };

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function latencySvg(points: { query: string; target: Target; size: number; p50: number; p95: number }[], subtitle: string): string {
  const W = 960;
  const panelW = 440;
  const panelH = 250;
  const pad = { l: 56, r: 16, t: 36, b: 40 };
  const sizes = [...new Set(points.map((p) => p.size))].sort((a, b) => a - b);
  const lx = (s: number) => Math.log10(s);
  const xMin = lx(sizes[0] ?? 1000) - 0.15;
  const xMax = lx(sizes.at(-1) ?? 100000) + 0.15;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${2 * (panelH + 30) + 90}" viewBox="0 0 ${W} ${2 * (panelH + 30) + 90}" font-family="sans-serif" font-size="12">`);
  parts.push(`<rect width="100%" height="100%" fill="#fff"/>`);
  parts.push(`<text x="${W / 2}" y="22" text-anchor="middle" font-size="16" font-weight="bold">Query latency (p50, concurrency 1) against corpus size</text>`);
  parts.push(`<text x="${W / 2}" y="40" text-anchor="middle" fill="#555">${esc(subtitle)}</text>`);
  QUERY_ORDER.forEach((qid, qi) => {
    const ox = 20 + (qi % 2) * (panelW + 40);
    const oy = 60 + Math.floor(qi / 2) * (panelH + 30);
    const ps = points.filter((p) => p.query === qid);
    const yMax = Math.max(1, ...ps.map((p) => p.p50)) * 1.15;
    const X = (s: number) => ox + pad.l + ((lx(s) - xMin) / (xMax - xMin)) * (panelW - pad.l - pad.r);
    const Y = (v: number) => oy + panelH - pad.b - (v / yMax) * (panelH - pad.t - pad.b);
    parts.push(`<g><rect x="${ox}" y="${oy}" width="${panelW}" height="${panelH}" fill="none" stroke="#ccc"/>`);
    parts.push(`<text x="${ox + panelW / 2}" y="${oy + 20}" text-anchor="middle" font-weight="bold">${esc(QUERY_TITLES[qid]!)}</text>`);
    // Axes, ticks.
    parts.push(`<line x1="${ox + pad.l}" y1="${Y(0)}" x2="${ox + panelW - pad.r}" y2="${Y(0)}" stroke="#333"/>`);
    parts.push(`<line x1="${ox + pad.l}" y1="${Y(0)}" x2="${ox + pad.l}" y2="${oy + pad.t}" stroke="#333"/>`);
    const step = niceStep(yMax / 5);
    for (let v = 0; v <= yMax; v += step) {
      parts.push(`<line x1="${ox + pad.l - 4}" y1="${Y(v)}" x2="${ox + panelW - pad.r}" y2="${Y(v)}" stroke="#eee"/>`);
      parts.push(`<text x="${ox + pad.l - 6}" y="${Y(v) + 4}" text-anchor="end">${+v.toFixed(2)}</text>`);
    }
    parts.push(`<text x="${ox + 14}" y="${oy + panelH / 2}" transform="rotate(-90 ${ox + 14} ${oy + panelH / 2})" text-anchor="middle">ms</text>`);
    for (const s of sizes) parts.push(`<text x="${X(s)}" y="${Y(0) + 16}" text-anchor="middle">${s >= 1000 ? `${s / 1000}k` : s}</text>`);
    parts.push(`<text x="${ox + panelW / 2}" y="${oy + panelH - 6}" text-anchor="middle">documents (log scale)</text>`);
    for (const t of TARGETS) {
      const line = ps.filter((p) => p.target === t).sort((a, b) => a.size - b.size);
      if (!line.length) continue;
      parts.push(`<polyline fill="none" stroke="${COLORS[t]}" stroke-width="2" points="${line.map((p) => `${X(p.size).toFixed(1)},${Y(p.p50).toFixed(1)}`).join(" ")}"/>`);
      for (const p of line) parts.push(`<circle cx="${X(p.size).toFixed(1)}" cy="${Y(p.p50).toFixed(1)}" r="3.5" fill="${COLORS[t]}"><title>${t} at ${p.size}: p50 ${p.p50} ms, p95 ${p.p95} ms</title></circle>`);
    }
    parts.push(`</g>`);
  });
  const ly = 2 * (panelH + 30) + 70;
  TARGETS.forEach((t, i) => {
    const x = 120 + i * 190;
    parts.push(`<line x1="${x}" y1="${ly}" x2="${x + 24}" y2="${ly}" stroke="${COLORS[t]}" stroke-width="3"/><text x="${x + 30}" y="${ly + 4}">${t}</text>`);
  });
  parts.push(`</svg>`);
  return parts.join("\n") + "\n";
}

function niceStep(x: number): number {
  const e = 10 ** Math.floor(Math.log10(x));
  const f = x / e;
  return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * e;
}

/** Writes <date>.json, <date>.md and latency.svg; returns the paths written. */
export function writeReport(dir: string, results: BenchResults): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const jsonPath = path.join(dir, `${results.date}.json`);
  let day: DayFile = { date: results.date, runs: [] };
  if (fs.existsSync(jsonPath)) {
    try {
      day = JSON.parse(fs.readFileSync(jsonPath, "utf8")) as DayFile;
    } catch {
      /* a broken file is replaced */
    }
  }
  const i = day.runs.findIndex((r) => r.options.docs === results.options.docs);
  if (i >= 0) day.runs[i] = merge(day.runs[i]!, results);
  else day.runs.push(results);
  fs.writeFileSync(jsonPath, JSON.stringify(day, null, 2) + "\n");
  const mdPath = path.join(dir, `${results.date}.md`);
  fs.writeFileSync(mdPath, markdown(day) + "\n");
  const svgPath = path.join(dir, "latency.svg");
  fs.writeFileSync(svgPath, chartFromFolder(dir));
  return [jsonPath, mdPath, svgPath];
}

/** The chart from every results file in `dir`; for each (query, server, size) the latest run wins. */
export function chartFromFolder(dir: string): string {
  const files = fs.readdirSync(dir).filter((f) => /^\d{4}-\d{2}-\d{2}\.json$/.test(f)).sort();
  const latest = new Map<string, { query: string; target: Target; size: number; p50: number; p95: number; at: string }>();
  const runs: string[] = [];
  for (const f of files) {
    const day = JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as DayFile;
    for (const r of day.runs) {
      if (r.queries.length) runs.push(`${r.date} (--docs ${r.options.docs})`);
      for (const q of r.queries) {
        const k = `${q.query}|${q.target}|${q.size}`;
        const prev = latest.get(k);
        if (!prev || prev.at <= r.startedAt) latest.set(k, { query: q.query, target: q.target, size: q.size, p50: q.latency.p50, p95: q.latency.p95, at: r.startedAt });
      }
    }
  }
  return latencySvg([...latest.values()], `From bench/results: runs ${[...new Set(runs)].join(", ")}; shared 2-core machine`);
}
