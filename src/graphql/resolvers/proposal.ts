import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Info } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { Proposal as ProposalRow } from "../../generated/sqlite/client.ts";
import { listProposals } from "../../store/queries/lists.ts";
import type { Context } from "../context.ts";
import { idOf, toGlobalId } from "../../ids.ts";
import { Document, Evidence, Meeting, Official, OrderDirection, Proposal, ProposalConnection, ProposalFollowUp, ProposalKind, Topic } from "../types.ts";
import { at, checkRange, DateRangeArgs, listConnection, nodeFields, required } from "./common.ts";
import { PROPOSAL_SPEAKER, type ProposalWithSpeaker } from "../../store/loaders.ts";

@ArgsType()
export class ProposalsArgs extends DateRangeArgs {
  @Field(() => String, { nullable: true, description: "The speaker's name (accent-, case- and word-order-insensitive)." })
  speaker?: string | null;

  @Field(() => ID, { nullable: true, description: "The speaker's global ID." })
  speakerId?: string | null;

  @Field(() => String, { nullable: true, description: "The addressee: an official's name, or (contained in) the country / organisation named." })
  addressee?: string | null;

  @Field(() => ID, { nullable: true, description: "The addressee's global ID." })
  addresseeId?: string | null;

  @Field(() => [ProposalKind], { nullable: true, description: "Only these kinds." })
  kind?: ProposalKind[] | null;

  @Field(() => String, { nullable: true, description: "A topic's name (`trade`, `semiconductors`)." })
  topic?: string | null;

  @Field(() => String, { nullable: true, description: "The text contains this (case-insensitive)." })
  text?: string | null;

  @Field(() => ID, { nullable: true, description: "Only proposals made at this meeting (global ID)." })
  meetingId?: string | null;
}

@Resolver(() => Proposal)
export class ProposalResolver {
  @Query(() => ProposalConnection, { description: "Proposals, newest first by default." })
  proposals(@Args(() => ProposalsArgs) args: ProposalsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    checkRange(args.from, args.to);
    const filter = {
      from: args.from,
      to: args.to,
      speaker: args.speaker,
      speakerId: args.speakerId != null ? idOf("Official", args.speakerId, "speakerId") : null,
      addressee: args.addressee,
      addresseeId: args.addresseeId != null ? idOf("Official", args.addresseeId, "addresseeId") : null,
      kind: args.kind,
      topic: args.topic,
      text: args.text,
      meetingId: args.meetingId != null ? idOf("Meeting", args.meetingId, "meetingId") : null,
    };
    // The speakers come in the page's statement when the nodes ask for them.
    const speakers = nodeFields(info).has("speaker");
    return listConnection(args, (req) => listProposals(ctx.db, filter, args.orderBy?.direction ?? OrderDirection.DESC, req, speakers));
  }

  @FieldResolver(() => ID, { description: "The global ID of the object (opaque)." })
  id(@Root() p: ProposalRow) {
    return toGlobalId("Proposal", p.id);
  }

  @FieldResolver(() => Int, { description: "The primary key in the database." })
  databaseId(@Root() p: ProposalRow) {
    return p.id;
  }

  @FieldResolver(() => Official, { nullable: true, description: "Who made it." })
  speaker(@Root() p: ProposalWithSpeaker, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    if (p.speakerId == null) return null;
    const joined = p[PROPOSAL_SPEAKER];
    return joined !== undefined ? joined : at(ctx, info).nodes.Official.load(p.speakerId);
  }

  @FieldResolver(() => Official, { nullable: true, description: "The official it was addressed to; null when it was addressed to a country or organisation (see `addresseeName`) or to no one." })
  addressee(@Root() p: ProposalRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return p.addresseeId == null ? null : at(ctx, info).nodes.Official.load(p.addresseeId);
  }

  @FieldResolver(() => Meeting, { nullable: true, description: "The meeting where it was made." })
  meeting(@Root() p: ProposalRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return p.meetingId == null ? null : at(ctx, info).nodes.Meeting.load(p.meetingId);
  }

  @FieldResolver(() => [ProposalFollowUp], {
    description: "What came of it: later agreements and meetings that answer it (same countries or people, shared title words or topics), best score first. Links, never merges.",
  })
  followUps(@Root() p: ProposalRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).proposalFollowUps.load(p.id);
  }

  @FieldResolver(() => [Topic], { description: "Sectors it concerns." })
  topics(@Root() p: ProposalRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).proposalTopics.load(p.id);
  }

  @FieldResolver(() => Document, { description: "The report it was read from." })
  document(@Root() p: ProposalRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return required(at(ctx, info).nodes.Document.load(p.documentId), `document ${p.documentId}`);
  }

  @FieldResolver(() => [Evidence], { description: "The words it was read from." })
  evidence(@Root() p: ProposalRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).evidenceOf("proposalId", p.id);
  }
}
