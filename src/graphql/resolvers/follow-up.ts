import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { ProposalFollowUp as FollowUpRow } from "../../generated/sqlite/client.ts";
import type { FollowUpEvidence as EvidenceValue } from "../../store/facts/follow-ups.ts";
import type { Context } from "../context.ts";
import { Agreement, FollowUpEvidence, Meeting, ProposalFollowUp } from "../types.ts";
import { at, required } from "./common.ts";

@Resolver(() => ProposalFollowUp)
export class ProposalFollowUpResolver {
  @FieldResolver(() => Agreement, { nullable: true, description: "The agreement that answered the proposal (kind AGREEMENT)." })
  agreement(@Root() f: FollowUpRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return f.agreementId == null ? null : required(at(ctx, info).nodes.Agreement.load(f.agreementId), `agreement ${f.agreementId}`);
  }

  @FieldResolver(() => Meeting, { nullable: true, description: "The meeting that answered the proposal (kind MEETING)." })
  meeting(@Root() f: FollowUpRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return f.meetingId == null ? null : required(at(ctx, info).nodes.Meeting.load(f.meetingId), `meeting ${f.meetingId}`);
  }

  @FieldResolver(() => FollowUpEvidence, { description: "What matched: keywords, topics, countries, officials, the agreement's later steps." })
  evidence(@Root() f: FollowUpRow): EvidenceValue {
    return JSON.parse(f.evidence) as EvidenceValue;
  }
}
