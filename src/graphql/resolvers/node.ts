import { Arg, Args, ArgsType, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import { Info } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { ConnectionArgs, PageInfo, pageRequest, toConnection } from "../connection.ts";
import { hitSummary, searchAll, type SearchType } from "../../store/queries/search.ts";
import { MAX_PAGE_SIZE } from "../../store/queries/pagination.ts";
import type { Context } from "../context.ts";
import { badInput } from "../errors.ts";
import { fromGlobalId } from "../../ids.ts";
import { Node, SearchResult } from "../types.ts";
import { at, nodeFields, typed } from "./common.ts";
import { registerEnumType } from "type-graphql";

export enum SearchTypeEnum {
  OFFICIAL = "Official",
  ORGANIZATION = "Organization",
  COUNTRY = "Country",
  TOPIC = "Topic",
  MEETING = "Meeting",
  PROPOSAL = "Proposal",
  AGREEMENT = "Agreement",
  DOCUMENT = "Document",
}
registerEnumType(SearchTypeEnum, { name: "SearchType", description: "Kinds of entity `search` looks through." });

@ArgsType()
export class SearchArgs extends ConnectionArgs {
  @Field(() => String, { description: "What to look for: every word must match (as the start of a word)." })
  text!: string;

  @Field(() => [SearchTypeEnum], { nullable: true, description: "Only these kinds of entity." })
  types?: SearchTypeEnum[] | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "An edge in a connection of search results, with what every kind of result can show: `kind`, `title` and `date` (the members of the `SearchResult` union give their own `kind`, `title` and `date` fields different types, so those cannot be asked on `node` without aliases).",
})
export class SearchResultEdge {
  @Field(() => String, { description: "A cursor for use in pagination." })
  cursor!: string;

  @Field(() => SearchTypeEnum, { description: "What kind of entity the node is." })
  kind!: SearchTypeEnum;

  @Field(() => String, {
    description: "A title to show: an official's, organisation's, country's or topic's name, an agreement's title, a proposal's text, a report's title (else its source), a meeting's kind and place (`Reception in Hanoi`).",
  })
  title!: string;

  @Field(() => String, { nullable: true, description: "When: `YYYY-MM-DD`, or a meeting's date as precise as reported (`2023-06`); null for officials, organisations, countries and topics." })
  date!: string | null;

  @Field(() => SearchResult, { description: "The item at the end of the edge." })
  node!: unknown;
}

@ObjectType({ simpleResolvers: true, description: "A page of search results." })
export class SearchResultConnection {
  @Field(() => [SearchResultEdge], { description: "A list of edges." })
  edges!: SearchResultEdge[];

  @Field(() => [SearchResult], { description: "A list of nodes (the edges' nodes)." })
  nodes!: unknown[];

  @Field(() => PageInfo, { description: "Information to aid in pagination." })
  pageInfo!: PageInfo;

  @Field(() => Int, { simple: false, description: "How many entities match in all." })
  totalCount!: number;
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Fetches any object by its global ID; null when it does not exist (any more)." })
  async node(@Arg("id", () => ID, { description: "The global ID." }) id: string, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const { type, id: dbId } = fromGlobalId(id);
    const row = await at(ctx, info).nodes[type].load(dbId);
    return row ? typed(type, row as never) : null;
  }

  @Query(() => [Node], { nullable: "items", description: "Fetches objects by their global IDs (at most 100), in order; null for those that do not exist." })
  async nodes(@Arg("ids", () => [ID], { description: "The global IDs." }) ids: string[], @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (ids.length > MAX_PAGE_SIZE) throw badInput(`At most ${MAX_PAGE_SIZE} ids.`, { argument: "ids" });
    const decoded = ids.map(fromGlobalId);
    return Promise.all(decoded.map(async ({ type, id }) => {
      const row = await at(ctx, info).nodes[type].load(id);
      return row ? typed(type, row as never) : null;
    }));
  }

  @Query(() => SearchResultConnection, {
    description:
      "Entities matching every word of `text` (as word prefixes; case and accents ignored): officials, organisations, countries and topics first, then agreements, meetings, proposals and reports.",
  })
  async search(@Args(() => SearchArgs) args: SearchArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (args.text.length > 500) throw badInput("`text` is longer than 500 characters.", { argument: "text" });
    const types = args.types?.length ? (args.types as string[] as SearchType[]) : undefined;
    // Officials' countries come in the search's statement when the nodes ask for them.
    const page = await searchAll(ctx.db, () => at(ctx, info), args.text, pageRequest(args), types, nodeFields(info).has("country"));
    const connection = toConnection(page, page.count, (hit) => ({ kind: hit.type as SearchTypeEnum, ...hitSummary(hit) }));
    const node = (hit: (typeof page.rows)[number]["row"]) => typed(hit.type, hit.row as never);
    return {
      pageInfo: connection.pageInfo,
      edges: connection.edges.map((e) => ({ ...e, node: node(e.node) })),
      nodes: connection.nodes.map(node),
      get totalCount() {
        return connection.totalCount;
      },
    };
  }
}
