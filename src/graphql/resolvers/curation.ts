// Curator decisions through the API: join events, split mentions off, undo. Mutations need the
// write token (authorizeWrite); the list is readable like the rest of the graph.
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { CurationError, joinEvents, listDecisions, splitMentions, undoDecision, type DecisionView } from "../../store/curate.ts";
import { authorizeWrite, type Context } from "../context.ts";
import { badInput, notFound } from "../errors.ts";
import { fromGlobalId } from "../../ids.ts";
import { CuratedKind, CuratorDecision } from "../types.ts";

async function curated(run: () => Promise<DecisionView>): Promise<DecisionView> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof CurationError) throw e.code === "NOT_FOUND" ? notFound(e.message) : badInput(e.message);
    throw e;
  }
}

@Resolver()
export class CurationResolver {
  @Query(() => [CuratorDecision], { description: "Curator decisions on events, oldest first." })
  curatorDecisions(@Ctx() ctx: Context) {
    return listDecisions(ctx.db.prisma);
  }

  @Mutation(() => CuratorDecision, {
    description:
      "Makes two or more meetings, or two or more agreements, one event (write token). Their mentions keep their history; each records `curator:join` unless a rule joins it anyway. BAD_USER_INPUT for fewer than two events, a meeting with an agreement, or a split that keeps them apart; NOT_FOUND for an unknown ID.",
  })
  async joinEvents(
    @Arg("ids", () => [ID], { description: "Global IDs of the Meetings (or Agreements) to join." }) ids: string[],
    @Ctx() ctx: Context,
    @Arg("note", () => String, { nullable: true, description: "Why (kept with the decision)." }) note?: string | null,
  ) {
    authorizeWrite(ctx);
    const events = ids.map((id) => {
      const { type, id: dbId } = fromGlobalId(id);
      if (type !== "Meeting" && type !== "Agreement") throw badInput(`ID "${id}" is a ${type} ID; only meetings and agreements can be joined`, { argument: "ids" });
      return { kind: type === "Meeting" ? ("meeting" as const) : ("agreement" as const), id: dbId };
    });
    return curated(() => joinEvents(ctx.db.prisma, events, note ?? null));
  }

  @Mutation(() => CuratorDecision, {
    description:
      "Takes mentions out of their event (write token): they are not the same meeting or agreement as the rest, and become events of their own (`curator:split`). Mentions are named by their `key`. BAD_USER_INPUT for an event with one mention, all of an event's mentions, mentions of different events, or mentions a join holds together; NOT_FOUND for an unknown key.",
  })
  async splitMentions(
    @Arg("kind", () => CuratedKind, { description: "Meeting or agreement mentions." }) kind: CuratedKind,
    @Arg("keys", () => [String], { description: "The mentions' keys (`MeetingMention.key`, `AgreementHistoryEntry.key`)." }) keys: string[],
    @Ctx() ctx: Context,
    @Arg("note", () => String, { nullable: true, description: "Why (kept with the decision)." }) note?: string | null,
  ) {
    authorizeWrite(ctx);
    return curated(() => splitMentions(ctx.db.prisma, kind, keys, note ?? null));
  }

  @Mutation(() => CuratorDecision, { description: "Removes a curator decision (write token); its mentions are resolved again by the rules alone. Returns the decision removed. NOT_FOUND for an unknown number." })
  async undoCuratorDecision(@Arg("id", () => Int, { description: "The decision's number." }) id: number, @Ctx() ctx: Context) {
    authorizeWrite(ctx);
    return curated(() => undoDecision(ctx.db.prisma, id));
  }
}
