// diplograph command line: a thin dispatcher over src/commands, src/store and src/server.
import path from "node:path";
import { parseArgs } from "node:util";
import { extractPaths } from "./commands/extract.ts";
import { DEFAULT_MAX_BYTES } from "./commands/files.ts";
import { describeSummary, ingestPaths } from "./commands/ingest.ts";
import { databaseUrl, PROJECT_ROOT, redactUrl } from "./store/config.ts";
import { openDatabase, type Database } from "./store/db.ts";
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
  diplograph webhooks add URL [--kind K] [--country CC] [--official ID] [--secret S]
                                                     register a webhook endpoint (prints its secret once)
  diplograph webhooks list | remove N | resume N     endpoints; resume a paused one
  diplograph webhooks deliveries [--endpoint N] [--status S]   the delivery log, newest first
  diplograph webhooks deliver [--once]               run the delivery loop (--once: until nothing is due)

Options:
  --date YYYY-MM-DD   publication date for documents without a " date" header
  --max-bytes N       largest document accepted (default ${DEFAULT_MAX_BYTES})
  --workers N         extract in N worker threads (writes stay one transaction per document)

Environment:
  DATABASE_URL   file:./data/diplograph.db (default, SQLite) or postgresql://user:pass@host:5432/db
  PORT, HOST     where the API listens (default 4000, 127.0.0.1)
  REDIS_URL      redis://host:6379: ingests are announced to subscribers on every API instance
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

const SEEDS = path.join(PROJECT_ROOT, "seeds");
const out = (line: string) => process.stdout.write(line + "\n");
const err = (line: string) => process.stderr.write(line + "\n");

/** Announces each stored document to subscribers (through Redis when REDIS_URL is set) and webhooks. */
async function openAnnouncer(db: Database) {
  const [{ createEventBus }, { resolveNotify }, { publishIngest }] = await Promise.all([
    import("./notify/bus.ts"),
    import("./notify/config.ts"),
    import("./notify/publish.ts"),
  ]);
  const settings = resolveNotify();
  // Without Redis nobody outside this process could hear the events; webhook deliveries are still written.
  const bus = settings.redisUrl ? await createEventBus(settings) : null;
  return {
    announce: (result: { documentId: number; status: "created" | "replaced" | "unchanged" }) => publishIngest(db.prisma, bus, result, err),
    close: async () => bus?.close(),
  };
}

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
      kind: { type: "string", multiple: true },
      country: { type: "string", multiple: true },
      official: { type: "string", multiple: true },
      secret: { type: "string" },
      endpoint: { type: "string" },
      status: { type: "string" },
      once: { type: "boolean", default: false },
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
      const announcer = await openAnnouncer(db);
      try {
        const workers = parseWorkers(values.workers);
        const summary = await ingestPaths(db.prisma, positionals.length ? positionals : [SEEDS], { date, maxBytes, workers, log: out, announce: announcer.announce });
        out(describeSummary(summary));
        return summary.documents.failed ? 1 : 0;
      } finally {
        await announcer.close();
        await db.close();
      }
    }
    case "webhooks": {
      const { webhooksCommand, WebhooksUsageError } = await import("./commands/webhooks.ts");
      const db = await openDatabase(url);
      try {
        return await webhooksCommand(db.prisma, positionals, {
          kinds: values.kind, countries: values.country, officials: values.official, secret: values.secret,
          endpoint: values.endpoint, status: values.status, once: values.once, out, err,
        });
      } catch (e) {
        if (e instanceof WebhooksUsageError) throw new UsageError(e.message);
        throw e;
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
        const announcer = await openAnnouncer(db);
        const summary = await ingestPaths(db.prisma, [SEEDS], { maxBytes, log: out, announce: announcer.announce }).finally(() => announcer.close());
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
