// Types of the relations timeline and the counts over time (resolvers/relations.ts, resolvers/stats.ts).
import { Field, Int, ObjectType, createUnionType, registerEnumType } from "type-graphql";
import { PageInfo } from "./connection.ts";
import { DateScalar } from "./scalars.ts";
import { Agreement, Meeting, Proposal } from "./types.ts";

export enum EventKind {
  MEETING = "MEETING",
  PROPOSAL = "PROPOSAL",
  AGREEMENT = "AGREEMENT",
}
registerEnumType(EventKind, {
  name: "EventKind",
  description: "The kinds of event between countries.",
  valuesConfig: {
    MEETING: { description: "A meeting, call or visit." },
    PROPOSAL: { description: "A suggestion, proposal, request, call, invitation or recommendation." },
    AGREEMENT: { description: "An agreement, MoU, joint statement or other instrument." },
  },
});

export enum StatGroup {
  MONTH = "MONTH",
  YEAR = "YEAR",
  COUNTRY = "COUNTRY",
  KIND = "KIND",
}
registerEnumType(StatGroup, {
  name: "StatGroup",
  description: "How `stats` groups events.",
  valuesConfig: {
    MONTH: { description: "By month of the event's date: key `YYYY-MM`." },
    YEAR: { description: "By year of the event's date: key `YYYY`." },
    COUNTRY: { description: "By country involved (ISO code); an event counts once for each country it involves." },
    KIND: { description: "By kind of event (`MEETING`, `PROPOSAL`, `AGREEMENT`); with `kind` given, by that event's own kind (`reception`, `suggestion`, `mou`, ...)." },
  },
});

export const RelationEvent = createUnionType({
  name: "RelationEvent",
  description: "A meeting, proposal or agreement in a relations timeline.",
  types: () => [Meeting, Proposal, Agreement] as const,
  resolveType: (value) => (value as { __typename?: string }).__typename,
});

@ObjectType({ simpleResolvers: true, description: "An edge in a relations timeline." })
export class RelationEdge {
  @Field(() => String, { description: "A cursor for use in pagination." })
  cursor!: string;

  @Field(() => DateScalar, { description: "When it happened: a meeting's first day, a proposal's or an agreement's date." })
  date!: Date;

  @Field(() => EventKind, { description: "What kind of event the node is." })
  kind!: EventKind;

  @Field(() => RelationEvent, { description: "The event." })
  node!: unknown;
}

@ObjectType({ simpleResolvers: true, description: "A page of a relations timeline, newest first." })
export class RelationConnection {
  @Field(() => [RelationEdge], { description: "A list of edges." })
  edges!: RelationEdge[];

  @Field(() => [RelationEvent], { description: "A list of nodes (the edges' nodes)." })
  nodes!: unknown[];

  @Field(() => PageInfo, { description: "Information to aid in pagination." })
  pageInfo!: PageInfo;

  @Field(() => Int, { simple: false, description: "How many events the timeline holds in all." })
  totalCount!: number;
}

@ObjectType({ simpleResolvers: true, description: "One group of `stats`: its key and how many events fall in it." })
export class StatBucket {
  @Field(() => String, { description: "The group: `YYYY-MM`, `YYYY`, an ISO country code, or a kind." })
  key!: string;

  @Field(() => Int, { description: "How many events." })
  count!: number;
}
