// Subscriptions (over graphql-ws at /graphql, see src/http/subscriptions.ts): events of committed
// ingests, from this process or, through Redis, from any other.
import { Arg, Field, ID, Int, ObjectType, registerEnumType, Resolver, Root, Subscription } from "type-graphql";
import type { SubscribeResolverData } from "type-graphql";
import type { Context } from "../context.ts";
import { apiError } from "../errors.ts";
import { IngestStatus } from "../types.ts";
import type { DocumentIngestedEvent, FactAddedEvent } from "../../notify/events.ts";
import { parseFilter } from "../../notify/filter.ts";

export enum FactKind {
  MEETING = "meeting",
  PROPOSAL = "proposal",
  AGREEMENT = "agreement",
  TARGET = "target",
  POSITION = "position",
}
registerEnumType(FactKind, { name: "FactKind", description: "The kinds of fact a document yields." });

@ObjectType({ simpleResolvers: true, description: "A fact read from a newly stored document. Fetch it with `node(id: nodeId)`." })
export class FactAdded {
  @Field(() => FactKind, { description: "What kind of fact." })
  kind!: string;

  @Field(() => ID, { description: "Global ID of the meeting, proposal, agreement, target or position." })
  nodeId!: string;

  @Field(() => ID, { description: "Global ID of the document it was read from." })
  documentId!: string;

  @Field(() => String, { description: "That document's source." })
  source!: string;

  @Field(() => [String], { description: "ISO codes of the countries involved." })
  countries!: string[];

  @Field(() => [ID], { description: "Global IDs of the officials involved." })
  officials!: string[];
}

@ObjectType({ simpleResolvers: true, description: "A document stored or replaced (an unchanged re-ingest is not announced)." })
export class DocumentIngested {
  @Field(() => ID, { description: "Global ID of the document." })
  documentId!: string;

  @Field(() => String, { description: "Its source." })
  source!: string;

  @Field(() => IngestStatus, { description: "CREATED or REPLACED." })
  status!: string;

  @Field(() => String, { nullable: true, description: "Its headline." })
  title!: string | null;

  @Field(() => String, { description: "Its publication date (YYYY-MM-DD)." })
  date!: string;

  @Field(() => [String], { description: "ISO codes of the countries its facts involve." })
  countries!: string[];

  @Field(() => [ID], { description: "Global IDs of the officials its facts involve." })
  officials!: string[];

  @Field(() => Int, { description: "How many facts were read from it (one factAdded each)." })
  factCount!: number;
}

function busFor(context: Context) {
  const bus = context.bus;
  if (!bus) throw apiError("BAD_USER_INPUT", "Subscriptions are served over graphql-ws (WebSocket) at /graphql.");
  return bus;
}

@Resolver()
export class SubscriptionResolver {
  @Subscription(() => FactAdded, {
    description: "Each fact read from a document as it is stored. Filters combine with AND; a list matches any of its values; BAD_USER_INPUT for an unknown country or a non-Official ID.",
    subscribe: ({ args, context }: SubscribeResolverData<unknown, { kinds?: string[]; countries?: string[]; officials?: string[] }, Context>) =>
      busFor(context).facts(parseFilter(args)),
  })
  factAdded(
    @Root() fact: FactAddedEvent,
    @Arg("kinds", () => [FactKind], { nullable: true, description: "Only these kinds." }) _kinds?: string[] | null,
    @Arg("countries", () => [String], { nullable: true, description: "Only facts involving one of these countries, each by ISO code, name or demonym (`VN`, `Vietnam`, `Vietnamese`)." }) _countries?: string[] | null,
    @Arg("officials", () => [ID], { nullable: true, description: "Only facts involving one of these officials (global IDs)." }) _officials?: string[] | null,
  ): FactAddedEvent {
    return fact;
  }

  @Subscription(() => DocumentIngested, {
    description: "Each document as it is stored or replaced.",
    subscribe: ({ context }: SubscribeResolverData<unknown, object, Context>) => busFor(context).documents(),
  })
  documentIngested(@Root() document: DocumentIngestedEvent): DocumentIngestedEvent {
    return document;
  }
}
