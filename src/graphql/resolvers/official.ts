import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Query, Resolver, Root } from "type-graphql";
import { Info } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { Official as OfficialRow } from "../../generated/sqlite/client.ts";
import { findOfficialByName, listOfficials } from "../../store/queries/lists.ts";
import { ConnectionArgs } from "../connection.ts";
import type { Context } from "../context.ts";
import { badInput, notFound } from "../errors.ts";
import { idOf, toGlobalId } from "../../ids.ts";
import {
  AgreementConnection,
  Country,
  CounterpartConnection,
  EvidenceConnection,
  MeetingConnection,
  Official,
  OfficialConnection,
  OfficialOrderField,
  OrderDirection,
  Organization,
  PositionConnection,
  PositionSpan,
  ProposalConnection,
} from "../types.ts";
import { at, listConnection, nestedSelection, relationConnection } from "./common.ts";
import { foldsNestedPages, OFFICIAL_COUNTRY, type OfficialWithCountry } from "../../store/loaders.ts";
import type { RelationName } from "../../store/queries/relations.ts";
import { COUNTRY_SPELLINGS, optionalCountry } from "../countries.ts";

@InputType({ description: "Ordering of officials." })
export class OfficialOrder {
  @Field(() => OfficialOrderField, { description: "The field to order by." })
  field!: OfficialOrderField;

  @Field(() => OrderDirection, { description: "The direction to order in." })
  direction!: OrderDirection;
}

@ArgsType()
export class OfficialsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "Name contains these words, ignoring accents, case and word order (`nguyen dien` finds Nguyễn Hồng Diên)." })
  name?: string | null;

  @Field(() => String, { nullable: true, description: `Country, by ${COUNTRY_SPELLINGS}.` })
  country?: string | null;

  @Field(() => String, { nullable: true, description: "Organisation of the current position, by name or acronym." })
  organization?: string | null;

  @Field(() => OfficialOrder, { nullable: true, description: "Ordering; by name by default." })
  orderBy?: OfficialOrder | null;
}

/** The official's fields that are nested connections, by the store relation each reads. */
const OFFICIAL_RELATIONS = {
  meetings: "officialMeetings",
  proposals: "officialProposals",
  proposalsReceived: "officialProposalsReceived",
  positions: "officialPositions",
  agreementsProposed: "officialAgreementsProposed",
  counterparts: "officialCounterparts",
  evidence: "officialEvidence",
} as const satisfies Partial<Record<string, RelationName>>;

@Resolver(() => Official)
export class OfficialResolver {
  @Query(() => OfficialConnection, { description: "Officials, filtered and ordered." })
  async officials(@Args(() => OfficialsArgs) args: OfficialsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const filter = { name: args.name, country: await optionalCountry(ctx, args.country, "country"), organization: args.organization };
    const order = { field: args.orderBy?.field ?? OfficialOrderField.NAME, direction: args.orderBy?.direction ?? OrderDirection.ASC };
    // A nested connection the officials select (their meetings, say) is read in the page's own statement where the store does that.
    const nested = foldsNestedPages(ctx.db) ? nestedSelection(ctx, info, "Official", OFFICIAL_RELATIONS) : null;
    return listConnection(args, (req) => listOfficials(ctx.db, filter, order, req, nested ? nested.loaders.nested(nested.relation, nested.req, nested.participants) : undefined));
  }

  @Query(() => Official, {
    nullable: true,
    description: "One official, by global ID or by name (any spelling: accents, case and word order are ignored). NOT_FOUND when there is none.",
  })
  async official(
    @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo,
    @Arg("id", () => ID, { nullable: true, description: "The official's global ID." }) id?: string | null,
    @Arg("name", () => String, { nullable: true, description: "The official's name." }) name?: string | null,
  ) {
    if ((id == null) === (name == null)) throw badInput("Give exactly one of `id` and `name`.");
    const row = id != null ? await at(ctx, info).nodes.Official.load(idOf("Official", id)) : await findOfficialByName(ctx.db, name!);
    if (!row) throw notFound(id != null ? `Could not resolve to an Official with the id ${id}.` : `No official named "${name}".`);
    return row;
  }

  @FieldResolver(() => ID, { description: "The global ID of the object (opaque)." })
  id(@Root() o: OfficialRow) {
    return toGlobalId("Official", o.id);
  }

  @FieldResolver(() => Int, { description: "The primary key in the database." })
  databaseId(@Root() o: OfficialRow) {
    return o.id;
  }

  @FieldResolver(() => Country, { nullable: true, description: "The country the official serves." })
  country(@Root() o: OfficialWithCountry, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (o.countryId == null) return null;
    const joined = o[OFFICIAL_COUNTRY];
    return joined !== undefined ? joined : at(ctx, info).nodes.Country.load(o.countryId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: "Organisation of the most recently reported position." })
  organization(@Root() o: OfficialRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return o.organizationId == null ? null : at(ctx, info).nodes.Organization.load(o.organizationId);
  }

  @FieldResolver(() => [String], { description: "Other names reports used for the official (\"Dien\", \"Ambassador Oh\")." })
  async aliases(@Root() o: OfficialRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const rows = await at(ctx, info).officialAliases.load(o.id);
    return [...new Set(rows.map((a) => a.name))];
  }

  @FieldResolver(() => PositionConnection, { description: "Positions reported for the official, newest first." })
  positions(@Root() o: OfficialRow, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relationConnection(ctx, info, "officialPositions", o.id, args);
  }

  @FieldResolver(() => [PositionSpan], {
    description: "The official's titles as history: one entry per title, organisation and country with the first and last report dates, latest first.",
  })
  positionHistory(@Root() o: OfficialRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).officialPositionHistory.load(o.id);
  }

  @FieldResolver(() => MeetingConnection, { description: "Meetings the official took part in, newest first." })
  meetings(@Root() o: OfficialRow, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relationConnection(ctx, info, "officialMeetings", o.id, args);
  }

  @FieldResolver(() => ProposalConnection, { description: "Proposals the official made, newest first." })
  proposals(@Root() o: OfficialRow, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relationConnection(ctx, info, "officialProposals", o.id, args);
  }

  @FieldResolver(() => ProposalConnection, { description: "Proposals addressed to the official, newest first." })
  proposalsReceived(@Root() o: OfficialRow, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relationConnection(ctx, info, "officialProposalsReceived", o.id, args);
  }

  @FieldResolver(() => AgreementConnection, { description: "Agreements the official proposed, newest first." })
  agreementsProposed(@Root() o: OfficialRow, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relationConnection(ctx, info, "officialAgreementsProposed", o.id, args);
  }

  @FieldResolver(() => CounterpartConnection, { description: "The officials this official met, with how many meetings they shared, most frequent first." })
  async counterparts(@Root() o: OfficialRow, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const conn = await relationConnection(ctx, info, "officialCounterparts", o.id, args);
    return Object.defineProperties(
      { edges: conn.edges.map((e) => ({ cursor: e.cursor, node: e.node, meetingCount: e.extra ?? 0 })), nodes: conn.nodes, pageInfo: conn.pageInfo },
      { totalCount: { get: () => conn.totalCount, enumerable: true } },
    );
  }

  @FieldResolver(() => EvidenceConnection, { description: "Where reports mention the official." })
  evidence(@Root() o: OfficialRow, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relationConnection(ctx, info, "officialEvidence", o.id, args);
  }
}

