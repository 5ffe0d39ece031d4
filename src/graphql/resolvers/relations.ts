import { Args, ArgsType, Ctx, Field, Info, Query, Resolver } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { ConnectionArgs, pageRequest, toConnection } from "../connection.ts";
import type { Context } from "../context.ts";
import { DateScalar } from "../scalars.ts";
import { EventKind, RelationConnection } from "../timeline-types.ts";
import { betweenCountries, COUNTRY_SPELLINGS } from "../countries.ts";
import { timeline, EVENT_TYPES, type TimelineEntry } from "../../store/queries/timeline.ts";
import type { NodeType } from "../../store/loaders.ts";
import { at, checkRange, typed } from "./common.ts";

@ArgsType()
export class RelationsArgs extends ConnectionArgs {
  @Field(() => [String], { description: `The two countries, each by ${COUNTRY_SPELLINGS}.` })
  between!: string[];

  @Field(() => DateScalar, { nullable: true, description: "Only events on or after this day (a meeting when its period reaches it)." })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Only events on or before this day." })
  to?: string | null;

  @Field(() => [EventKind], { nullable: true, description: "Only these kinds of event (all by default)." })
  kind?: EventKind[] | null;
}

const NODE_TYPE: Record<EventKind, NodeType & ("Meeting" | "Proposal" | "Agreement")> = { MEETING: "Meeting", PROPOSAL: "Proposal", AGREEMENT: "Agreement" };

@Resolver()
export class RelationsResolver {
  @Query(() => RelationConnection, {
    description:
      "What happened between two countries, newest first: meetings with participants of both, proposals from an official of one to an official of the other, agreements with parties of both (a party's country, or its official's or organisation's). Undated meetings are left out.",
  })
  async relations(@Args(() => RelationsArgs) args: RelationsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const countries = await betweenCountries(ctx, args.between);
    checkRange(args.from, args.to);
    const types = args.kind?.length ? [...new Set(args.kind)] : EVENT_TYPES;
    const page = await timeline(ctx.db, { countries, types, from: args.from, to: args.to }, pageRequest(args));
    // One statement per kind of event on the page, through the request's loaders.
    const loaders = at(ctx, info);
    const rows = await Promise.all(page.rows.map((r) => loaders.nodes[NODE_TYPE[r.row.type as EventKind]].load(r.row.id)));
    const found = page.rows.flatMap((r, i) => (rows[i] ? [{ position: r.position, row: { entry: r.row, node: typed(NODE_TYPE[r.row.type as EventKind], rows[i] as never) } }] : []));
    const connection = toConnection({ ...page, rows: found }, page.count, (r: { entry: TimelineEntry }) => ({ date: r.entry.date, kind: r.entry.type }));
    return {
      pageInfo: connection.pageInfo,
      edges: connection.edges.map((e) => ({ ...e, node: e.node.node })),
      nodes: connection.nodes.map((n) => n.node),
      get totalCount() {
        return connection.totalCount;
      },
    };
  }
}
