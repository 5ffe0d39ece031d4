import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { MeetingMention as MentionRow } from "../../generated/sqlite/client.ts";
import type { Context } from "../context.ts";
import { Document, Evidence, Meeting, MeetingMention, ReportedParticipant } from "../types.ts";
import { at, required } from "./common.ts";

@Resolver(() => MeetingMention)
export class MeetingMentionResolver {
  @FieldResolver(() => String, { description: "Stable key: `<document content hash>/<ordinal>`, the same across re-extraction (curator decisions name mentions by it)." })
  async key(@Root() m: MentionRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const document = await required(at(ctx, info).nodes.Document.load(m.documentId), `document ${m.documentId}`);
    return `${document.contentHash}/${m.ordinal}`;
  }

  @FieldResolver(() => Document, { description: "The report." })
  document(@Root() m: MentionRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return required(at(ctx, info).nodes.Document.load(m.documentId), `document ${m.documentId}`);
  }

  @FieldResolver(() => Meeting, { description: "The event it resolved to." })
  meeting(@Root() m: MentionRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return required(at(ctx, info).nodes.Meeting.load(m.meetingId!), `meeting ${m.meetingId}`);
  }

  @FieldResolver(() => [ReportedParticipant], { description: "Who took part according to this report, hosts first, with the roles it gave." })
  participants(@Root() m: MentionRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).mentionParticipants.load(m.id);
  }

  @FieldResolver(() => [Evidence], { description: "The words of this report the meeting was read from." })
  evidence(@Root() m: MentionRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).evidenceOf("meetingMentionId", m.id);
  }
}
