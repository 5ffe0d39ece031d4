// Helpers shared by the resolvers: they stay thin, the store layer does the reading.
import type { Context } from "../context.ts";
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
import type { NodeRows, NodeType, PositionLoaders, RelationNodeType } from "../../store/loaders.ts";
import type { RelationName } from "../../store/queries/relations.ts";
import type { Page, PageRequest } from "../../store/queries/pagination.ts";
import type { Listed } from "../../store/queries/lists.ts";
import { ArgsType, Field, InputType } from "type-graphql";
import { pageRequest, toConnection, type ConnectionArgs } from "../connection.ts";
import { badInput } from "../errors.ts";
import { DateScalar } from "../scalars.ts";
import { OrderDirection } from "../types.ts";
import { ConnectionArgs as ConnectionArgsBase } from "../connection.ts";

/** A row tagged with its GraphQL type, for the Node interface and the SearchResult union. */
export function typed<K extends NodeType>(type: K, row: NodeRows[K]): NodeRows[K] & { __typename: K } {
  return { ...row, __typename: type };
}

/** Where a field sits in the query: its response path without list indices. */
export function positionOf(info: GraphQLResolveInfo): string {
  const keys: string[] = [];
  for (let p: GraphQLResolveInfo["path"] | undefined = info.path; p; p = p.prev) if (typeof p.key === "string") keys.push(p.key);
  return keys.reverse().join(".");
}

/** The request's loaders for this field's position in the query. */
export function at(ctx: Context, info: GraphQLResolveInfo): PositionLoaders {
  return ctx.loaders.at(positionOf(info));
}

const nodeSelections = new WeakMap<readonly FieldNode[], Set<string>>();

/**
 * The fields a connection's nodes select, through `nodes { ... }` or `edges { node { ... } }`
 * (fragments followed), so a page can read what its nodes will need in its own statement.
 * Computed once per field of the query (graphql-js shares `fieldNodes` between list items).
 */
export function nodeFields(info: GraphQLResolveInfo): Set<string> {
  let found = nodeSelections.get(info.fieldNodes);
  if (found) return found;
  found = new Set<string>();
  const names = found;
  const walk = (set: SelectionSetNode | undefined, visit: (field: FieldNode) => void) => {
    for (const sel of set?.selections ?? []) {
      if (sel.kind === Kind.FIELD) visit(sel);
      else if (sel.kind === Kind.INLINE_FRAGMENT) walk(sel.selectionSet, visit);
      else if (sel.kind === Kind.FRAGMENT_SPREAD) walk(info.fragments[sel.name.value]?.selectionSet, visit);
    }
  };
  const collect = (node: FieldNode) => walk(node.selectionSet, (f) => names.add(f.name.value));
  for (const field of info.fieldNodes)
    walk(field.selectionSet, (f) => {
      if (f.name.value === "nodes") collect(f);
      else if (f.name.value === "edges") walk(f.selectionSet, (e) => e.name.value === "node" && collect(e));
    });
  nodeSelections.set(info.fieldNodes, found);
  return found;
}

/** A nested connection of `parentId` through a store relation (batched per request). */
export async function relationConnection<R extends RelationName>(ctx: Context, info: GraphQLResolveInfo, relation: R, parentId: number, args: ConnectionArgs) {
  const req = pageRequest(args);
  const loaders = at(ctx, info);
  // Pages of meetings bring their participants when the query asks for them (one statement for both).
  const page = await loaders.page(relation, req, parentId, nodeFields(info).has("participants"));
  const nodes: Page<RelationNodeType<R>> = {
    hasNextPage: page.hasNextPage,
    hasPreviousPage: page.hasPreviousPage,
    rows: page.rows.map((r) => ({ position: r.position, row: r.row.node })),
  };
  const extras = new Map(page.rows.map((r) => [r.row.node, r.row.extra]));
  return toConnection(nodes, () => loaders.count(relation, parentId), (node) => ({ extra: extras.get(node) ?? null }));
}

/** A top-level connection from a store list. */
export async function listConnection<T>(args: ConnectionArgs, list: (req: PageRequest) => Promise<Listed<T>>) {
  const page = await list(pageRequest(args));
  return toConnection(page, page.count);
}

export async function required<T>(value: Promise<T | null> | T | null, what: string): Promise<T> {
  const v = await value;
  if (v == null) throw new Error(`${what} is missing`);
  return v;
}

export function checkRange(from: string | null | undefined, to: string | null | undefined): void {
  if (from && to && from > to) throw badInput(`\`from\` (${from}) is after \`to\` (${to})`, { argument: "from" });
}

export enum DateOrderField {
  DATE = "date",
}

import { registerEnumType } from "type-graphql";
registerEnumType(DateOrderField, { name: "DateOrderField", description: "What dated lists can be ordered by." });

@InputType({ description: "Ordering of a dated list." })
export class DateOrder {
  @Field(() => DateOrderField, { defaultValue: DateOrderField.DATE, description: "The field to order by." })
  field!: DateOrderField;

  @Field(() => OrderDirection, { description: "The direction to order in." })
  direction!: OrderDirection;
}

@ArgsType()
export class DateRangeArgs extends ConnectionArgsBase {
  @Field(() => DateScalar, { nullable: true, description: "Only items dated on or after this day." })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Only items dated on or before this day." })
  to?: string | null;

  @Field(() => DateOrder, { nullable: true, description: "Ordering; newest first by default." })
  orderBy?: DateOrder | null;
}
