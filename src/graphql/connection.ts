// Relay connections (GitHub style): edges with cursors, nodes, pageInfo and totalCount;
// `first`/`after`/`last`/`before`, at most 100 per page.
import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, type Page, type PageRequest } from "../store/queries/pagination.ts";
import { badInput } from "./errors.ts";

@ObjectType({ simpleResolvers: true, description: "Information about pagination in a connection." })
export class PageInfo {
  @Field(() => Boolean, { description: "When paginating forwards, are there more items?" })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: "When paginating backwards, are there more items?" })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "When paginating backwards, the cursor to continue." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "When paginating forwards, the cursor to continue." })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: `Returns the first _n_ elements from the list (at most ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: "Returns the elements in the list that come after the specified cursor." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Returns the last _n_ elements from the list (at most ${MAX_PAGE_SIZE}).` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: "Returns the elements in the list that come before the specified cursor." })
  before?: string | null;
}

export function encodeCursor(position: number): string {
  return Buffer.from(`cursor:${position}`, "utf8").toString("base64");
}

function decodeCursor(cursor: string, argument: string): number {
  const m = /^cursor:([1-9]\d{0,9})$/.exec(Buffer.from(cursor, "base64").toString("utf8"));
  if (!m) throw badInput(`Invalid cursor "${cursor}" for \`${argument}\``, { argument });
  return Number(m[1]);
}

export function checkSize(value: number | null | undefined, argument: string): number | null {
  if (value == null) return null;
  if (value < 0) throw badInput(`\`${argument}\` must be zero or more, got ${value}`, { argument });
  if (value > MAX_PAGE_SIZE) {
    throw badInput(`Requesting ${value} records on the connection exceeds the \`${argument}\` limit of ${MAX_PAGE_SIZE} records.`, { argument });
  }
  return value;
}

/** Validates connection arguments (BAD_USER_INPUT when out of range) into a store page request. */
export function pageRequest(args: ConnectionArgs): PageRequest {
  const first = checkSize(args.first, "first");
  const last = checkSize(args.last, "last");
  if (first != null && last != null) throw badInput("Passing both `first` and `last` to paginate a connection is not supported.", { argument: "last" });
  return {
    first,
    last,
    after: args.after != null ? decodeCursor(args.after, "after") : null,
    before: args.before != null ? decodeCursor(args.before, "before") : null,
  };
}

export interface ConnectionValue<T, E = object> {
  edges: ({ cursor: string; node: T } & E)[];
  nodes: T[];
  pageInfo: PageInfo;
  /** Lazy: counted only when the field is selected. */
  readonly totalCount: Promise<number>;
}

/**
 * A connection value from a page; `count` runs only if totalCount is selected. The edges, with a
 * cursor each, are made when first read: a query selecting `nodes` (nested pages are read once per
 * parent row) never reads them.
 */
export function toConnection<T, E extends object = object>(page: Page<T>, count: () => Promise<number>, edgeExtra?: (row: T) => E): ConnectionValue<T, E> {
  const rows = page.rows;
  let edges: ({ cursor: string; node: T } & E)[] | null = null;
  let total: Promise<number> | null = null;
  return {
    get edges() {
      return (edges ??= rows.map((r) => ({ cursor: encodeCursor(r.position), node: r.row, ...(edgeExtra ? edgeExtra(r.row) : ({} as E)) })));
    },
    nodes: rows.map((r) => r.row),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: rows.length ? encodeCursor(rows[0]!.position) : null,
      endCursor: rows.length ? encodeCursor(rows.at(-1)!.position) : null,
    },
    get totalCount() {
      return (total ??= count());
    },
  };
}

/** The Edge and Connection object types for a node type. */
export function connectionOf<T extends object>(node: ClassType<T>, name: string, what: string) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `An edge in a connection of ${what}.` })
  class Edge {
    @Field(() => String, { description: "A cursor for use in pagination." })
    cursor!: string;

    @Field(() => node, { description: "The item at the end of the edge." })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${what}.` })
  class Connection {
    @Field(() => [Edge], { description: "A list of edges." })
    edges!: Edge[];

    @Field(() => [node], { description: "A list of nodes (the edges' nodes, without cursors)." })
    nodes!: T[];

    @Field(() => PageInfo, { description: "Information to aid in pagination." })
    pageInfo!: PageInfo;

    // A promise, counted only when asked: it keeps a resolver, since graphql-jit (src/graphql/executor.ts)
    // reads a field without one as a plain value, unawaited. So does every lazy `totalCount`.
    @Field(() => Int, { simple: false, description: "The total count of items in the connection (all pages)." })
    totalCount!: number;
  }

  return { Edge, Connection };
}
