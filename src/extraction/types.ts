// The extractor's output: the JSON shape fixed by docs/extraction-contract.md, plus
// provenance (`evidence`) on every fact so the store can record where each one came from.
// Extra keys are allowed by the contract; the contract's keys keep their meaning.

/** Character offsets are UTF-16 code-unit offsets into the original document text (JS string indices). */
export interface Evidence {
  /** Index of the sentence in `ExtractedDocument.sentences`. */
  sentence: number;
  /** Start offset (inclusive) into the original text. */
  start: number;
  /** End offset (exclusive) into the original text. */
  end: number;
  /** `text.slice(start, end)`: the words that triggered the fact. */
  text: string;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

export type CountryCode = string; // ISO 3166-1 alpha-2, e.g. "VN", "KR"

export interface ExtractedOfficial {
  /** Fullest form of the name the document gives. */
  name: string;
  country: CountryCode | null;
  /** The office as written, without the name. */
  title: string | null;
  /** Name of the organisation the title belongs to, if known. */
  organization: string | null;
  /** Shorter references that resolved to this person ("Dien", "Ambassador Oh"). */
  aliases: string[];
  evidence: Evidence[];
}

export interface ExtractedOrganization {
  name: string;
  acronym: string | null;
  country: CountryCode | null;
  evidence: Evidence[];
}

export type MeetingKind =
  | "reception"
  | "talks"
  | "phone_call"
  | "video_call"
  | "visit"
  | "dialogue"
  | "conference"
  | "working_session"
  | "meeting";

export type ParticipantRole = "host" | "guest" | "participant";

export interface ExtractedMeeting {
  kind: MeetingKind;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when the text gives none. */
  date: string | null;
  /**
   * The days (YYYY-MM-DD, inclusive) a date the text gives only roughly covers, when they are fewer
   * than `date`'s precision says: "last week" is the Monday to Sunday before the report's week.
   */
  period?: { start: string; end: string };
  location: string | null;
  status: "held" | "planned";
  /** Official names as in `officials`. */
  participants: string[];
  /** Role of each participant (same names as `participants`). */
  roles: { name: string; role: ParticipantRole }[];
  evidence: Evidence[];
}

export type ProposalKind = "suggestion" | "proposal" | "request" | "call" | "invitation" | "recommendation";

export interface ExtractedProposal {
  speaker: string | null;
  /** An official's name, or a country / organisation name, or null. */
  addressee: string | null;
  kind: ProposalKind;
  /** The content clause of the act, not the attribution. */
  text: string;
  topics: string[];
  /** Index into `meetings` of the meeting where the act was made, or null. */
  meeting: number | null;
  evidence: Evidence[];
}

export type AgreementStatus = "proposed" | "under_negotiation" | "signed" | "in_force";

export interface ExtractedAgreement {
  /** Lower snake case: mou, joint_statement, agreement, treaty, contract, action_plan, declaration, ... */
  kind: string;
  title: string;
  status: AgreementStatus;
  /** Names of the parties: officials, organisations (name or acronym) or countries. */
  parties: string[];
  /** Official who proposed it, if the text says. */
  proposer: string | null;
  evidence: Evidence[];
}

export interface ExtractedTarget {
  metric: string;
  value: number;
  unit: string;
  /** Year or date by which the target should be reached, when the text gives one. */
  deadline: string | null;
  evidence: Evidence[];
}

export interface ExtractedCountry {
  code: CountryCode;
  name: string;
}

export interface ExtractedDocument {
  source: string;
  document: { date: string; title: string | null; dateline: string | null };
  /** Content sentences (noise such as captions and repeated leads removed), with offsets. */
  sentences: Sentence[];
  officials: ExtractedOfficial[];
  organizations: ExtractedOrganization[];
  /** Countries mentioned or referenced by officials / organisations. */
  countries: ExtractedCountry[];
  meetings: ExtractedMeeting[];
  proposals: ExtractedProposal[];
  agreements: ExtractedAgreement[];
  targets: ExtractedTarget[];
  /** Controlled-vocabulary sector topics. */
  topics: string[];
}

export interface ExtractOptions {
  /** Path or label recorded as `source`. */
  source: string;
  /** Publication date (YYYY-MM-DD) when the text has no ` date` header. */
  date?: string;
}

/** A document the extractor refuses (no date, not text, ...); `message` names the reason. */
export class DocumentError extends Error {
  constructor(
    message: string,
    readonly source: string,
  ) {
    super(message);
    this.name = "DocumentError";
  }
}
