// Helpers shared by the resolvers: they stay thin, the store layer does the reading.
import type { Context } from "../context.ts";
import { getArgumentValues, Kind, type FieldNode, type GraphQLObjectType, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";
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

type Fragments = GraphQLResolveInfo["fragments"];

/** Calls `visit` for each field of a selection set, fragments followed. */
function eachField(set: SelectionSetNode | undefined, fragments: Fragments, visit: (field: FieldNode) => void): void {
  for (const sel of set?.selections ?? []) {
    if (sel.kind === Kind.FIELD) visit(sel);
    else if (sel.kind === Kind.INLINE_FRAGMENT) eachField(sel.selectionSet, fragments, visit);
    else if (sel.kind === Kind.FRAGMENT_SPREAD) eachField(fragments[sel.name.value]?.selectionSet, fragments, visit);
  }
}

/** Calls `visit` with each field a connection's nodes select (`nodes { … }` or `edges { node { … } }`) and the path to it. */
function eachNodeField(fields: readonly FieldNode[], fragments: Fragments, visit: (field: FieldNode, path: string) => void): void {
  for (const field of fields)
    eachField(field.selectionSet, fragments, (f) => {
      const key = f.alias?.value ?? f.name.value;
      if (f.name.value === "nodes") eachField(f.selectionSet, fragments, (n) => visit(n, key));
      else if (f.name.value === "edges")
        eachField(f.selectionSet, fragments, (e) => e.name.value === "node" && eachField(e.selectionSet, fragments, (n) => visit(n, `${key}.${e.alias?.value ?? "node"}`)));
    });
}

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
  eachNodeField(info.fieldNodes, info.fragments, (f) => names.add(f.name.value));
  nodeSelections.set(info.fieldNodes, found);
  return found;
}

/** A nested connection a list's nodes select, as the list statement can read it along (PositionLoaders.nested). */
export interface NestedSelection {
  relation: RelationName;
  req: PageRequest;
  /** Whether its nodes select `participants`. */
  participants: boolean;
  /** The loaders of its position in the query, where its resolver will look for the pages. */
  loaders: PositionLoaders;
}

/**
 * The one nested connection among `fields` (field name to relation) that a list's nodes select,
 * with its page request, so the list's statement can read its pages too. Null when there is none,
 * more than one (or one field at several places: each would need its own rows), or its arguments
 * do not make a page request (its own resolver then reports them as it always did).
 */
export function nestedSelection(ctx: Context, info: GraphQLResolveInfo, nodeType: string, fields: Partial<Record<string, RelationName>>): NestedSelection | null {
  const found: { field: FieldNode; path: string }[] = [];
  eachNodeField(info.fieldNodes, info.fragments, (field, path) => {
    if (fields[field.name.value]) found.push({ field, path });
  });
  if (found.length !== 1) return null;
  const { field, path } = found[0]!;
  const type = info.schema.getType(nodeType);
  const def = type && "getFields" in type ? (type as GraphQLObjectType).getFields()[field.name.value] : undefined;
  if (!def) return null;
  let req: PageRequest;
  try {
    req = pageRequest(getArgumentValues(def, field, info.variableValues) as ConnectionArgs);
  } catch {
    return null;
  }
  const names = new Set<string>();
  eachNodeField([field], info.fragments, (f) => names.add(f.name.value));
  const position = `${positionOf(info)}.${path}.${field.alias?.value ?? field.name.value}`;
  return { relation: fields[field.name.value]!, req, participants: names.has("participants"), loaders: ctx.loaders.at(position) };
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
  // Only the edges carry `extra`, and they are made when read (toConnection).
  let extras: Map<unknown, number | null> | null = null;
  return toConnection(nodes, () => loaders.count(relation, parentId), (node) => ({ extra: (extras ??= new Map(page.rows.map((r) => [r.row.node, r.row.extra]))).get(node) ?? null }));
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
