import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Info } from "type-graphql";
import { GraphQLError, type GraphQLResolveInfo } from "graphql";
import { DocumentError } from "../../extraction/types.ts";
import { pageInput } from "../../sources/document.ts";
import { deleteDocument, ingestText } from "../../store/ingest.ts";
import type { DocumentRow } from "../../store/loaders.ts";
import { listDocuments } from "../../store/queries/lists.ts";
import { publishIngest } from "../../notify/publish.ts";
import { authorizeWrite, type Context } from "../context.ts";
import { badInput, notFound } from "../errors.ts";
import { LIMIT_CODES } from "../security/codes.ts";
import { idOf, toGlobalId } from "../../ids.ts";
import { DateScalar } from "../scalars.ts";
import {
  Agreement,
  Country,
  Document,
  DocumentConnection,
  Evidence,
  IngestStatus,
  Meeting,
  Official,
  OrderDirection,
  Organization,
  Position,
  Proposal,
  Target,
  Topic,
} from "../types.ts";
import { at, checkRange, DateRangeArgs, listConnection, required } from "./common.ts";

@ArgsType()
export class DocumentsArgs extends DateRangeArgs {
  @Field(() => String, { nullable: true, description: "The source contains this." })
  source?: string | null;

  @Field(() => String, { nullable: true, description: "The title contains this (case-insensitive)." })
  title?: string | null;
}

@InputType({ description: "A news report to ingest." })
export class IngestDocumentInput {
  @Field(() => String, { nullable: true, description: "The report's text (a leading ` date YYYY-MM-DD` header sets its date, else a dated dateline). Give `text` or `html`." })
  text?: string | null;

  @Field(() => String, { nullable: true, description: "An article page's HTML: its main text, date, headline, canonical URL and outlet are read from it. Give `text` or `html`." })
  html?: string | null;

  @Field(() => String, { nullable: true, description: "Where the page was fetched from (the page's canonical URL wins)." })
  url?: string | null;

  @Field(() => String, { description: "Path or label; ingesting other content under the same source replaces that document." })
  source!: string;

  @Field(() => DateScalar, { nullable: true, description: "Publication date, when the text has no date header." })
  date?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "How many shared nodes an ingest created and reused." })
export class NodeTally {
  @Field(() => Int, { description: "New nodes." })
  created!: number;

  @Field(() => Int, { description: "Nodes other documents had already created." })
  reused!: number;
}

@ObjectType({ simpleResolvers: true, description: "The result of ingestDocument." })
export class IngestDocumentPayload {
  @Field(() => IngestStatus, { description: "Created, replaced or unchanged." })
  status!: string;

  @Field(() => Document, { description: "The stored document, with everything extracted from it." })
  document!: DocumentRow;

  @Field(() => String, { nullable: true, description: "When this content is already stored under another source, that source." })
  duplicateOf!: string | null;

  @Field(() => NodeTally, { description: "Officials created and reused." })
  officials!: NodeTally;

  @Field(() => NodeTally, { description: "Organisations created and reused." })
  organizations!: NodeTally;

  @Field(() => NodeTally, { description: "Countries created and reused." })
  countries!: NodeTally;
}

@ObjectType({ simpleResolvers: true, description: "The result of deleteDocument." })
export class DeleteDocumentPayload {
  @Field(() => ID, { description: "The global ID of the deleted document." })
  deletedDocumentId!: string;

  @Field(() => String, { description: "Its source." })
  source!: string;
}

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => DocumentConnection, { description: "Ingested reports, newest first by default." })
  documents(@Args(() => DocumentsArgs) args: DocumentsArgs, @Ctx() ctx: Context) {
    checkRange(args.from, args.to);
    const filter = { from: args.from, to: args.to, source: args.source, title: args.title };
    return listConnection(args, (req) => listDocuments(ctx.db, filter, args.orderBy?.direction ?? OrderDirection.DESC, req));
  }

  @Query(() => Document, { nullable: true, description: "One report, by global ID or by source. NOT_FOUND when there is none." })
  async document(
    @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo,
    @Arg("id", () => ID, { nullable: true, description: "The document's global ID." }) id?: string | null,
    @Arg("source", () => String, { nullable: true, description: "The source it was ingested from." }) source?: string | null,
  ) {
    if ((id == null) === (source == null)) throw badInput("Give exactly one of `id` and `source`.");
    const row =
      id != null
        ? await at(ctx, info).nodes.Document.load(idOf("Document", id))
        : await ctx.db.prisma.document.findUnique({ where: { source: source! }, select: { id: true } }).then((d) => (d ? at(ctx, info).nodes.Document.load(d.id) : null));
    if (!row) throw notFound(id != null ? `Could not resolve to a Document with the id ${id}.` : `No document with source "${source}".`);
    return row;
  }

  @Mutation(() => IngestDocumentPayload, {
    description: "Extracts a report and stores it with all of its facts in one transaction. Idempotent: the same content again changes nothing; other content under the same source replaces that document's facts.",
  })
  async ingestDocument(@Arg("input", () => IngestDocumentInput, { description: "The report." }) input: IngestDocumentInput, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    authorizeWrite(ctx);
    if (!input.source.trim()) throw badInput("`source` must not be empty.", { argument: "input.source" });
    if ((input.text == null) === (input.html == null)) throw badInput("Give exactly one of `text` and `html`.", { argument: "input" });
    const field = input.html != null ? "html" : "text";
    if (!(input.html ?? input.text)!.trim()) throw badInput(`\`${field}\` must not be empty.`, { argument: `input.${field}` });
    if (input.url != null && !/^https?:\/\/\S+$/i.test(input.url)) throw badInput("`url` must be an http(s) URL.", { argument: "input.url" });
    // Size, encoding, date and language: the same admission rules as the CLI, in ingestText.
    let result;
    try {
      const date = input.date ?? undefined;
      const report =
        input.html != null ? pageInput(input.html, { source: input.source, url: input.url ?? undefined, date }) : { text: input.text!, source: input.source, provenance: input.url ? { url: input.url } : undefined };
      result = await ingestText(ctx.db.prisma, { ...report, date, extract: ctx.extract, signal: ctx.signal });
    } catch (err) {
      if (ctx.signal?.aborted && err === ctx.signal.reason) {
        // The time budget spent or the client gone: its extraction was stopped, nothing written.
        const spent = (err as { code?: unknown }).code === LIMIT_CODES.time;
        throw new GraphQLError(`Document not stored: ${(err as Error).message}.`, { extensions: { code: spent ? LIMIT_CODES.time : "BAD_REQUEST" } });
      }
      if ((err as { code?: unknown })?.code === LIMIT_CODES.extraction) {
        throw new GraphQLError(`Document refused: ${(err as Error).message}.`, { extensions: { code: LIMIT_CODES.extraction, argument: "input", reason: (err as Error).message } });
      }
      if (err instanceof DocumentError || (err as Error)?.name === "DocumentError") {
        throw badInput(`Document refused: ${(err as Error).message}`, { argument: "input", reason: (err as Error).message });
      }
      throw err;
    }
    await publishIngest(ctx.db.prisma, ctx.bus ?? null, result);
    const document = await required(at(ctx, info).nodes.Document.load(result.documentId), `document ${result.documentId}`);
    return { status: result.status, document, duplicateOf: result.duplicateOf, officials: result.officials, organizations: result.organizations, countries: result.countries };
  }

  @Mutation(() => DeleteDocumentPayload, {
    description: "Deletes a report with every fact read from it, and the officials, organisations, countries and topics no other report evidences. NOT_FOUND when there is no such document.",
  })
  async deleteDocument(@Arg("id", () => ID, { description: "The document's global ID." }) id: string, @Ctx() ctx: Context) {
    authorizeWrite(ctx);
    const dbId = idOf("Document", id);
    const doc = await ctx.db.prisma.document.findUnique({ where: { id: dbId }, select: { source: true } });
    if (!doc) throw notFound(`Could not resolve to a Document with the id ${id}.`);
    if (!(await deleteDocument(ctx.db.prisma, dbId))) throw notFound(`Could not resolve to a Document with the id ${id}.`);
    return { deletedDocumentId: id, source: doc.source };
  }

  @FieldResolver(() => ID, { description: "The global ID of the object (opaque)." })
  id(@Root() d: DocumentRow) {
    return toGlobalId("Document", d.id);
  }

  @FieldResolver(() => Int, { description: "The primary key in the database." })
  databaseId(@Root() d: DocumentRow) {
    return d.id;
  }

  @FieldResolver(() => String, { description: "The full text." })
  async text(@Root() d: DocumentRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return (await at(ctx, info).documentText.load(d.id)) ?? "";
  }

  @FieldResolver(() => [Topic], { description: "Sectors it covers." })
  topics(@Root() d: DocumentRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).documentTopics.load(d.id);
  }

  @FieldResolver(() => [Official], { description: "Officials it mentions, by name." })
  officials(@Root() d: DocumentRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).documentOfficials.load(d.id);
  }

  @FieldResolver(() => [Country], { description: "Countries it involves (of the officials and organisations it mentions and of its agreements' parties), by name." })
  countries(@Root() d: DocumentRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).documentCountries.load(d.id);
  }

  @FieldResolver(() => [Organization], { description: "Organisations it mentions, by name." })
  organizations(@Root() d: DocumentRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).documentOrganizations.load(d.id);
  }

  @FieldResolver(() => [Position], { description: "Positions it reports." })
  positions(@Root() d: DocumentRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).documentPositions.load(d.id);
  }

  @FieldResolver(() => [Meeting], { description: "Meetings it describes, in order." })
  meetings(@Root() d: DocumentRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).documentMeetings.load(d.id);
  }

  @FieldResolver(() => [Proposal], { description: "Proposals it reports, in order." })
  proposals(@Root() d: DocumentRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).documentProposals.load(d.id);
  }

  @FieldResolver(() => [Agreement], { description: "Agreements it reports, in order." })
  agreements(@Root() d: DocumentRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).documentAgreements.load(d.id);
  }

  @FieldResolver(() => [Target], { description: "Quantified targets it reports, in order." })
  targets(@Root() d: DocumentRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).documentTargets.load(d.id);
  }

  @FieldResolver(() => [Evidence], { description: "Every piece of evidence read from it, in text order." })
  evidence(@Root() d: DocumentRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return at(ctx, info).evidenceOf("documentId", d.id);
  }
}
