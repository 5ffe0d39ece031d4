import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { AgreementMention as MentionRow } from "../../generated/sqlite/client.ts";
import type { Context } from "../context.ts";
import { AgreementHistoryEntry, AgreementParty, Document, Evidence, Official } from "../types.ts";
import { at, required } from "./common.ts";

@Resolver(() => AgreementHistoryEntry)
export class AgreementHistoryResolver {
  @FieldResolver(() => String, { description: "Stable key: `<document content hash>/<ordinal>`, the same across re-extraction (curator decisions name mentions by it)." })
  async key(@Root() m: MentionRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    const document = await required(at(ctx, info).nodes.Document.load(m.documentId), `document ${m.documentId}`);
    return `${document.contentHash}/${m.ordinal}`;
  }

  @FieldResolver(() => Document, { description: "The report." })
  document(@Root() m: MentionRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return required(at(ctx, info).nodes.Document.load(m.documentId), `document ${m.documentId}`);
  }

  @FieldResolver(() => [AgreementParty], { description: "The parties as this report named them (the agreement's `parties` is the union over its reports)." })
  parties(@Root() m: MentionRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).mentionParties.load(m.id);
  }

  @FieldResolver(() => Official, { nullable: true, description: "The official this report says proposed it." })
  proposer(@Root() m: MentionRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return m.proposerId == null ? null : at(ctx, info).nodes.Official.load(m.proposerId);
  }

  @FieldResolver(() => [Evidence], { description: "The words of this report it was read from." })
  evidence(@Root() m: MentionRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).evidenceOf("agreementMentionId", m.id);
  }
}
