// diplograph command line: a thin dispatcher over src/commands, src/store and src/server. Command
// modules are imported when their command runs, so `--help` and `extract` start without the
// database code.
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_MAX_BYTES } from "./commands/files.ts";
import { databaseUrl, DEFAULT_DATABASE_URL, PROJECT_ROOT, redactUrl } from "./store/config.ts";

const COMMANDS: Record<string, { synopsis: string; summary: string; details?: string }> = {
  ingest: {
    synopsis: "ingest [PATH...] [--date YYYY-MM-DD] [--workers N] [--max-bytes N]",
    summary: "extract and store documents (default: seeds/)",
    details: `Reads files and folders (recursively, *.txt); each document is stored in one transaction.
Prints one line per document and a summary; exits 1 when a document failed.

  --date YYYY-MM-DD   publication date for documents without a " date" header
  --workers N         extract in N worker threads, 1 to 64 (default 1: the main thread)
  --max-bytes N       largest document accepted (default ${DEFAULT_MAX_BYTES})`,
  },
  extract: {
    synopsis: "extract --json FILE... [--date YYYY-MM-DD] [--max-bytes N]",
    summary: "print extracted facts as JSON Lines (no database)",
    details: `One JSON object per document on stdout; failures on stderr (exit 1).

  --date YYYY-MM-DD   publication date for documents without a " date" header
  --max-bytes N       largest document accepted (default ${DEFAULT_MAX_BYTES})`,
  },
  migrate: { synopsis: "migrate", summary: "apply database migrations (and say which)" },
  serve: { synopsis: "serve", summary: "serve the GraphQL API and IDE (PORT, HOST)" },
  start: { synopsis: "start", summary: "migrate, re-extract outdated documents, ingest seeds/, serve" },
  reextract: {
    synopsis: "reextract [--all]",
    summary: "re-extract documents from an older extractor version",
    details: "Resumable after a kill.\n\n  --all   every document, not only outdated ones",
  },
  export: { synopsis: "export [FILE]", summary: "the whole graph as JSON Lines to FILE (default: stdout)" },
  import: { synopsis: "import FILE", summary: "load an export (- for stdin), merging by natural keys" },
  "prune-changes": {
    synopsis: "prune-changes",
    summary: "drop change-feed entries older than DIPLOGRAPH_CHANGES_RETENTION_DAYS (every write also does)",
  },
  follow: {
    synopsis: "follow URL... [--every DURATION] [--date YYYY-MM-DD]",
    summary: "read RSS/Atom feeds and ingest their new items' pages (with REDIS_URL: enqueue them for workers)",
    details: "  --every DURATION   read the feeds again every 30s, 15m, 1h, ... until Ctrl-C (default: once)",
  },
  worker: {
    synopsis: "worker [--concurrency N] [--metrics-port P]",
    summary: "ingest page jobs from the Redis queue (REDIS_URL) until SIGTERM",
    details: "  --concurrency N     jobs at once in this process (default 1)\n  --metrics-port P    serve Prometheus metrics at http://127.0.0.1:P/metrics",
  },
  webhooks: {
    synopsis: "webhooks add URL [--kind K] [--country CC] [--official ID] [--secret S] | list | remove N | resume N | deliveries [--endpoint N] [--status S] | deliver [--once]",
    summary: "webhook endpoints (signed POSTs on new facts), their delivery log, and the delivery loop",
    details: `  add URL        register an endpoint (http or https; prints its secret once)
  list           the endpoints; remove N / resume N (a paused one)
  deliveries     the delivery log, newest first (--endpoint N, --status S)
  deliver        run the delivery loop (--once: until nothing is due)`,
  },
  curate: {
    synopsis: "curate join EVENT EVENT... | split KEY... [--kind agreement] | list | undo N  [--note TEXT]",
    summary: "a curator's decisions on events: join events, split mentions off, list, undo",
    details: `Decisions are kept by the mentions' stable keys and survive re-extraction, export and import.

  join EVENT EVENT...   these meetings (or agreements) are one event; EVENT is meeting:ID,
                        agreement:ID or a global ID from the API
  split KEY...          these mentions are not the same event as the rest of theirs; KEY is a
                        mention's <document content hash>/<ordinal> (Meeting.mentions.key);
                        --kind agreement for agreement mentions (default meeting)
  list                  every decision, oldest first
  undo N                remove decision N; its mentions are resolved by the rules again
  --note TEXT           why (kept with the decision)`,
  },
  "dead-letters": {
    synopsis: "dead-letters [--retry]",
    summary: "list the queue's jobs that failed for good (--retry: queue them again)",
  },
};

const ENVIRONMENT = `Environment:
  DATABASE_URL   file:PATH (SQLite; a relative PATH is from the current folder) or
                 postgresql://user:pass@host:5432/db; unset: ${DEFAULT_DATABASE_URL.replace(/^file:/, "")}
  PORT, HOST     where the API listens (default 4000, 127.0.0.1)
  REDIS_URL      redis://host:6379: the ingest queue for follow, worker and dead-letters, and the
                 bus that announces ingests to subscribers on every API instance`;

const USAGE = `diplograph — news reports to a knowledge graph

Usage:
${Object.values(COMMANDS)
  .map((c) => `  diplograph ${c.synopsis}\n      ${c.summary}`)
  .join("\n")}

diplograph COMMAND --help (or -h) describes one command.

${ENVIRONMENT}
`;

function commandUsage(name: string): string {
  const c = COMMANDS[name];
  return `Usage: diplograph ${c.synopsis}\n\n${c.summary[0].toUpperCase()}${c.summary.slice(1)}.\n${c.details ? `\n${c.details}\n` : ""}\n${ENVIRONMENT}\n`;
}

export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

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
  if (value === undefined) return 1;
  const n = Number(value);
  // 0 used to pass silently and meant the same as 1; a count of threads starts at 1.
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new UsageError(`--workers must be a whole number from 1 to 64 (1: extract on the main thread), got "${value}"`);
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

/** Commands that read or write the graph refuse a database that lacks migrations, before creating anything. */
async function migratedDatabase(url: string, options: import("./store/db.ts").OpenOptions = {}) {
  const [{ assertMigrated }, { openDatabase }] = await Promise.all([import("./store/migrate.ts"), import("./store/db.ts")]);
  await assertMigrated(url);
  return openDatabase(url, options);
}

/** What a migration's SQL cannot do: fills in what needs the application's rules (nodes/identity.ts). */
async function upgradeData(db: import("./store/db.ts").Db): Promise<void> {
  const { upgradeIdentities } = await import("./store/nodes/identity.ts");
  const done = await upgradeIdentities(db);
  if (done.countries || done.mentions) {
    out(`identities: ${done.countries} countries given alpha-3 codes and Wikidata IDs, ${done.mentions} mentions and ${done.nicknames} nicknames keyed, ${done.officials} officials re-resolved`);
  }
}

function describeMigration(applied: string[], url: string): string {
  return applied.length
    ? `applied ${applied.length} migration(s) to ${redactUrl(url)}: ${applied.join(", ")}`
    : `database ${redactUrl(url)} is up to date (no pending migrations)`;
}

/** Announces each stored document to subscribers (through Redis when REDIS_URL is set) and webhooks. */
async function openAnnouncer(db: import("./store/db.ts").Database) {
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
  if (command === undefined) {
    err(USAGE);
    return 2;
  }
  if (command === "--help" || command === "-h" || command === "help") {
    const topic = command === "help" ? rest[0] : undefined;
    if (topic !== undefined && !Object.hasOwn(COMMANDS, topic)) throw new UsageError(`unknown command "${topic}"`);
    out(topic ? commandUsage(topic) : USAGE);
    return 0;
  }
  if (!Object.hasOwn(COMMANDS, command)) throw new UsageError(`unknown command "${command}"`);
  let parsed;
  try {
    parsed = parseArgs({
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
        kind: { type: "string", multiple: true },
        country: { type: "string", multiple: true },
        official: { type: "string", multiple: true },
        secret: { type: "string" },
        note: { type: "string" },
        endpoint: { type: "string" },
        status: { type: "string" },
        once: { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message, command);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(commandUsage(command));
    return 0;
  }
  const date = parseDate(values.date);
  const maxBytes = parseMaxBytes(values["max-bytes"]);
  const url = databaseUrl();

  switch (command) {
    case "extract": {
      if (!positionals.length) throw new UsageError("extract needs at least one FILE", command);
      const { extractPaths } = await import("./commands/extract.ts");
      return extractPaths(positionals, { date, maxBytes, out, err }) ? 1 : 0;
    }
    case "migrate": {
      const { migrate } = await import("./store/migrate.ts");
      out(describeMigration(await migrate(url), url));
      const db = await migratedDatabase(url);
      try {
        await upgradeData(db.prisma);
      } finally {
        await db.close();
      }
      return 0;
    }
    case "ingest": {
      const workers = parseWorkers(values.workers);
      const { describeSummary, ingestPaths } = await import("./commands/ingest.ts");
      const db = await migratedDatabase(url);
      const announcer = await openAnnouncer(db);
      try {
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
      const db = await migratedDatabase(url);
      try {
        return await webhooksCommand(db.prisma, positionals, {
          kinds: values.kind,
          countries: values.country,
          officials: values.official,
          secret: values.secret,
          endpoint: values.endpoint,
          status: values.status,
          once: values.once,
          out,
          err,
        });
      } catch (e) {
        if (e instanceof WebhooksUsageError) throw new UsageError(e.message, command);
        throw e;
      } finally {
        await db.close();
      }
    }
    case "curate": {
      const { curateCommand, CurateUsageError } = await import("./commands/curate.ts");
      const db = await migratedDatabase(url);
      try {
        return await curateCommand(db.prisma, positionals, { kind: values.kind, note: values.note, out, err });
      } catch (e) {
        if (e instanceof CurateUsageError) throw new UsageError(e.message, command);
        throw e;
      } finally {
        await db.close();
      }
    }
    case "serve":
    case "start": {
      if (command === "start") {
        const { migrate } = await import("./store/migrate.ts");
        out(`migrating ${redactUrl(url)}`);
        out(describeMigration(await migrate(url), url));
      }
      // The API's SQLite reads run in worker threads, off the event loop that answers /healthz.
      const { readWorkersFrom } = await import("./store/read-pool.ts");
      const db = await migratedDatabase(url, { readWorkers: readWorkersFrom(undefined, 2) });
      if (command === "start") {
        await upgradeData(db.prisma);
        const { describeSummary, ingestPaths } = await import("./commands/ingest.ts");
        const { reextractOutdated } = await import("./store/reextract.ts");
        await reextractOutdated(db.prisma, { log: out });
        const announcer = await openAnnouncer(db);
        const summary = await ingestPaths(db.prisma, [SEEDS], { maxBytes, log: out, announce: announcer.announce }).finally(() => announcer.close());
        out(describeSummary(summary));
      }
      const { startServer } = await import("./server.ts");
      // The server announces its address itself.
      const server = await startServer({ db, log: out }).catch(async (e: NodeJS.ErrnoException) => {
        await db.close();
        if (e.code !== "EADDRINUSE") throw e;
        const where = `${process.env.HOST || "127.0.0.1"}:${process.env.PORT || 4000}`;
        throw new Error(`${where} is already in use (is another \`diplograph serve\` or \`npm start\` running?): stop it, or set PORT to another port`);
      });
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
      const db = await migratedDatabase(url);
      try {
        return await reextractCommand(db.prisma, { all: values.all, out });
      } finally {
        await db.close();
      }
    }
    case "export": {
      if (positionals.length > 1) throw new UsageError("export takes at most one FILE", command);
      const { exportCommand } = await import("./commands/export.ts");
      const db = await migratedDatabase(url);
      try {
        return await exportCommand(db, positionals[0], { err });
      } finally {
        await db.close();
      }
    }
    case "import": {
      if (positionals.length !== 1) throw new UsageError("import needs one FILE (- for stdin)", command);
      const { importCommand } = await import("./commands/import.ts");
      const db = await migratedDatabase(url);
      try {
        return await importCommand(db.prisma, positionals[0], { out, err });
      } finally {
        await db.close();
      }
    }
    case "prune-changes": {
      const { pruneExpiredChanges, retentionDays } = await import("./store/changes.ts");
      const days = retentionDays();
      const db = await migratedDatabase(url);
      try {
        out(`pruned ${await pruneExpiredChanges(db.prisma)} change-feed entries older than ${days} day(s)`);
        return 0;
      } finally {
        await db.close();
      }
    }
    case "follow": {
      if (!positionals.length) throw new UsageError("follow needs at least one feed URL", command);
      let every: number | null = null;
      if (values.every !== undefined) {
        const { parseDuration } = await import("./sources/fetch.ts");
        try {
          every = parseDuration(values.every);
        } catch (e) {
          throw new UsageError(`--every: ${(e as Error).message}`, command);
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

// A reader that stops early (`diplograph export | head`) closes the pipe: end quietly, as Unix
// tools do on SIGPIPE, instead of crashing on the unhandled EPIPE. What was already committed stays.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  async (e: unknown) => {
    if (e instanceof UsageError) {
      const name = e.command ?? (Object.hasOwn(COMMANDS, process.argv[2] ?? "") ? process.argv[2] : undefined);
      err(`diplograph: ${e.message}\n\n${name ? commandUsage(name) : USAGE}`);
      process.exitCode = 2;
      return;
    }
    const { DatabaseStateError } = await import("./store/migrate.ts");
    // Known states get their one line; anything else its message, never a stack trace.
    err(`diplograph: ${e instanceof DatabaseStateError ? e.message : ((e as Error).message ?? e)}`);
    process.exitCode = 1;
  },
);
