import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Info } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { Meeting as MeetingRow, MeetingParticipant as ParticipantRow, Official as OfficialRow } from "../../generated/sqlite/client.ts";
import { MEETING_PARTICIPANTS, PARTICIPANT_OFFICIAL, type MeetingWithParticipants } from "../../store/loaders.ts";
import { listMeetings } from "../../store/queries/lists.ts";
import type { Context } from "../context.ts";
import { idOf, toGlobalId } from "../../ids.ts";
import { Document, Evidence, Meeting, MeetingConnection, MeetingKind, MeetingMention, MeetingParticipant, MeetingStatus, Official, OrderDirection, Proposal } from "../types.ts";
import { at, checkRange, DateRangeArgs, listConnection, nodeFields, required } from "./common.ts";
import { COUNTRY_SPELLINGS, optionalCountry } from "../countries.ts";

@ArgsType()
export class MeetingsArgs extends DateRangeArgs {
  @Field(() => [MeetingKind], { nullable: true, description: "Only meetings of these kinds." })
  kind?: MeetingKind[] | null;

  @Field(() => MeetingStatus, { nullable: true, description: "Only held, or only planned, meetings." })
  status?: MeetingStatus | null;

  @Field(() => String, { nullable: true, description: "A participant's name (accent-, case- and word-order-insensitive)." })
  participant?: string | null;

  @Field(() => ID, { nullable: true, description: "A participant's global ID." })
  participantId?: string | null;

  @Field(() => String, { nullable: true, description: `A participant's country, by ${COUNTRY_SPELLINGS}.` })
  country?: string | null;

  @Field(() => String, { nullable: true, description: "The location contains this text." })
  location?: string | null;
}

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => MeetingConnection, {
    description: "Meetings, newest first by default. A date range matches meetings whose period overlaps it (a meeting dated `2023-06` is in June 10-20).",
  })
  async meetings(@Args(() => MeetingsArgs) args: MeetingsArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    checkRange(args.from, args.to);
    const filter = {
      from: args.from,
      to: args.to,
      kind: args.kind,
      status: args.status,
      participant: args.participant,
      participantId: args.participantId != null ? idOf("Official", args.participantId, "participantId") : null,
      country: await optionalCountry(ctx, args.country, "country"),
      location: args.location,
    };
    // The page brings its meetings' participants when the query asks for them (one statement for both).
    const participants = nodeFields(info).has("participants");
    return listConnection(args, (req) => listMeetings(ctx.db, filter, args.orderBy?.direction ?? OrderDirection.DESC, req, participants));
  }

  @FieldResolver(() => ID, { description: "The global ID of the object (opaque)." })
  id(@Root() m: MeetingRow) {
    return toGlobalId("Meeting", m.id);
  }

  @FieldResolver(() => Int, { description: "The primary key in the database." })
  databaseId(@Root() m: MeetingRow) {
    return m.id;
  }

  @FieldResolver(() => [MeetingParticipant], { description: "Who took part, hosts first, with their roles." })
  participants(@Root() m: MeetingWithParticipants, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return m[MEETING_PARTICIPANTS] ?? at(ctx, info).meetingParticipants.load(m.id);
  }

  @FieldResolver(() => [Proposal], { description: "Proposals made at the meeting, in the report's order." })
  proposals(@Root() m: MeetingRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).meetingProposals.load(m.id);
  }

  @FieldResolver(() => [MeetingMention], { description: "Every report that tells this meeting, oldest report first, each as reported, with its evidence and the rule that joined it." })
  mentions(@Root() m: MeetingRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).meetingMentions.load(m.id);
  }

  @FieldResolver(() => Document, { description: "The report whose mention names the meeting (see `mentions` for all of them)." })
  document(@Root() m: MeetingRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return required(at(ctx, info).nodes.Document.load(m.documentId), `document ${m.documentId}`);
  }

  @FieldResolver(() => [Evidence], { description: "The words the meeting was read from, in every report that tells it." })
  evidence(@Root() m: MeetingRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).evidenceOf("meetingId", m.id);
  }
}

@Resolver(() => MeetingParticipant)
export class MeetingParticipantResolver {
  @FieldResolver(() => Official, { description: "The official." })
  official(@Root() p: ParticipantRow & { [PARTICIPANT_OFFICIAL]?: OfficialRow }, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return p[PARTICIPANT_OFFICIAL] ?? required(at(ctx, info).nodes.Official.load(p.officialId), `official ${p.officialId}`);
  }

  @FieldResolver(() => Meeting, { description: "The meeting." })
  meeting(@Root() p: ParticipantRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return required(at(ctx, info).nodes.Meeting.load(p.meetingId), `meeting ${p.meetingId}`);
  }
}
