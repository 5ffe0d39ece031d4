import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Info } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { Country as CountryRow, Organization as OrganizationRow, Topic as TopicRow, Position as PositionRow, Evidence as EvidenceRow } from "../../generated/sqlite/client.ts";
import { listCountries, listOrganizations, listTopics } from "../../store/queries/lists.ts";
import { ConnectionArgs } from "../connection.ts";
import type { Context } from "../context.ts";
import { toGlobalId } from "../../ids.ts";
import {
  Country,
  CountryConnection,
  Document,
  DocumentConnection,
  Evidence,
  MeetingConnection,
  Official,
  OfficialConnection,
  Organization,
  OrganizationConnection,
  Position,
  ProposalConnection,
  Topic,
  TopicConnection,
} from "../types.ts";
import { at, listConnection, relationConnection, required } from "./common.ts";
import { COUNTRY_SPELLINGS, optionalCountry } from "../countries.ts";

@ArgsType()
export class NameFilterArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: "The name contains this (case-insensitive)." })
  name?: string | null;
}

@ArgsType()
export class OrganizationsArgs extends NameFilterArgs {
  @Field(() => String, { nullable: true, description: `Country, by ${COUNTRY_SPELLINGS}.` })
  country?: string | null;
}

@Resolver(() => Country)
export class CountryResolver {
  @Query(() => CountryConnection, { description: "Countries, by name. `name` also matches an exact ISO alpha-2 or alpha-3 code, a Wikidata ID, and any name, alias or demonym of a country (`Viet Nam`, `Vietnamese`)." })
  countries(@Args(() => NameFilterArgs) args: NameFilterArgs, @Ctx() ctx: Context) {
    return listConnection(args, (req) => listCountries(ctx.db, { name: args.name }, req));
  }

  @FieldResolver(() => ID, { description: "The global ID of the object (opaque)." })
  id(@Root() c: CountryRow) {
    return toGlobalId("Country", c.id);
  }

  @FieldResolver(() => Int, { description: "The primary key in the database." })
  databaseId(@Root() c: CountryRow) {
    return c.id;
  }

  @FieldResolver(() => OfficialConnection, { description: "Officials serving the country, by name." })
  officials(@Root() c: CountryRow, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relationConnection(ctx, info, "countryOfficials", c.id, args);
  }

  @FieldResolver(() => MeetingConnection, { description: "Meetings with at least one of the country's officials, newest first." })
  meetings(@Root() c: CountryRow, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relationConnection(ctx, info, "countryMeetings", c.id, args);
  }

  @FieldResolver(() => OrganizationConnection, { description: "The country's organisations, by name." })
  organizations(@Root() c: CountryRow, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relationConnection(ctx, info, "countryOrganizations", c.id, args);
  }
}

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: "Organisations, by name. `name` matches name or acronym." })
  async organizations(@Args(() => OrganizationsArgs) args: OrganizationsArgs, @Ctx() ctx: Context) {
    const country = await optionalCountry(ctx, args.country, "country");
    return listConnection(args, (req) => listOrganizations(ctx.db, { name: args.name, country }, req));
  }

  @FieldResolver(() => ID, { description: "The global ID of the object (opaque)." })
  id(@Root() o: OrganizationRow) {
    return toGlobalId("Organization", o.id);
  }

  @FieldResolver(() => Int, { description: "The primary key in the database." })
  databaseId(@Root() o: OrganizationRow) {
    return o.id;
  }

  @FieldResolver(() => Country, { nullable: true, description: "The organisation's country." })
  country(@Root() o: OrganizationRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return o.countryId == null ? null : at(ctx, info).nodes.Country.load(o.countryId);
  }

  @FieldResolver(() => OfficialConnection, { description: "Officials whose current position is there, by name." })
  officials(@Root() o: OrganizationRow, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relationConnection(ctx, info, "organizationOfficials", o.id, args);
  }

  @FieldResolver(() => [Evidence], { description: "Where reports mention it." })
  evidence(@Root() o: OrganizationRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).evidenceOf("organizationId", o.id);
  }
}

@Resolver(() => Topic)
export class TopicResolver {
  @Query(() => TopicConnection, { description: "Topics, by name." })
  topics(@Args(() => NameFilterArgs) args: NameFilterArgs, @Ctx() ctx: Context) {
    return listConnection(args, (req) => listTopics(ctx.db, { name: args.name }, req));
  }

  @FieldResolver(() => ID, { description: "The global ID of the object (opaque)." })
  id(@Root() t: TopicRow) {
    return toGlobalId("Topic", t.id);
  }

  @FieldResolver(() => Int, { description: "The primary key in the database." })
  databaseId(@Root() t: TopicRow) {
    return t.id;
  }

  @FieldResolver(() => ProposalConnection, { description: "Proposals on this topic, newest first." })
  proposals(@Root() t: TopicRow, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relationConnection(ctx, info, "topicProposals", t.id, args);
  }

  @FieldResolver(() => DocumentConnection, { description: "Reports on this topic, newest first." })
  documents(@Root() t: TopicRow, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return relationConnection(ctx, info, "topicDocuments", t.id, args);
  }
}

@Resolver(() => Position)
export class PositionResolver {
  @FieldResolver(() => ID, { description: "The global ID of the object (opaque)." })
  id(@Root() p: PositionRow) {
    return toGlobalId("Position", p.id);
  }

  @FieldResolver(() => Int, { description: "The primary key in the database." })
  databaseId(@Root() p: PositionRow) {
    return p.id;
  }

  @FieldResolver(() => Official, { description: "Who held it." })
  official(@Root() p: PositionRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return required(at(ctx, info).nodes.Official.load(p.officialId), `official ${p.officialId}`);
  }

  @FieldResolver(() => Organization, { nullable: true, description: "Where." })
  organization(@Root() p: PositionRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return p.organizationId == null ? null : at(ctx, info).nodes.Organization.load(p.organizationId);
  }

  @FieldResolver(() => Country, { nullable: true, description: "For which country." })
  country(@Root() p: PositionRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return p.countryId == null ? null : at(ctx, info).nodes.Country.load(p.countryId);
  }

  @FieldResolver(() => Document, { description: "The report that gave it." })
  document(@Root() p: PositionRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return required(at(ctx, info).nodes.Document.load(p.documentId), `document ${p.documentId}`);
  }

  @FieldResolver(() => [Evidence], { description: "The words it was read from." })
  evidence(@Root() p: PositionRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).evidenceOf("positionId", p.id);
  }
}

@Resolver(() => Evidence)
export class EvidenceResolver {
  @FieldResolver(() => ID, { description: "The global ID of the object (opaque)." })
  id(@Root() e: EvidenceRow) {
    return toGlobalId("Evidence", e.id);
  }

  @FieldResolver(() => Int, { description: "The primary key in the database." })
  databaseId(@Root() e: EvidenceRow) {
    return e.id;
  }

  @FieldResolver(() => Document, { description: "The document the words are in." })
  document(@Root() e: EvidenceRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return required(at(ctx, info).nodes.Document.load(e.documentId), `document ${e.documentId}`);
  }
}
