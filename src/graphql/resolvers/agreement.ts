import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Info } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { Agreement as AgreementRow, AgreementParty as PartyRow, Target as TargetRow } from "../../generated/sqlite/client.ts";
import { listAgreements } from "../../store/queries/lists.ts";
import type { Context } from "../context.ts";
import { toGlobalId } from "../../ids.ts";
import { Agreement, AgreementConnection, AgreementHistoryEntry, AgreementParty, AgreementStatus, Country, Document, Evidence, Official, OrderDirection, Organization, Target } from "../types.ts";
import { at, checkRange, DateRangeArgs, listConnection, required } from "./common.ts";

@ArgsType()
export class AgreementsArgs extends DateRangeArgs {
  @Field(() => String, { nullable: true, description: "Kind, e.g. `mou`, `joint_statement`." })
  kind?: string | null;

  @Field(() => [AgreementStatus], { nullable: true, description: "Only these statuses." })
  status?: AgreementStatus[] | null;

  @Field(() => String, { nullable: true, description: "A party: name as written, or an official, organisation (name or acronym) or country (name or code)." })
  party?: string | null;
}

@Resolver(() => Agreement)
export class AgreementResolver {
  @Query(() => AgreementConnection, { description: "Agreements, newest first by default." })
  agreements(@Args(() => AgreementsArgs) args: AgreementsArgs, @Ctx() ctx: Context) {
    checkRange(args.from, args.to);
    const filter = { from: args.from, to: args.to, kind: args.kind, status: args.status, party: args.party };
    return listConnection(args, (req) => listAgreements(ctx.db, filter, args.orderBy?.direction ?? OrderDirection.DESC, req));
  }

  @FieldResolver(() => ID, { description: "The global ID of the object (opaque)." })
  id(@Root() a: AgreementRow) {
    return toGlobalId("Agreement", a.id);
  }

  @FieldResolver(() => Int, { description: "The primary key in the database." })
  databaseId(@Root() a: AgreementRow) {
    return a.id;
  }

  @FieldResolver(() => [AgreementHistoryEntry], { description: "Every report that tells it, by report date: status, date, document and evidence of each." })
  history(@Root() a: AgreementRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).agreementHistory.load(a.id);
  }

  @FieldResolver(() => [AgreementParty], { description: "The parties, as named (in any of its reports)." })
  parties(@Root() a: AgreementRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).agreementParties.load(a.id);
  }

  @FieldResolver(() => Official, { nullable: true, description: "The official who proposed it, when the report says." })
  proposer(@Root() a: AgreementRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return a.proposerId == null ? null : at(ctx, info).nodes.Official.load(a.proposerId);
  }

  @FieldResolver(() => Document, { description: "The report whose mention names it (see `history` for all of them)." })
  document(@Root() a: AgreementRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return required(at(ctx, info).nodes.Document.load(a.documentId), `document ${a.documentId}`);
  }

  @FieldResolver(() => [Evidence], { description: "The words it was read from, in every report that tells it." })
  evidence(@Root() a: AgreementRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).evidenceOf("agreementId", a.id);
  }
}

@Resolver(() => AgreementParty)
export class AgreementPartyResolver {
  @FieldResolver(() => Official, { nullable: true, description: "The official the name resolved to, if any." })
  official(@Root() p: PartyRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return p.officialId == null ? null : at(ctx, info).nodes.Official.load(p.officialId);
  }

  @FieldResolver(() => Organization, { nullable: true, description: "The organisation the name resolved to, if any." })
  organization(@Root() p: PartyRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return p.organizationId == null ? null : at(ctx, info).nodes.Organization.load(p.organizationId);
  }

  @FieldResolver(() => Country, { nullable: true, description: "The country the name resolved to, if any." })
  country(@Root() p: PartyRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return p.countryId == null ? null : at(ctx, info).nodes.Country.load(p.countryId);
  }
}

@Resolver(() => Target)
export class TargetResolver {
  @FieldResolver(() => ID, { description: "The global ID of the object (opaque)." })
  id(@Root() t: TargetRow) {
    return toGlobalId("Target", t.id);
  }

  @FieldResolver(() => Int, { description: "The primary key in the database." })
  databaseId(@Root() t: TargetRow) {
    return t.id;
  }

  @FieldResolver(() => Document, { description: "The report whose mention names it (see `history` for all of them)." })
  document(@Root() t: TargetRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return required(at(ctx, info).nodes.Document.load(t.documentId), `document ${t.documentId}`);
  }

  @FieldResolver(() => [Evidence], { description: "The words it was read from, in every report that tells it." })
  evidence(@Root() t: TargetRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).evidenceOf("targetId", t.id);
  }
}
