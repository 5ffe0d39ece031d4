// diplograph command line: a thin dispatcher over src/commands, src/store and src/server.
import path from "node:path";
import { parseArgs } from "node:util";
import { extractPaths } from "./commands/extract.ts";
import { DEFAULT_MAX_BYTES } from "./commands/files.ts";
import { describeSummary, ingestPaths } from "./commands/ingest.ts";
import { databaseUrl, PROJECT_ROOT, redactUrl } from "./store/config.ts";
import { openDatabase } from "./store/db.ts";
import { migrate } from "./store/migrate.ts";

const USAGE = `diplograph — news reports to a knowledge graph

Usage:
  diplograph ingest [PATH...] [--date YYYY-MM-DD] [--workers N]
                                                     extract and store documents (default: seeds/)
  diplograph extract --json FILE...                  print extracted facts as JSON Lines (no database)
  diplograph migrate                                 apply database migrations
  diplograph serve                                   serve the GraphQL API and IDE
  diplograph start                                   migrate, re-extract outdated documents, ingest seeds/, serve
  diplograph reextract [--all]                       re-extract documents from an older extractor version
                                                     (--all: every document); resumable after a kill
  diplograph export [FILE]                           the whole graph as JSON Lines to FILE (default: stdout)
  diplograph import FILE                             load an export (- for stdin), merging by natural keys
  diplograph follow URL... [--every 15m]             read RSS/Atom feeds and ingest their new items' pages
                                                     (with REDIS_URL: enqueue them for workers instead)
  diplograph worker [--concurrency N] [--metrics-port P]
                                                     ingest page jobs from the Redis queue until SIGTERM
  diplograph dead-letters [--retry]                  list the jobs that failed for good (--retry: queue them again)

Options:
  --date YYYY-MM-DD   publication date for documents without a " date" header
  --max-bytes N       largest document accepted (default ${DEFAULT_MAX_BYTES})
  --workers N         extract in N worker threads (writes stay one transaction per document)
  --every DURATION    follow: read the feeds again every 30s, 15m, 1h, ... until Ctrl-C (default: once)
  --concurrency N     worker: jobs at once in this process (default 1)
  --metrics-port P    worker: serve Prometheus metrics at http://127.0.0.1:P/metrics

Environment:
  DATABASE_URL   file:./data/diplograph.db (default, SQLite) or postgresql://user:pass@host:5432/db
  PORT, HOST     where the API listens (default 4000, 127.0.0.1)
  REDIS_URL      redis://host:6379 — the ingest queue for follow, worker and dead-letters
`;

export class UsageError extends Error {}

function parseDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new UsageError(`--date must be YYYY-MM-DD, got "${value}"`);
  return value;
}

function parseMaxBytes(value: string | undefined): number {
  if (value === undefined) return Number(process.env.DIPLOGRAPH_MAX_BYTES) || DEFAULT_MAX_BYTES;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--max-bytes must be a positive whole number, got "${value}"`);
  return n;
}

function parseWorkers(value: string | undefined): number {
  if (value === undefined) return 0;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new UsageError(`--workers must be a whole number from 0 to 64, got "${value}"`);
  return n;
}

function parseCount(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new UsageError(`${name} must be a whole number, got "${value}"`);
  return n;
}

const SEEDS = path.join(PROJECT_ROOT, "seeds");
const out = (line: string) => process.stdout.write(line + "\n");
const err = (line: string) => process.stderr.write(line + "\n");

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      date: { type: "string" },
      "max-bytes": { type: "string" },
      workers: { type: "string" },
      all: { type: "boolean", default: false },
      every: { type: "string" },
      concurrency: { type: "string" },
      "metrics-port": { type: "string" },
      retry: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (!command || command === "help" || values.help) {
    out(USAGE);
    return command ? 0 : 1;
  }
  const date = parseDate(values.date);
  const maxBytes = parseMaxBytes(values["max-bytes"]);
  const url = databaseUrl();

  switch (command) {
    case "extract": {
      if (!positionals.length) throw new UsageError("extract needs at least one FILE");
      return extractPaths(positionals, { date, maxBytes, out, err }) ? 1 : 0;
    }
    case "migrate": {
      await migrate(url);
      out(`database ${redactUrl(url)} is up to date`);
      return 0;
    }
    case "ingest": {
      const db = await openDatabase(url);
      try {
        const workers = parseWorkers(values.workers);
        const summary = await ingestPaths(db.prisma, positionals.length ? positionals : [SEEDS], { date, maxBytes, workers, log: out });
        out(describeSummary(summary));
        return summary.documents.failed ? 1 : 0;
      } finally {
        await db.close();
      }
    }
    case "serve":
    case "start": {
      if (command === "start") {
        out(`migrating ${redactUrl(url)}`);
        await migrate(url);
      }
      const db = await openDatabase(url);
      if (command === "start") {
        const { reextractOutdated } = await import("./store/reextract.ts");
        await reextractOutdated(db.prisma, { log: out });
        const summary = await ingestPaths(db.prisma, [SEEDS], { maxBytes, log: out });
        out(describeSummary(summary));
      }
      const { startServer } = await import("./server.ts");
      // The server announces its address itself.
      const server = await startServer({ db, log: out });
      await new Promise<void>((resolve) => {
        const stop = async (signal: string) => {
          out(`${signal}: shutting down`);
          await server.close();
          await db.close();
          resolve();
        };
        process.once("SIGINT", () => void stop("SIGINT"));
        process.once("SIGTERM", () => void stop("SIGTERM"));
      });
      return 0;
    }
    case "reextract": {
      const { reextractCommand } = await import("./commands/reextract.ts");
      const db = await openDatabase(url);
      try {
        return await reextractCommand(db.prisma, { all: values.all, out });
      } finally {
        await db.close();
      }
    }
    case "export": {
      if (positionals.length > 1) throw new UsageError("export takes at most one FILE");
      const { exportCommand } = await import("./commands/export.ts");
      const db = await openDatabase(url);
      try {
        return await exportCommand(db, positionals[0], { err });
      } finally {
        await db.close();
      }
    }
    case "import": {
      if (positionals.length !== 1) throw new UsageError("import needs one FILE (- for stdin)");
      const { importCommand } = await import("./commands/import.ts");
      const db = await openDatabase(url);
      try {
        return await importCommand(db.prisma, positionals[0], { out, err });
      } finally {
        await db.close();
      }
    }
    case "follow": {
      if (!positionals.length) throw new UsageError("follow needs at least one feed URL");
      let every: number | null = null;
      if (values.every !== undefined) {
        const { parseDuration } = await import("./sources/fetch.ts");
        try {
          every = parseDuration(values.every);
        } catch (e) {
          throw new UsageError(`--every: ${(e as Error).message}`);
        }
      }
      const { followCommand } = await import("./commands/run-sources.ts");
      return followCommand(positionals, { every, date, databaseUrl: url, out, err });
    }
    case "worker": {
      const { workerCommand } = await import("./commands/run-sources.ts");
      return workerCommand({
        databaseUrl: url,
        concurrency: parseCount(values.concurrency, "--concurrency", 1),
        metricsPort: values["metrics-port"] === undefined ? null : parseCount(values["metrics-port"], "--metrics-port", 0),
        out,
        err,
      });
    }
    case "dead-letters": {
      const { deadLettersCommand } = await import("./commands/run-sources.ts");
      return deadLettersCommand({ retry: values.retry, out });
    }
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      err(`diplograph: ${(e as Error).message}\n\n${USAGE}`);
      process.exitCode = 2;
    } else {
      err(`diplograph: ${(e as Error).message ?? e}`);
      process.exitCode = 1;
    }
  },
);
