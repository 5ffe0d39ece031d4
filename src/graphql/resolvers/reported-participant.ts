import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { MeetingMentionParticipant as Row } from "../../generated/sqlite/client.ts";
import type { Context } from "../context.ts";
import { Official, ReportedParticipant } from "../types.ts";
import { at, required } from "./common.ts";

@Resolver(() => ReportedParticipant)
export class ReportedParticipantResolver {
  @FieldResolver(() => Official, { description: "The official." })
  official(@Root() p: Row, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return required(at(ctx, info).nodes.Official.load(p.officialId), `official ${p.officialId}`);
  }
}
