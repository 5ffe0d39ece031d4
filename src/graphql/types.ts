// The object types: each class holds the columns a type shows as is; relations and computed
// fields are field resolvers in resolvers/<type>.ts (one resolver class per type).
import { Field, Float, ID, Int, InterfaceType, ObjectType, registerEnumType, createUnionType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "./scalars.ts";
import { connectionOf, PageInfo } from "./connection.ts";

// ---- Enums (GraphQL names in upper case; values as stored) ----

export enum MeetingKind {
  RECEPTION = "reception",
  TALKS = "talks",
  PHONE_CALL = "phone_call",
  VIDEO_CALL = "video_call",
  VISIT = "visit",
  DIALOGUE = "dialogue",
  CONFERENCE = "conference",
  WORKING_SESSION = "working_session",
  MEETING = "meeting",
}
registerEnumType(MeetingKind, { name: "MeetingKind", description: "What kind of encounter a meeting was." });

export enum MeetingStatus {
  HELD = "held",
  PLANNED = "planned",
}
registerEnumType(MeetingStatus, {
  name: "MeetingStatus",
  description: "Whether a meeting took place or is announced.",
  valuesConfig: { HELD: { description: "It took place." }, PLANNED: { description: "It is announced for later." } },
});

export enum ParticipantRole {
  HOST = "host",
  GUEST = "guest",
  PARTICIPANT = "participant",
}
registerEnumType(ParticipantRole, {
  name: "ParticipantRole",
  description: "An official's role in a meeting.",
  valuesConfig: {
    HOST: { description: "Received the others (the receiving side)." },
    GUEST: { description: "Was received." },
    PARTICIPANT: { description: "Took part without a reported host/guest role." },
  },
});

export enum ProposalKind {
  SUGGESTION = "suggestion",
  PROPOSAL = "proposal",
  REQUEST = "request",
  CALL = "call",
  INVITATION = "invitation",
  RECOMMENDATION = "recommendation",
}
registerEnumType(ProposalKind, { name: "ProposalKind", description: "The speech act: what the speaker did with the proposal's content." });

export enum AgreementStatus {
  PROPOSED = "proposed",
  UNDER_NEGOTIATION = "under_negotiation",
  SIGNED = "signed",
  IN_FORCE = "in_force",
}
registerEnumType(AgreementStatus, { name: "AgreementStatus", description: "How far an agreement has come." });

export enum OrderDirection {
  ASC = "asc",
  DESC = "desc",
}
registerEnumType(OrderDirection, { name: "OrderDirection", description: "Sort direction." });

export enum OfficialOrderField {
  NAME = "name",
  ID = "id",
}
registerEnumType(OfficialOrderField, { name: "OfficialOrderField", description: "What officials can be ordered by." });

export enum IngestStatus {
  CREATED = "created",
  REPLACED = "replaced",
  UNCHANGED = "unchanged",
}
registerEnumType(IngestStatus, {
  name: "IngestStatus",
  description: "What an ingest did.",
  valuesConfig: {
    CREATED: { description: "A new document was stored." },
    REPLACED: { description: "The document at this source had other content; its facts were replaced." },
    UNCHANGED: { description: "This content was already stored; nothing changed." },
  },
});

// ---- Node ----

@InterfaceType({
  description: "An object with a global ID (Relay). Fetch any of them with `node(id:)`.",
  resolveType: (value: { __typename?: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: "The global ID of the object (opaque)." })
  id!: string;
}

// ---- Object types ----

@ObjectType({ simpleResolvers: true, implements: Node, description: "A country, by ISO 3166-1 code." })
export class Country extends Node {
  @Field(() => String, { description: "ISO 3166-1 alpha-2 code, e.g. `VN`." })
  code!: string;

  @Field(() => String, { description: "English short name." })
  name!: string;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-3 code, e.g. `VNM` (from @rapideditor/country-coder; `XKX` for Kosovo, which ISO does not code). Null for a code the package does not know." })
  alpha3!: string | null;

  @Field(() => String, { nullable: true, description: "Wikidata item of the country, e.g. `Q881` (from @rapideditor/country-coder): a key shared with other datasets." })
  wikidataId!: string | null;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "A ministry, agency, embassy, company or other organisation named in reports." })
export class Organization extends Node {
  @Field(() => String, { description: "Name as first reported." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Acronym, when a report gives one (e.g. `MoIT`)." })
  acronym!: string | null;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "A person holding or having held office, one node across all reports that name them." })
export class Official extends Node {
  @Field(() => String, { description: "Canonical (fullest, accented when any report accents it) name." })
  name!: string;

  @Field(() => String, { nullable: true, description: "Title of the most recently reported position." })
  title!: string | null;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "An official's title at an organisation, as one report gave it on its date." })
export class Position extends Node {
  @Field(() => String, { description: "The title as written, without the name." })
  title!: string;

  @Field(() => DateScalar, { description: "Date of the reporting document." })
  date!: Date;
}

@ObjectType({ simpleResolvers: true, description: "One title an official held at one organisation, from the first to the last report that gave it." })
export class PositionSpan {
  @Field(() => String, { description: "The title as written, without the name." })
  title!: string;

  @Field(() => DateScalar, { description: "Date of the earliest report giving this title." })
  firstSeen!: Date;

  @Field(() => DateScalar, { description: "Date of the latest report giving this title." })
  lastSeen!: Date;

  @Field(() => Int, { description: "How many reports gave it." })
  reports!: number;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "A meeting, call, visit or other encounter between officials: one event, resolved from every report that tells it (`mentions`).",
})
export class Meeting extends Node {
  @Field(() => MeetingKind, { description: "What kind of encounter." })
  kind!: string;

  @Field(() => MeetingStatus, { description: "Held or planned." })
  status!: string;

  @Field(() => String, { nullable: true, description: "`YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the report allows." })
  date!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "First day of the period `date` names." })
  dateStart!: Date | null;

  @Field(() => DateScalar, { nullable: true, description: "Last day of the period `date` names." })
  dateEnd!: Date | null;

  @Field(() => String, { nullable: true, description: "Where it took place, as written." })
  location!: string | null;

  @Field(() => String, { description: "Stable natural key: the smallest key (document content hash/ordinal) of the reports that tell it." })
  key!: string;
}

@ObjectType({ simpleResolvers: true, description: "One report's account of a meeting: what it said, and the rule that joined it to the event." })
export class MeetingMention {
  @Field(() => Int, { description: "Position of the meeting among the report's meetings." })
  ordinal!: number;

  @Field(() => MeetingKind, { description: "The kind of encounter as this report named it." })
  kind!: string;

  @Field(() => MeetingStatus, { description: "Held or planned, as reported." })
  status!: string;

  @Field(() => String, { nullable: true, description: "The date as precise as this report gave it." })
  date!: string | null;

  @Field(() => String, { nullable: true, description: "The place as written in this report." })
  location!: string | null;

  @Field(() => String, {
    description:
      "Why it belongs to the event: `key` (the mention that names the event), `shared_officials` (two officials in common, dates agreeing), `official_kind_place` (one official, same kind and place), `curator:join` (a curator joined it), `curator:split` (names an event a curator split off).",
  })
  rule!: string;
}

@ObjectType({ simpleResolvers: true, description: "An official as one report placed them in a meeting." })
export class ReportedParticipant {
  @Field(() => ParticipantRole, { description: "Host, guest or participant, as reported." })
  role!: string;
}

@ObjectType({ simpleResolvers: true, description: "An official's part in a meeting." })
export class MeetingParticipant {
  @Field(() => ParticipantRole, { description: "Host, guest or participant." })
  role!: string;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "A suggestion, proposal, request, call, invitation or recommendation one official made." })
export class Proposal extends Node {
  @Field(() => ProposalKind, { description: "The speech act." })
  kind!: string;

  @Field(() => String, { description: "What was proposed (the content clause, without the attribution)." })
  text!: string;

  @Field(() => String, { nullable: true, description: "The addressee as written when it is a country or organisation rather than an official (see `addressee`)." })
  addresseeName!: string | null;

  @Field(() => DateScalar, { description: "Date of the meeting where it was made, else of the report." })
  date!: Date;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: "An agreement, MoU, joint statement, treaty, plan or declaration, signed or in the making: one instrument, with the `history` of every report that tells it.",
})
export class Agreement extends Node {
  @Field(() => String, { description: "Lower snake case: `mou`, `joint_statement`, `agreement`, `treaty`, `contract`, `action_plan`, `declaration`, ..." })
  kind!: string;

  @Field(() => String, { description: "Title as written." })
  title!: string;

  @Field(() => AgreementStatus, { description: "How far it has come: the status of the latest report in its history." })
  status!: string;

  @Field(() => DateScalar, { description: "Date of the latest report in its history." })
  date!: Date;

  @Field(() => DateScalar, { nullable: true, description: "Date of the first report that tells it signed." })
  signedOn!: Date | null;

  @Field(() => String, { description: "Stable natural key: the smallest key (document content hash/ordinal) of the reports that tell it." })
  key!: string;
}

@ObjectType({ simpleResolvers: true, description: "One step of an agreement's history: what one report said of it." })
export class AgreementHistoryEntry {
  @Field(() => AgreementStatus, { description: "The status this report gave." })
  status!: string;

  @Field(() => DateScalar, { description: "Date of the report." })
  date!: Date;

  @Field(() => String, { description: "The title as this report wrote it." })
  title!: string;

  @Field(() => String, { description: "Why it belongs to the agreement: `key` (the mention that names it), `same_title` (kind, normalised title and parties agree), `curator:join` (a curator joined it) or `curator:split` (names an instrument a curator split off)." })
  rule!: string;
}

export enum FollowUpKind {
  AGREEMENT = "agreement",
  MEETING = "meeting",
}
registerEnumType(FollowUpKind, { name: "FollowUpKind", description: "What answered a proposal: an agreement or a meeting." });

@ObjectType({ simpleResolvers: true, description: "What matched between a proposal and its follow-up." })
export class FollowUpEvidence {
  @Field(() => [String], { description: "Content words of the agreement's title found in the proposal." })
  keywords!: string[];

  @Field(() => [String], { description: "Topics both share." })
  topics!: string[];

  @Field(() => [String], { description: "ISO codes of the countries both name (agreements)." })
  countries!: string[];

  @Field(() => [String], { description: "Keys of the proposal's speaker and counterparts present at the meeting (meetings)." })
  officials!: string[];

  @Field(() => [String], { description: "The agreement's steps after the proposal, e.g. `2024-12-05 signed`." })
  steps!: string[];
}

@ObjectType({ simpleResolvers: true, description: "A later agreement or meeting that answers a proposal: a link, never a merge." })
export class ProposalFollowUp {
  @Field(() => FollowUpKind, { description: "Agreement or meeting." })
  kind!: string;

  @Field(() => Float, { description: "0 to 1: how much of the evidence agrees." })
  score!: number;

  @Field(() => String, { description: "The rule that linked them: `agreement_title` or `meeting_parties`." })
  rule!: string;
}

export enum CuratedKind {
  MEETING = "meeting",
  AGREEMENT = "agreement",
}
registerEnumType(CuratedKind, { name: "CuratedKind", description: "The kind of event a curator decision is about." });

export enum CuratorAction {
  JOIN = "join",
  SPLIT = "split",
}
registerEnumType(CuratorAction, {
  name: "CuratorAction",
  description: "What a curator decided.",
  valuesConfig: { JOIN: { description: "These events are one." }, SPLIT: { description: "These mentions are not the same event as the rest of theirs." } },
});

@ObjectType({ simpleResolvers: true, description: "A mention a curator decision names, by its stable key." })
export class CuratedMention {
  @Field(() => String, { description: "`<document content hash>/<ordinal>`: the same across re-extraction and databases." })
  key!: string;

  @Field(() => Int, { description: "Its side of the decision: the event it came from (join), or 0 for the mentions taken out and 1 for the rest (split)." })
  side!: number;
}

@ObjectType({ simpleResolvers: true, description: "A curator's decision on events; resolution consults it whenever it re-clusters the mentions it names." })
export class CuratorDecision {
  @Field(() => Int, { description: "Its number (for undoCuratorDecision)." })
  id!: number;

  @Field(() => CuratorAction, { description: "Join or split." })
  action!: string;

  @Field(() => CuratedKind, { description: "Meetings or agreements." })
  kind!: string;

  @Field(() => DateTimeScalar, { description: "When it was made." })
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: "The curator's note." })
  note!: string | null;

  @Field(() => [CuratedMention], { description: "The mentions it names." })
  mentions!: CuratedMention[];
}

@ObjectType({ simpleResolvers: true, description: "A party to an agreement: the name as written, resolved to an official, organisation or country when possible." })
export class AgreementParty {
  @Field(() => String, { description: "The party as the report named it." })
  name!: string;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "A quantified goal, e.g. lifting two-way trade to US$100 billion." })
export class Target extends Node {
  @Field(() => String, { description: "What is measured, e.g. `two-way trade`." })
  metric!: string;

  @Field(() => Float, { description: "The goal's value." })
  value!: number;

  @Field(() => String, { description: "Unit of `value`, e.g. `USD`." })
  unit!: string;

  @Field(() => String, { nullable: true, description: "Year or date by which to reach it, when given." })
  deadline!: string | null;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "A sector from the controlled vocabulary (trade, energy, semiconductors, ...)." })
export class Topic extends Node {
  @Field(() => String, { description: "The topic's name (lower case)." })
  name!: string;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "An ingested news report: the source of every fact in the graph." })
export class Document extends Node {
  @Field(() => String, { description: "Path or label it was ingested from (unique)." })
  source!: string;

  @Field(() => String, { description: "SHA-256 of the text." })
  contentHash!: string;

  @Field(() => DateScalar, { description: "Publication date." })
  date!: Date;

  @Field(() => String, { nullable: true, description: "Headline, when the report has one." })
  title!: string | null;

  @Field(() => String, { nullable: true, description: "Dateline, e.g. `Hanoi (VNA)`." })
  dateline!: string | null;

  @Field(() => String, { description: "Version of the extractor that produced its facts." })
  extractorVersion!: string;

  @Field(() => Int, { description: "Number of words in the text." })
  wordCount!: number;

  @Field(() => DateTimeScalar, { description: "When it was first ingested." })
  ingestedAt!: Date;

  @Field(() => DateTimeScalar, { description: "When it was last (re)ingested." })
  updatedAt!: Date;
  @Field(() => String, { nullable: true, description: "Canonical URL of the article page it was read from; null for a local file." })
  url!: string | null;

  @Field(() => String, { nullable: true, description: "The publication that carried it (the page's site name, else the URL's host)." })
  outlet!: string | null;

  @Field(() => DateTimeScalar, { nullable: true, description: "When the page was fetched; null for a local file." })
  fetchedAt!: Date | null;
}

@ObjectType({ simpleResolvers: true, implements: Node, description: "Provenance: the words of a document a fact was read from." })
export class Evidence extends Node {
  @Field(() => Int, { description: "Index of the sentence in the document." })
  sentence!: number;

  @Field(() => Int, { description: "Start offset (UTF-16 code units, inclusive) into `Document.text`." })
  start!: number;

  @Field(() => Int, { description: "End offset (exclusive) into `Document.text`." })
  end!: number;

  @Field(() => String, { description: "`Document.text[start:end]`." })
  text!: string;
}

// ---- Connections ----

export const { Connection: OfficialConnection } = connectionOf(Official, "Official", "officials");
export const { Connection: MeetingConnection } = connectionOf(Meeting, "Meeting", "meetings");
export const { Connection: ProposalConnection } = connectionOf(Proposal, "Proposal", "proposals");
export const { Connection: AgreementConnection } = connectionOf(Agreement, "Agreement", "agreements");
export const { Connection: OrganizationConnection } = connectionOf(Organization, "Organization", "organisations");
export const { Connection: CountryConnection } = connectionOf(Country, "Country", "countries");
export const { Connection: TopicConnection } = connectionOf(Topic, "Topic", "topics");
export const { Connection: DocumentConnection } = connectionOf(Document, "Document", "documents");
export const { Connection: PositionConnection } = connectionOf(Position, "Position", "positions");
export const { Connection: EvidenceConnection } = connectionOf(Evidence, "Evidence", "evidence");

@ObjectType({ simpleResolvers: true, description: "An official someone met, with how often." })
export class CounterpartEdge {
  @Field(() => String, { description: "A cursor for use in pagination." })
  cursor!: string;

  @Field(() => Official, { description: "The official met." })
  node!: Official;

  @Field(() => Int, { description: "How many meetings the two shared." })
  meetingCount!: number;
}

@ObjectType({ simpleResolvers: true, description: "The officials an official met, most frequent first." })
export class CounterpartConnection {
  @Field(() => [CounterpartEdge], { description: "A list of edges." })
  edges!: CounterpartEdge[];

  @Field(() => [Official], { description: "A list of nodes (the edges' nodes)." })
  nodes!: Official[];

  @Field(() => PageInfo, { description: "Information to aid in pagination." })
  pageInfo!: PageInfo;

  @Field(() => Int, { simple: false, description: "How many different officials they met." })
  totalCount!: number;
}


// ---- Search ----

export const SearchResult = createUnionType({
  name: "SearchResult",
  description: "Anything `search` can find.",
  types: () => [Official, Organization, Country, Topic, Agreement, Meeting, Proposal, Document] as const,
  resolveType: (value) => (value as { __typename?: string }).__typename,
});
