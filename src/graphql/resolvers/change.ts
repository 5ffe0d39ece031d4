// The change feed (src/store/changes.ts): `changes(after, first)`, oldest first, and
// `changesCursor`, where a copy made from an export starts polling.
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root, registerEnumType } from "type-graphql";
import { Info } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { ChangeCursorAheadError, changeHead, changesAfter, ChangesExpiredError, countChangesAfter, type ChangeRow } from "../../store/changes.ts";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../store/queries/pagination.ts";
import { checkSize, connectionOf, toConnection } from "../connection.ts";
import type { Context } from "../context.ts";
import { apiError, badInput } from "../errors.ts";
import { toGlobalId } from "../../ids.ts";
import { DateTimeScalar } from "../scalars.ts";
import { Node } from "../types.ts";
import { at, typed } from "./common.ts";

export enum ChangeOperation {
  CREATED = "created",
  UPDATED = "updated",
  DELETED = "deleted",
}
registerEnumType(ChangeOperation, {
  name: "ChangeOperation",
  description: "What a write did to a node.",
  valuesConfig: {
    CREATED: { description: "The node appeared." },
    UPDATED: { description: "Its fields or what it shows as its own (a document's topics, a meeting's participants and mentions, an agreement's history and parties, an official's aliases) changed." },
    DELETED: { description: "A tombstone: the node is gone (a deleted document and its facts, an orphaned official, a meeting or agreement event merged into another or left without reports)." },
  },
});

@ObjectType({ simpleResolvers: true, description: "One entry of the change feed: a node a committed write created, updated or deleted." })
export class Change {
  @Field(() => ChangeOperation, { description: "What the write did to the node." })
  operation!: string;

  @Field(() => ID, { description: "The node's global ID (also for a deleted node)." })
  nodeId!: string;

  @Field(() => String, { description: "The node's GraphQL type (`Document`, `Official`, `Meeting`, ...)." })
  typename!: string;

  @Field(() => DateTimeScalar, { description: "When the write committed." })
  at!: Date;

  row!: ChangeRow;
}

export const { Connection: ChangeConnection } = connectionOf(Change, "Change", "changes");

/** Change cursors are opaque like the others, and told apart from them. */
export function encodeChangeCursor(position: number): string {
  return Buffer.from(`change:${position}`, "utf8").toString("base64");
}

function decodeChangeCursor(cursor: string): number {
  const decoded = /^[A-Za-z0-9+/]+={0,2}$/.test(cursor) ? Buffer.from(cursor, "base64").toString("utf8") : "";
  const m = /^change:(0|[1-9]\d{0,14})$/.exec(decoded);
  if (!m) throw badInput(`Invalid cursor "${cursor}" for \`after\`: not a cursor of \`changes\` (use an edge's \`cursor\`, \`pageInfo.endCursor\` or \`changesCursor\`)`, { argument: "after" });
  return Number(m[1]);
}

@ArgsType()
export class ChangesArgs {
  @Field(() => String, { nullable: true, description: "Returns the changes after this cursor (omitted: from the oldest change kept)." })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Returns the first _n_ changes (at most ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when omitted).` })
  first?: number | null;
}

@Resolver(() => Change)
export class ChangeResolver {
  @Query(() => ChangeConnection, {
    description:
      "The change feed: nodes created, updated and deleted, oldest first, in commit order. Poll with `after` set to the last `pageInfo.endCursor` " +
      "(keep the old cursor when a page is empty). Changes are kept for DIPLOGRAPH_CHANGES_RETENTION_DAYS (30): an older cursor is refused " +
      "with `CHANGES_EXPIRED`, and the copy is rebuilt from an export (read `changesCursor` first, then poll from it).",
  })
  async changes(@Args(() => ChangesArgs) args: ChangesArgs, @Ctx() ctx: Context) {
    const first = checkSize(args.first, "first") ?? DEFAULT_PAGE_SIZE;
    const after = args.after != null ? decodeChangeCursor(args.after) : 0;
    let page;
    try {
      page = await changesAfter(ctx.db.prisma, after, first);
    } catch (err) {
      if (err instanceof ChangesExpiredError) throw apiError("CHANGES_EXPIRED", err.message, { argument: "after", prunedThrough: encodeChangeCursor(err.prunedThrough) });
      if (err instanceof ChangeCursorAheadError) throw badInput(err.message, { argument: "after" });
      throw err;
    }
    const rows = page.rows.map((row) => ({
      position: row.id,
      row: Object.assign(new Change(), { operation: row.operation, nodeId: toGlobalId(row.type, row.nodeId), typename: row.type, at: row.at, row }),
    }));
    const connection = toConnection({ rows, hasNextPage: page.hasNextPage, hasPreviousPage: after > 0 }, () => countChangesAfter(ctx.db.prisma, after));
    // The feed's own cursors, not the list positions the other connections use.
    for (const edge of connection.edges) edge.cursor = encodeChangeCursor(edge.node.row.id);
    connection.pageInfo.startCursor = connection.edges[0]?.cursor ?? null;
    connection.pageInfo.endCursor = connection.edges.at(-1)?.cursor ?? null;
    return connection;
  }

  @Query(() => String, {
    description:
      "The cursor of the newest change. A service that copies the graph from an export reads it before exporting, then polls `changes(after:)` from it " +
      "(changes that the export already holds come again; applying them is harmless).",
  })
  async changesCursor(@Ctx() ctx: Context) {
    return encodeChangeCursor(await changeHead(ctx.db.prisma));
  }

  @FieldResolver(() => Node, { nullable: true, description: "The node as it is now; null for a deletion, or when a later change deleted it." })
  async node(@Root() change: Change, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (change.row.operation === "deleted") return null;
    const row = await at(ctx, info).nodes[change.row.type].load(change.row.nodeId);
    return row ? typed(change.row.type, row as never) : null;
  }
}
