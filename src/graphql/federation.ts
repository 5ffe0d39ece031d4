// Apollo Federation 2: the API as a subgraph that another team's gateway or router composes into
// its supergraph. The schema stays the one TypeGraphQL builds; this module only marks which types
// are entities (and by which keys), what is shared or hidden, and how the gateway's entity
// references are resolved: through the request's batch loaders, so `_entities` costs one
// statement per entity type however many references a plan sends.
//
// @apollo/subgraph is pinned to 2.14: 2.15 declares Node >= 22, this project runs on Node 20.
import { buildSubgraphSchema } from "@apollo/subgraph";
import { Kind, parse, printSchema, visit, type ConstDirectiveNode, type DocumentNode, type GraphQLSchema } from "graphql";
import { createResolversMap } from "type-graphql";
import type { NodeType } from "../store/loaders.ts";
import type { Context } from "./context.ts";
import { idOf } from "../ids.ts";
import { typed } from "./resolvers/common.ts";

/** Entity types and their keys. A key is a field set a gateway can send back to find the object. */
export const ENTITY_KEYS = {
  Official: ["id"],
  Organization: ["id"],
  Country: ["id", "code", "alpha3", "wikidataId"],
  Meeting: ["id"],
  Agreement: ["id"],
} as const satisfies Partial<Record<NodeType, readonly string[]>>;
type EntityType = keyof typeof ENTITY_KEYS;

/** Value types every Relay subgraph defines the same way. */
const SHAREABLE_TYPES = new Set(["PageInfo"]);
/** Row IDs are internal to this database: a supergraph uses the global `id`. */
const INACCESSIBLE_FIELDS = new Set(["databaseId"]);

export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@inaccessible"])`;

function directive(name: string, fields?: string): ConstDirectiveNode {
  return {
    kind: Kind.DIRECTIVE,
    name: { kind: Kind.NAME, value: name },
    arguments: fields
      ? [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: "fields" }, value: { kind: Kind.STRING, value: fields } }]
      : [],
  };
}

/** The subgraph's type definitions: the API's SDL with the federation directives added. */
export function subgraphTypeDefs(schema: GraphQLSchema): DocumentNode {
  const annotated = visit(parse(printSchema(schema)), {
    ObjectTypeDefinition(node) {
      const keys: readonly string[] = ENTITY_KEYS[node.name.value as EntityType] ?? [];
      const directives = [...(node.directives ?? []), ...keys.map((k) => directive("key", k))];
      if (SHAREABLE_TYPES.has(node.name.value)) directives.push(directive("shareable"));
      const fields = node.fields?.map((f) => (INACCESSIBLE_FIELDS.has(f.name.value) ? { ...f, directives: [...(f.directives ?? []), directive("inaccessible")] } : f));
      return { ...node, directives, fields };
    },
  });
  return { ...annotated, definitions: [...parse(FEDERATION_LINK).definitions, ...annotated.definitions] };
}

type ResolverMap = Record<string, object>;

/** How the gateway's `{ __typename, id }` (or `{ code }` for countries) references become rows. */
function referenceResolvers(): ResolverMap {
  const loaders = (ctx: Context) => ctx.loaders.at("_entities");
  const byId = (type: EntityType) => ({
    async __resolveReference(ref: { id: string }, ctx: Context) {
      const row = await loaders(ctx).nodes[type].load(idOf(type, ref.id));
      return row ? typed(type, row as never) : null;
    },
  });
  return {
    Official: byId("Official"),
    Organization: byId("Organization"),
    Meeting: byId("Meeting"),
    Agreement: byId("Agreement"),
    Country: {
      async __resolveReference(ref: { id?: string; code?: string; alpha3?: string; wikidataId?: string }, ctx: Context) {
        const l = loaders(ctx);
        const row =
          ref.id != null
            ? await l.nodes.Country.load(idOf("Country", ref.id))
            : ref.code != null
              ? await l.countriesByCode.load(String(ref.code))
              : ref.alpha3 != null
                ? await l.countriesByAlpha3.load(String(ref.alpha3))
                : await l.countriesByWikidataId.load(String(ref.wikidataId ?? ""));
        return row ? typed("Country", row) : null;
      },
    },
  };
}

/** The executable subgraph schema: the TypeGraphQL resolvers, plus `_service` and `_entities`. */
export function buildSubgraph(schema: GraphQLSchema): GraphQLSchema {
  const resolvers = createResolversMap(schema) as ResolverMap;
  for (const [type, resolver] of Object.entries(referenceResolvers())) resolvers[type] = { ...resolvers[type], ...resolver };
  return buildSubgraphSchema({ typeDefs: subgraphTypeDefs(schema), resolvers: resolvers as never });
}
