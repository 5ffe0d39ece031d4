// A thin layer for the ingest hot path: raw statements through the Prisma transaction, with the
// two backends' differences (placeholders, date encoding, integer types) in one place. Prisma's
// model operations cost several times a raw statement each, and a document needs about forty; in
// a write transaction (changes.ts) the statements skip Prisma's client too (direct.ts).
import type { Provider } from "./config.ts";
import type { Db, Tx } from "./db.ts";
import { directDriver, type Driver } from "./direct.ts";

/** The backend a Prisma client talks to. */
export function providerOfClient(db: Db | Tx): Provider {
  const active = (db as unknown as { _activeProvider?: string })._activeProvider;
  return active === "postgresql" ? "postgresql" : "sqlite";
}

type Value = string | number | boolean | null | Date;

// Multi-row inserts stay well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters.
const MAX_PARAMS = 30_000;

// Statement texts built once: a document sends about forty, most of them the same texts as the
// last document's (issue #16). Bounded, since multi-row inserts and IN lists vary in length.
const numbered = new Map<string, string>();
const inserts = new Map<string, string>();
const MAX_TEXTS = 2_000;
function remember(map: Map<string, string>, key: string, text: string): void {
  if (map.size >= MAX_TEXTS) map.delete(map.keys().next().value!);
  map.set(key, text);
}

/** One INSERT of `insertAll`; `integers`: every value an integer, none null. */
export interface Insert {
  table: string;
  columns: string[];
  values: Value[][];
  integers?: boolean;
}

export class Sql {
  readonly provider: Provider;
  private readonly direct: Driver | undefined;

  constructor(readonly tx: Tx) {
    this.provider = providerOfClient(tx);
    this.direct = directDriver(tx);
  }

  /** Statement text with `?` placeholders, numbered for PostgreSQL. */
  private text(sql: string): string {
    if (this.provider === "sqlite") return sql;
    let text = numbered.get(sql);
    if (text === undefined) {
      let n = 0;
      text = sql.replace(/\?/g, () => `$${++n}`);
      remember(numbered, sql, text);
    }
    return text;
  }

  /** Prisma stores SQLite DateTime as ISO text with an explicit offset; PostgreSQL takes timestamps. */
  private param(v: Value): Value {
    if (v instanceof Date) return this.provider === "sqlite" ? v.toISOString().replace("Z", "+00:00") : v;
    return v;
  }

  async rows<T extends Record<string, unknown>>(sql: string, params: Value[] = []): Promise<T[]> {
    if (this.direct) return this.direct.rows<T>(this.text(sql), params);
    const rows = await this.tx.$queryRawUnsafe<T[]>(this.text(sql), ...params.map((p) => this.param(p)));
    // SQLite integers arrive as BigInt; every integer this store uses fits a JS number.
    for (const row of rows) for (const k in row) if (typeof row[k] === "bigint") (row as Record<string, unknown>)[k] = Number(row[k]);
    return rows;
  }

  async exec(sql: string, params: Value[] = []): Promise<number> {
    if (this.direct) return this.direct.exec(this.text(sql), params);
    return this.tx.$executeRawUnsafe(this.text(sql), ...params.map((p) => this.param(p)));
  }

  /**
   * A statement whose result nobody reads. In a write transaction on PostgreSQL it is sent without
   * waiting for its answer (direct.ts pgDriver: the statements after it follow it on the wire, in
   * order; its error comes out of the next statement awaited, or before the commit); elsewhere
   * it runs as `exec` does.
   */
  async send(sql: string, params: Value[] = []): Promise<void> {
    if (this.direct) return this.direct.send(this.text(sql), params);
    await this.tx.$executeRawUnsafe(this.text(sql), ...params.map((p) => this.param(p)));
  }

  /**
   * INSERTs that nothing reads in between, returning nothing: on PostgreSQL one statement when
   * they fit the parameter limit (issue #16: each statement is a round trip), else one each. The
   * rows go in in the order given, so the change feed's triggers note them in the same order:
   * PostgreSQL runs a statement's main INSERT first, then its WITH clauses from the last to the
   * first, so the first insert is the main one and the others follow it in reverse.
   */
  async insertAll(list: Insert[]): Promise<void> {
    const filled = list.filter((i) => i.values.length);
    const params = filled.reduce((n, i) => n + i.values.length * i.columns.length, 0);
    if (this.provider !== "postgresql" || filled.length < 2 || params > MAX_PARAMS) {
      for (const i of filled) await this.insert(i.table, i.columns, i.values);
      return;
    }
    // Integer rows go as one array a column, even when there are none, so that only the other
    // inserts' row counts make the text: it then repeats as often as theirs do and is prepared
    // under a name (direct.ts) as they were alone.
    const some = list.filter((i) => i.values.length || i.integers);
    const ordered = [...some.slice(1).reverse(), some[0]!];
    const key = ordered.map((i) => `${i.table}\u0000${i.columns.join("\u0000")}\u0000${i.integers ? "[]" : i.values.length}`).join("\u0001");
    let sql = inserts.get(key);
    if (sql === undefined) {
      const texts = ordered.map((i) =>
        i.integers
          ? `INSERT INTO "${i.table}" (${i.columns.map((c) => `"${c}"`).join(", ")}) SELECT * FROM unnest(${i.columns.map(() => "CAST(? AS int[])").join(", ")})`
          : insertText(i.table, i.columns, i.values.length, []),
      );
      sql = `WITH ${texts.slice(0, -1).map((t, n) => `"i${n}" AS (${t})`).join(", ")} ${texts[texts.length - 1]}`;
      remember(inserts, key, sql);
    }
    await this.send(
      sql,
      ordered.flatMap((i) => (i.integers ? i.columns.map((_, c) => `{${i.values.map((r) => r[c]).join(",")}}`) : i.values.flat())),
    );
  }

  /** INSERT of many rows in as few statements as the parameter limit allows, returning `returning`. */
  async insert<T extends Record<string, unknown> = Record<string, never>>(
    table: string,
    columns: string[],
    values: Value[][],
    returning: string[] = [],
  ): Promise<T[]> {
    const out: T[] = [];
    const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
    for (let i = 0; i < values.length; i += perStatement) {
      const chunk = values.slice(i, i + perStatement);
      const key = `${table}\u0000${columns.join("\u0000")}\u0000${returning.join("\u0000")}\u0000${chunk.length}`;
      let sql = inserts.get(key);
      if (sql === undefined) {
        sql = insertText(table, columns, chunk.length, returning);
        remember(inserts, key, sql);
      }
      const params = chunk.flat();
      if (returning.length) out.push(...(await this.rows<T>(sql, params)));
      else await this.send(sql, params);
    }
    return out;
  }
}

function insertText(table: string, columns: string[], rows: number, returning: string[]): string {
  const row = `(${columns.map(() => "?").join(", ")})`;
  return (
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) VALUES ${Array.from({ length: rows }, () => row).join(", ")}` +
    (returning.length ? ` RETURNING ${returning.map((c) => `"${c}"`).join(", ")}` : "")
  );
}
