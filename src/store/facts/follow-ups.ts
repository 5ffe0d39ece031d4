// What came of a proposal: links from a proposal to later agreements and meetings that answer it
// (ProposalFollowUp). A link, never a merge: the proposal, the instrument and the event stay what
// they are. Conservative by rule:
//
// - agreement_title: the instrument advanced (under negotiation, signed, in force) in a report
//   dated after the proposal, and no report tells it signed or in force before; at least half of
//   its title's content words (the normalised title, facts/agreements.ts) are in the proposal's
//   text; and the countries agree (every country of the proposal, at least two, is among the
//   instrument's, or its one country when it names one).
// - meeting_parties: a later meeting (from the next day, within two years), not the one where the
//   proposal was made, with the speaker and a counterpart of the proposal (its addressee, or another
//   participant of the meeting where it was made), and a topic in common (of the reports telling the
//   meeting and the proposals made there), or an invitation answered by a visit.
//
// Whether a pair links depends only on the two sides' content (the proposal's own report; the
// event's or instrument's mentions), never on other pairs, and the links of a side are recomputed
// whenever it changes (a proposal when its report is written; an event or instrument whenever
// resolution touches it), so the links do not depend on the order reports arrive in.
import { lookupCountry } from "../../extraction/index.ts";
import { foldText } from "../keys.ts";
import { Sql } from "../sql.ts";
import { titleWords } from "./agreements.ts";

const DAY = 86_400_000;
const HORIZON = 731 * DAY;
const ADVANCED = ["under_negotiation", "signed", "in_force"];
const CONCLUDED = new Set(["signed", "in_force"]);

export type FollowUpKind = "agreement" | "meeting";

export interface FollowUpEvidence {
  /** Content words of the instrument's title found in the proposal. */
  keywords: string[];
  /** Topics the proposal shares with the meeting (or whose name is in the instrument's title). */
  topics: string[];
  /** ISO codes of the countries both sides name. */
  countries: string[];
  /** Officials of the proposal at the meeting (by key). */
  officials: string[];
  /**
   * The instrument's steps after the proposal, one a status: its first report after the proposal
   * ("2024-09-10 signed"), or its latest when that status was reported before it too.
   */
  steps: string[];
}

export interface ProposalSide {
  id: number;
  kind: string;
  date: number;
  words: Set<string>;
  topics: Set<string>;
  /** ISO codes. */
  countries: Set<string>;
  speakerId: number | null;
  counterparts: Set<number>;
  meetingMentionId: number | null;
}

interface AgreementSide {
  id: number;
  words: string[];
  /** ISO codes. */
  countries: Set<string>;
  /** Each advanced status it was reported in: the dates of its first and latest report. */
  steps: { status: string; first: number; last: number }[];
}

interface MeetingSide {
  id: number;
  kind: string;
  start: number | null;
  participants: Set<number>;
  mentions: Set<number>;
  topics: Set<string>;
}

const ids = (n: number) => Array.from({ length: n }, () => "?").join(", ");
const time = (d: string | Date) => new Date(d).getTime();
const day = (t: number) => new Date(t).toISOString().slice(0, 10);
const round = (x: number) => Math.round(x * 100) / 100;
const sorted = <T>(values: Iterable<T>) => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function push<K, V>(map: Map<K, Set<V>>, key: K, value: V) {
  (map.get(key) ?? map.set(key, new Set()).get(key)!).add(value);
}

export interface ProposalRow {
  id: number;
  kind: string;
  text: string;
  date: number;
  speakerId: number | null;
  addresseeId: number | null;
  addresseeName: string | null;
  meetingMentionId: number | null;
}

/** A proposal's counterparts (meetingLink): its addressee and the participants of the meeting where it was made, not its speaker. */
export function counterpartsOf(speakerId: number | null, addresseeId: number | null, participants: Iterable<number>): Set<number> {
  const counterparts = new Set([...participants].filter((o) => o !== speakerId));
  if (addresseeId !== null && addresseeId !== speakerId) counterparts.add(addresseeId);
  return counterparts;
}

/** A date as days since 1970-01-01, rounded down (ProposalCounterpart's "day"). */
export const dayOf = (d: Date | number) => Math.floor((typeof d === "number" ? d : d.getTime()) / DAY);

export const COUNTERPART_COLUMNS = ["proposalId", "officialId", "speakerId", "day"];

/**
 * Writes the counterparts of one document's proposals again from its rows, as writeProposals
 * wrote them: after its officials moved (nodes/identity.ts), which may have merged two of a
 * proposal's counterparts or made one its speaker. The migration proposal_counterparts fills
 * them in the same way for every proposal.
 */
export async function rewriteCounterparts(sql: Sql, documentId: number): Promise<void> {
  const day =
    sql.provider === "postgresql"
      ? `CAST(floor(extract(epoch FROM p."date") / 86400) AS INTEGER)`
      : // Integer division rounds towards zero: before 1970 it is rounded down by hand.
        `CASE WHEN CAST(strftime('%s', p."date") AS INTEGER) >= 0 THEN CAST(strftime('%s', p."date") AS INTEGER) / 86400 ELSE -((86399 - CAST(strftime('%s', p."date") AS INTEGER)) / 86400) END`;
  await sql.send(`DELETE FROM "ProposalCounterpart" WHERE "proposalId" IN (SELECT "id" FROM "Proposal" WHERE "documentId" = ?)`, [documentId]);
  await sql.send(
    `INSERT INTO "ProposalCounterpart" ("proposalId", "officialId", "speakerId", "day")
     SELECT DISTINCT p."id", c."officialId", p."speakerId", ${day}
       FROM "Proposal" p JOIN (SELECT "id" AS "proposalId", "addresseeId" AS "officialId" FROM "Proposal" WHERE "documentId" = ?
                               UNION SELECT q."id", mp."officialId" FROM "Proposal" q JOIN "MeetingMentionParticipant" mp ON mp."mentionId" = q."meetingMentionId" WHERE q."documentId" = ?) c
         ON c."proposalId" = p."id"
      WHERE p."documentId" = ? AND p."speakerId" IS NOT NULL AND c."officialId" IS NOT NULL AND c."officialId" <> p."speakerId"`,
    [documentId, documentId, documentId],
  );
}

/**
 * A proposal as the rules see it, from its own report only: its topics, the participants of the
 * meeting where it was made, and the countries that report gave the speaker, addressee and those
 * participants (plus a country it was addressed to by name). Ingest builds it from what it holds.
 */
export function proposalSide(r: ProposalRow, topics: Iterable<string>, participants: Iterable<number>, reportedCountries: Iterable<string>): ProposalSide {
  const countries = new Set(reportedCountries);
  const addressed = r.addresseeName ? lookupCountry(r.addresseeName) : null;
  if (addressed) countries.add(addressed.code);
  const counterparts = counterpartsOf(r.speakerId, r.addresseeId, participants);
  return {
    id: r.id,
    kind: r.kind,
    date: r.date,
    words: new Set(foldText(r.text).split(" ").filter(Boolean)),
    topics: new Set(topics),
    countries,
    speakerId: r.speakerId,
    counterparts,
    meetingMentionId: r.meetingMentionId,
  };
}

async function loadProposals(sql: Sql, proposalIds: number[]): Promise<ProposalSide[]> {
  if (!proposalIds.length) return [];
  const list = ids(proposalIds.length);
  const rows = await sql.rows<Omit<ProposalRow, "date"> & { date: string | Date }>(
    `SELECT "id", "kind", "text", "date", "speakerId", "addresseeId", "addresseeName", "meetingMentionId" FROM "Proposal" WHERE "id" IN (${list})`,
    proposalIds,
  );
  const facts = await sql.rows<{ proposalId: number; what: string; value: string }>(
    `SELECT pt."proposalId", 'topic' AS "what", t."name" AS "value" FROM "ProposalTopic" pt JOIN "Topic" t ON t."id" = pt."topicId" WHERE pt."proposalId" IN (${list})
     UNION ALL
     SELECT p."id", 'participant', CAST(mp."officialId" AS TEXT) FROM "Proposal" p JOIN "MeetingMentionParticipant" mp ON mp."mentionId" = p."meetingMentionId" WHERE p."id" IN (${list})
     UNION ALL
     SELECT p."id", 'country', c."code" FROM "Proposal" p JOIN "OfficialMention" om ON om."documentId" = p."documentId" JOIN "Country" c ON c."id" = om."countryId"
      WHERE p."id" IN (${list})
        AND (om."officialId" = p."speakerId" OR om."officialId" = p."addresseeId"
             OR om."officialId" IN (SELECT mp."officialId" FROM "MeetingMentionParticipant" mp WHERE mp."mentionId" = p."meetingMentionId"))`,
    [...proposalIds, ...proposalIds, ...proposalIds],
  );
  const topics = new Map<number, Set<string>>();
  const participants = new Map<number, Set<number>>();
  const countries = new Map<number, Set<string>>();
  for (const f of facts) {
    if (f.what === "topic") push(topics, f.proposalId, f.value);
    else if (f.what === "participant") push(participants, f.proposalId, Number(f.value));
    else push(countries, f.proposalId, f.value);
  }
  return rows.map((r) => proposalSide({ ...r, date: time(r.date) }, topics.get(r.id) ?? [], participants.get(r.id) ?? [], countries.get(r.id) ?? []));
}

/**
 * The countries each of these mentions gives its instrument's side, worked out once and kept on the
 * mention (countryCodes): its parties' countries (countries, and officials as that report placed
 * them), or, for a report naming no country party, the countries of the officials it names. Only
 * mentions not worked out yet come here, so a report costs its own rows, not its instrument's whole
 * history (issue #17: ingestion flat as the graph grows).
 */
async function fillMentionCountries(sql: Sql, pending: { id: number; agreementId: number }[]): Promise<{ agreementId: number; codes: string }[]> {
  const out: { agreementId: number; codes: string }[] = [];
  for (let i = 0; i < pending.length; i += 300) {
    const chunk = pending.slice(i, i + 300);
    const mentionIds = chunk.map((m) => m.id);
    const list = ids(chunk.length);
    const facts = await sql.rows<{ mentionId: number; code: string; party: number }>(
      `SELECT ap."mentionId", c."code", 1 AS "party" FROM "AgreementParty" ap JOIN "Country" c ON c."id" = ap."countryId" WHERE ap."mentionId" IN (${list})
       UNION ALL
       SELECT ap."mentionId", c."code", 1 FROM "AgreementParty" ap JOIN "AgreementMention" am ON am."id" = ap."mentionId"
         JOIN "OfficialMention" om ON om."officialId" = ap."officialId" AND om."documentId" = am."documentId" JOIN "Country" c ON c."id" = om."countryId"
        WHERE ap."mentionId" IN (${list})
       UNION ALL
       SELECT am."id", c."code", 0 FROM "AgreementMention" am JOIN "OfficialMention" om ON om."documentId" = am."documentId" JOIN "Country" c ON c."id" = om."countryId"
        WHERE am."id" IN (${list})`,
      [...mentionIds, ...mentionIds, ...mentionIds],
    );
    const party = new Map<number, Set<string>>();
    const reported = new Map<number, Set<string>>();
    for (const f of facts) push(Number(f.party) ? party : reported, f.mentionId, f.code);
    const codes = chunk.map((m) => ({ agreementId: m.agreementId, codes: sorted(party.get(m.id) ?? reported.get(m.id) ?? []).join(" ") }));
    await sql.send(
      `UPDATE "AgreementMention" SET "countryCodes" = CASE "id" ${chunk.map(() => "WHEN ? THEN ?").join(" ")} END WHERE "id" IN (${list})`,
      [...chunk.flatMap((m, k) => [m.id, codes[k]!.codes]), ...mentionIds],
    );
    out.push(...codes);
  }
  return out;
}

/**
 * The instruments as the rules see them: the words of their head mention's title, the countries
 * of all their mentions and the first and latest report of each advanced status. Each is read by
 * index seeks (a status's first and latest report; the distinct country sets one after another),
 * never by reading the instrument's reports, so an instrument told by thousands of reports costs a
 * new report what one told by a few does (issue #17: ingestion flat as the graph grows).
 */
async function loadAgreements(sql: Sql, agreementIds: number[]): Promise<AgreementSide[]> {
  if (!agreementIds.length) return [];
  const list = ids(agreementIds.length);
  const bound = (fn: "MIN" | "MAX", k: number) =>
    `(SELECT ${fn}(x."date") FROM "AgreementMention" x WHERE x."agreementId" = a."id" AND x."status" = '${ADVANCED[k]}') AS "${fn === "MIN" ? "f" : "l"}${k}"`;
  const none = ADVANCED.flatMap((_, k) => [`NULL AS "f${k}"`, `NULL AS "l${k}"`]).join(", ");
  // One row per instrument (h: its head's title key and each status's first and latest report), then
  // its distinct country sets (c), the next one from the last (a loose index scan), and its mentions
  // whose countries are not worked out yet (p).
  const rows = await sql.rows<{ what: string; agreementId: number; value: string | null; id: number | null } & Record<string, string | Date | null>>(
    `WITH RECURSIVE cc("agreementId", "codes") AS (
       SELECT a."id", (SELECT MIN(x."countryCodes") FROM "AgreementMention" x WHERE x."agreementId" = a."id") FROM "Agreement" a WHERE a."id" IN (${list})
       UNION ALL
       SELECT cc."agreementId", (SELECT MIN(x."countryCodes") FROM "AgreementMention" x WHERE x."agreementId" = cc."agreementId" AND x."countryCodes" > cc."codes")
         FROM cc WHERE cc."codes" IS NOT NULL)
     SELECT 'h' AS "what", a."id" AS "agreementId", am."titleKey" AS "value", CAST(NULL AS INTEGER) AS "id", ${ADVANCED.flatMap((_, k) => [bound("MIN", k), bound("MAX", k)]).join(", ")}
       FROM "Agreement" a JOIN "AgreementMention" am ON am."documentId" = a."documentId" AND am."ordinal" = a."ordinal" WHERE a."id" IN (${list})
     UNION ALL
     SELECT 'c', "agreementId", "codes", NULL, ${none} FROM cc WHERE "codes" IS NOT NULL
     UNION ALL
     SELECT 'p', "agreementId", NULL, "id", ${none} FROM "AgreementMention" WHERE "agreementId" IN (${list}) AND "countryCodes" IS NULL`,
    [...agreementIds, ...agreementIds, ...agreementIds],
  );
  const out = new Map<number, AgreementSide>();
  for (const h of rows) {
    if (h.what !== "h") continue;
    const steps = ADVANCED.flatMap((status, k) => (h[`f${k}`] ? [{ status, first: time(h[`f${k}`]!), last: time(h[`l${k}`]!) }] : []));
    out.set(h.agreementId, { id: h.agreementId, words: titleWords(h.value!), countries: new Set(), steps });
  }
  const pending = rows.filter((r) => r.what === "p").map((r) => ({ id: Number(r.id), agreementId: r.agreementId }));
  const codes = [...rows.filter((r) => r.what === "c").map((r) => ({ agreementId: r.agreementId, codes: r.value! })), ...(await fillMentionCountries(sql, pending))];
  for (const c of codes) for (const code of c.codes.split(" ")) if (code) out.get(c.agreementId)?.countries.add(code);
  return [...out.values()].sort((x, y) => x.id - y.id);
}

async function loadMeetings(sql: Sql, meetingIds: number[]): Promise<MeetingSide[]> {
  if (!meetingIds.length) return [];
  const list = ids(meetingIds.length);
  // The events' rows and their facts in one statement (issue #16: a round trip per document on
  // PostgreSQL). The rows come first, so "dateStart" keeps its declared type on SQLite.
  const rows = await sql.rows<{ meetingId: number; what: string; value: string; dateStart: string | Date | null }>(
    `SELECT "id" AS "meetingId", 'meeting' AS "what", "kind" AS "value", "dateStart" FROM "Meeting" WHERE "id" IN (${list})
     UNION ALL
     SELECT "meetingId", 'participant', CAST("officialId" AS TEXT), NULL FROM "MeetingParticipant" WHERE "meetingId" IN (${list})
     UNION ALL
     SELECT "meetingId", 'mention', CAST("id" AS TEXT), NULL FROM "MeetingMention" WHERE "meetingId" IN (${list})
     UNION ALL
     SELECT mm."meetingId", 'topic', t."name", NULL FROM "MeetingMention" mm JOIN "DocumentTopic" dt ON dt."documentId" = mm."documentId" JOIN "Topic" t ON t."id" = dt."topicId" WHERE mm."meetingId" IN (${list})
     UNION ALL
     SELECT p."meetingId", 'topic', t."name", NULL FROM "Proposal" p JOIN "ProposalTopic" pt ON pt."proposalId" = p."id" JOIN "Topic" t ON t."id" = pt."topicId" WHERE p."meetingId" IN (${list})`,
    [...meetingIds, ...meetingIds, ...meetingIds, ...meetingIds, ...meetingIds],
  );
  const events: { id: number; kind: string; dateStart: string | Date | null }[] = [];
  const participants = new Map<number, Set<number>>();
  const mentions = new Map<number, Set<number>>();
  const topics = new Map<number, Set<string>>();
  for (const f of rows) {
    if (f.what === "meeting") events.push({ id: f.meetingId, kind: f.value, dateStart: f.dateStart });
    else if (f.what === "participant") push(participants, f.meetingId, Number(f.value));
    else if (f.what === "mention") push(mentions, f.meetingId, Number(f.value));
    else push(topics, f.meetingId, f.value);
  }
  return events.map((r) => ({
    id: r.id,
    kind: r.kind,
    start: r.dateStart === null ? null : time(r.dateStart),
    participants: participants.get(r.id) ?? new Set(),
    mentions: mentions.get(r.id) ?? new Set(),
    topics: topics.get(r.id) ?? new Set(),
  }));
}

interface Link {
  proposalId: number;
  kind: FollowUpKind;
  targetId: number;
  score: number;
  rule: string;
  evidence: FollowUpEvidence;
}

const noEvidence = (): FollowUpEvidence => ({ keywords: [], topics: [], countries: [], officials: [], steps: [] });

/** Whether an instrument answers a proposal (rule agreement_title), with the score and evidence. */
export function agreementLink(p: ProposalSide, a: AgreementSide): Link | null {
  if (a.steps.some((s) => s.first < p.date && CONCLUDED.has(s.status))) return null;
  const later = a.steps
    .filter((s) => s.last > p.date)
    .map((s) => ({ date: s.first > p.date ? s.first : s.last, status: s.status }))
    .sort((x, y) => x.date - y.date || (x.status < y.status ? -1 : 1));
  if (!later.length || !a.words.length || !p.countries.size) return null;
  const keywords = a.words.filter((w) => p.words.has(w));
  if (!keywords.length || keywords.length * 2 < a.words.length) return null;
  const shared = [...p.countries].filter((c) => a.countries.has(c));
  if (shared.length < Math.min(2, p.countries.size) || shared.length < p.countries.size) return null;
  const union = new Set([...p.countries, ...a.countries]).size;
  return {
    proposalId: p.id,
    kind: "agreement",
    targetId: a.id,
    score: round(0.6 * (keywords.length / a.words.length) + 0.4 * (shared.length / union)),
    rule: "agreement_title",
    evidence: {
      ...noEvidence(),
      keywords: sorted(keywords),
      topics: sorted([...p.topics].filter((t) => foldText(t).split(" ").every((w) => a.words.includes(w)))),
      countries: sorted(shared),
      steps: later.map((s) => `${day(s.date)} ${s.status}`),
    },
  };
}

/** Whether a meeting answers a proposal (rule meeting_parties), with the score and evidence. */
export function meetingLink(p: ProposalSide, m: MeetingSide, officialKey: (id: number) => string): Link | null {
  if (p.speakerId === null || m.start === null || !m.participants.has(p.speakerId)) return null;
  if (m.start < p.date + DAY || m.start > p.date + HORIZON) return null;
  if (p.meetingMentionId !== null && m.mentions.has(p.meetingMentionId)) return null;
  const present = [...p.counterparts].filter((o) => m.participants.has(o));
  if (!present.length) return null;
  const topics = [...p.topics].filter((t) => m.topics.has(t));
  const invited = p.kind === "invitation" && m.kind === "visit";
  if (!topics.length && !invited) return null;
  const topicShare = p.topics.size ? topics.length / p.topics.size : 0;
  return {
    proposalId: p.id,
    kind: "meeting",
    targetId: m.id,
    score: round(0.4 + 0.3 * (present.length / p.counterparts.size) + 0.3 * (invited ? 1 : topicShare)),
    rule: "meeting_parties",
    evidence: { ...noEvidence(), topics: sorted(topics), officials: sorted([p.speakerId, ...present].map(officialKey)) },
  };
}

export interface Changed {
  /** Proposals just written (their links to every event and instrument are computed). */
  proposals?: number[];
  /** Events and instruments resolution touched (their links to every proposal are recomputed). */
  meetings?: number[];
  agreements?: number[];
}

/**
 * The countries the rules give a stored proposal from its own report (loadProposals): those its
 * report gave the speaker, the addressee and the participants of the meeting where it was made.
 * `p` is the proposal's row; `codes` is a condition on the country's code.
 */
const reportedCountryOf = (p: string, codes: string) =>
  `SELECT 1 FROM "OfficialMention" om JOIN "Country" c ON c."id" = om."countryId"
    WHERE om."documentId" = ${p}."documentId" AND ${codes}
      AND (om."officialId" = ${p}."speakerId" OR om."officialId" = ${p}."addresseeId"
           OR om."officialId" IN (SELECT mp."officialId" FROM "MeetingMentionParticipant" mp WHERE mp."mentionId" = ${p}."meetingMentionId"))`;

/**
 * The statement finding an instrument's candidate proposals: those holding `need` of its title's
 * `n` words, dated before a step (and on or before a second), one range of ProposalWord per word;
 * and, of those, the ones the countries rule (agreementLink) can pass: the proposal names some
 * country (through its officials, or an addressee by name, which is looked up afterwards) and none
 * of its officials' countries is outside the instrument's `countries` codes. The candidates of a
 * title with a common word grow with the corpus; this keeps the ones loaded to those that can link
 * (issue #17: ingestion flat as the graph grows). The instrument and the threshold are bound, not
 * written into the text, so one text serves every instrument with as many words and countries:
 * SQLite compiled each new text again, about 0.4 ms a time (issue #16).
 */
export function candidatesOfTitle(n: number, bounded: boolean, countries: number): string {
  return (
    `SELECT CAST(? AS INTEGER) AS "agreementId", p."id" FROM` +
    ` (SELECT "proposalId" FROM "ProposalWord" WHERE "word" IN (${ids(n)}) AND "date" < ?${bounded ? ` AND "date" <= ?` : ""}` +
    ` GROUP BY "proposalId" HAVING COUNT(*) >= ?) w JOIN "Proposal" p ON p."id" = w."proposalId"` +
    ` WHERE (p."addresseeName" IS NOT NULL OR EXISTS (${reportedCountryOf("p", "1 = 1")}))` +
    ` AND NOT EXISTS (${reportedCountryOf("p", `c."code" NOT IN (${ids(countries)})`)})`
  );
}

/** One proposal still marked as from before the index, if any (fillPendingWords). */
const PENDING = `SELECT * FROM (SELECT -1 AS "agreementId", "proposalId" AS "id" FROM "ProposalWord" WHERE "word" = '' LIMIT 1) AS "pending"`;

/** The words of a proposal a title can match on: those titleWords keeps, each once. */
const indexedWords = (p: { words: Set<string> }) => [...new Set(titleWords([...p.words].join(" ")))];

/**
 * Writes the word index rows of these proposals. A proposal's text and date never change once
 * written (a changed report writes new proposals), so its rows never need replacing.
 */
async function writeWords(sql: Sql, sides: { id: number; date: number; words: Set<string> }[]): Promise<void> {
  if (!sides.length) return;
  const rows = sides.flatMap((p) => indexedWords(p).map((w) => [w, new Date(p.date), p.id] as [string, Date, number]));
  // Two writers filling the same proposal from its marker write the same rows: the second adds nothing.
  for (let i = 0; i < rows.length; i += 300) {
    const chunk = rows.slice(i, i + 300);
    await sql.send(
      `INSERT INTO "ProposalWord" ("word", "date", "proposalId") VALUES ${chunk.map(() => "(?, ?, ?)").join(", ")} ON CONFLICT DO NOTHING`,
      chunk.flat(),
    );
  }
}

/**
 * Proposals written before the word index carry a marker row (the empty word, put there by the
 * migration): their words are folded here, a batch at a time, and the marker goes.
 */
async function fillPendingWords(sql: Sql): Promise<void> {
  for (;;) {
    const pending = await sql.rows<{ proposalId: number }>(`SELECT "proposalId" FROM "ProposalWord" WHERE "word" = '' LIMIT 500`);
    if (!pending.length) return;
    const list = pending.map((r) => r.proposalId);
    const rows = await sql.rows<{ id: number; text: string; date: string | Date }>(`SELECT "id", "text", "date" FROM "Proposal" WHERE "id" IN (${ids(list.length)})`, list);
    await sql.send(`DELETE FROM "ProposalWord" WHERE "word" = '' AND "proposalId" IN (${ids(list.length)})`, list);
    await writeWords(sql, rows.map((r) => ({ id: r.id, date: time(r.date), words: new Set(foldText(r.text).split(" ").filter(Boolean)) })));
  }
}

/**
 * Recomputes the follow-up links of the changed proposals, events and instruments: their rows are
 * replaced by what the rules give now.
 */
export async function refreshFollowUps(sql: Sql, changed: Changed, loaded: ProposalSide[] = []): Promise<void> {
  const proposals = [...new Set(changed.proposals ?? [])];
  const meetings = [...new Set(changed.meetings ?? [])];
  const agreements = [...new Set(changed.agreements ?? [])];
  if (!proposals.length && !meetings.length && !agreements.length) return;

  // Candidate pairs: only what the rules can link (an advanced step after the proposal; the
  // speaker at a later meeting; a title word in the text).
  const pairsA = new Map<number, Set<number>>(); // agreement -> proposals
  const pairsM = new Map<number, Set<number>>(); // meeting -> proposals
  const inMemory = loaded.filter((p) => proposals.includes(p.id));
  const mine = [...inMemory, ...(await loadProposals(sql, proposals.filter((id) => !inMemory.some((p) => p.id === id))))];
  await writeWords(sql, mine);
  // The reads below that do not wait for one another are sent together: on PostgreSQL they go out
  // back to back on the write's connection (direct.ts: pipeline mode), one round trip for all
  // (issue #16). Each stays a statement of its own, so each keeps its prepared generic plan (one
  // statement of them all was planned at every call: bench/README.md, ingest25).
  const stepsAndSeen = async () => {
    if (!mine.length) return [];
    const earliest = Math.min(...mine.map((p) => p.date));
    const latest = Math.max(...mine.map((p) => p.date));
    const speakers = [...new Set(mine.map((p) => p.speakerId).filter((s): s is number => s !== null))];
    // The instruments' advanced steps after the earliest proposal and the speakers' later
    // meetings, in one statement (issue #16: a round trip per document on PostgreSQL). The steps
    // come first, so "date" keeps its declared type on SQLite.
    return sql.rows<{ what: string; id: number; titleKey: string | null; officialId: number | null; date: string | Date | null }>(
      `SELECT DISTINCT 'step' AS "what", "agreementId" AS "id", "titleKey", CAST(NULL AS INTEGER) AS "officialId", "date"
        FROM "AgreementMention" WHERE "agreementId" IS NOT NULL AND "date" > ? AND "status" IN (${ids(ADVANCED.length)})` +
        (speakers.length
          ? ` UNION ALL SELECT 'seen', mp."meetingId", CAST(NULL AS TEXT), mp."officialId", mp."dateStart" FROM "MeetingParticipant" mp
        WHERE mp."officialId" IN (${ids(speakers.length)}) AND mp."dateStart" >= ? AND mp."dateStart" <= ?`
          : ""),
      [new Date(earliest), ...ADVANCED, ...(speakers.length ? [...speakers, new Date(earliest + DAY), new Date(latest + HORIZON)] : [])],
    );
  };
  const [found, agreementsRead, meetingsRead] = await Promise.all([stepsAndSeen(), loadAgreements(sql, agreements), loadMeetings(sql, meetings)]);
  for (const s of found) {
    if (s.what !== "step") continue;
    const words = titleWords(s.titleKey!);
    for (const p of mine) if (time(s.date!) > p.date && words.some((w) => p.words.has(w))) push(pairsA, s.id, p.id);
  }
  for (const s of found) {
    if (s.what !== "seen") continue;
    for (const p of mine) if (p.speakerId === s.officialId && s.date !== null && time(s.date) >= p.date + DAY) push(pairsM, s.id, p.id);
  }
  let theirAgreements = agreementsRead;
  // agreementLink refuses a proposal made after a concluded step, or holding less than half of the
  // title's words: only what can pass is read, from the word index (ProposalWord), for all the
  // instruments in one statement.
  const searches: { agreementId: number; words: string[]; need: number; before: Date; notAfter: Date | null; countries: string[] }[] = [];
  for (const a of theirAgreements) {
    const last = Math.max(...a.steps.map((s) => s.last), -Infinity);
    // No country on the instrument's side: no proposal can pass the countries rule.
    if (last === -Infinity || !a.words.length || !a.countries.size) continue;
    const concluded = Math.min(...a.steps.filter((s) => CONCLUDED.has(s.status)).map((s) => s.first), Infinity);
    const words = [...new Set(a.words)];
    // A title repeating a word counts it each time (agreementLink): then any one word is a candidate.
    const need = words.length === a.words.length ? Math.ceil(words.length / 2) : 1;
    searches.push({ agreementId: a.id, words, need, before: new Date(last), notAfter: concluded === Infinity ? null : new Date(concluded), countries: sorted(a.countries) });
  }
  const titleCandidates = async () => {
    if (!searches.length) return [];
    // The same statement tells whether proposals from before the index are left (agreement -1):
    // then their words are filled in and the search runs again.
    const search = () =>
      sql.rows<{ agreementId: number; id: number }>(
        [...searches.map((q) => candidatesOfTitle(q.words.length, q.notAfter !== null, q.countries.length)), PENDING].join(" UNION ALL "),
        searches.flatMap((q) => [q.agreementId, ...q.words, q.before, ...(q.notAfter ? [q.notAfter] : []), Math.max(1, Math.trunc(q.need)), ...q.countries]),
      );
    let found = await search();
    if (found.some((r) => r.agreementId === -1)) {
      await fillPendingWords(sql);
      found = await search();
    }
    return found;
  };
  let theirMeetings = meetingsRead;
  // Within the horizon only (meetingLink): a minister's older proposals are no candidates. Nor
  // are those with no counterpart at this meeting (their addressee, or another participant of
  // the meeting where they were made) (issue #17). Read by pairs of the meeting's participants
  // (speaker, counterpart) from ProposalCounterpart's index, each pair one range of days: the
  // work is the meeting's people and what they proposed to each other within the horizon, not
  // each speaker's proposals to anyone (issue #16: that grew with the corpus). The days hold
  // the horizon's dates (rounded down, so its first and last day whole); meetingLink checks them.
  const counterpartCandidates = theirMeetings.flatMap((m) => {
    if (m.start === null || m.participants.size < 2) return [];
    const parts = [...m.participants];
    const list = ids(parts.length);
    return [
      sql
        .rows<{ id: number }>(
          `SELECT DISTINCT "proposalId" AS "id" FROM "ProposalCounterpart" WHERE "speakerId" IN (${list}) AND "officialId" IN (${list}) AND "day" >= ? AND "day" <= ?`,
          [...parts, ...parts, dayOf(m.start - HORIZON), dayOf(m.start - DAY)],
        )
        .then((found) => ({ meetingId: m.id, found })),
    ];
  });
  const [byTitle, ...byCounterparts] = await Promise.all([titleCandidates(), ...counterpartCandidates]);
  for (const r of byTitle!) if (r.agreementId !== -1) push(pairsA, r.agreementId, r.id);
  for (const { meetingId, found } of byCounterparts as { meetingId: number; found: { id: number }[] }[]) for (const r of found) push(pairsM, meetingId, r.id);

  // Load what the candidates need and is not loaded yet.
  const byProposal = new Map(mine.map((p) => [p.id, p]));
  const wanted = [...new Set([...pairsA.values(), ...pairsM.values()].flatMap((s) => [...s]))].filter((id) => !byProposal.has(id));
  const knownA = new Set(theirAgreements.map((a) => a.id));
  const knownM = new Set(theirMeetings.map((m) => m.id));
  const [wantedProposals, moreAgreements, moreMeetings] = await Promise.all([
    loadProposals(sql, wanted),
    loadAgreements(sql, [...pairsA.keys()].filter((id) => !knownA.has(id))),
    loadMeetings(sql, [...pairsM.keys()].filter((id) => !knownM.has(id))),
  ]);
  for (const p of wantedProposals) byProposal.set(p.id, p);
  theirAgreements = [...theirAgreements, ...moreAgreements];
  theirMeetings = [...theirMeetings, ...moreMeetings];

  const links: Link[] = [];
  const officialIds = new Set<number>();
  for (const a of theirAgreements) for (const pid of pairsA.get(a.id) ?? []) {
    const p = byProposal.get(pid);
    const link = p && agreementLink(p, a);
    if (link) links.push(link);
  }
  for (const m of theirMeetings) for (const pid of pairsM.get(m.id) ?? []) {
    const p = byProposal.get(pid);
    const link = p && meetingLink(p, m, String);
    if (link) {
      links.push(link);
      for (const o of link.evidence.officials) officialIds.add(Number(o));
    }
  }
  // Evidence names officials by their stable keys, not row IDs.
  const keys = officialIds.size ? new Map((await sql.rows<{ id: number; key: string }>(`SELECT "id", "key" FROM "Official" WHERE "id" IN (${ids(officialIds.size)})`, [...officialIds])).map((r) => [String(r.id), r.key])) : new Map();
  for (const l of links) l.evidence.officials = sorted(l.evidence.officials.map((o) => keys.get(o) ?? o));

  const where: string[] = [];
  const params: number[] = [];
  for (const [column, list] of [["proposalId", proposals], ["meetingId", meetings], ["agreementId", agreements]] as const) {
    if (!list.length) continue;
    where.push(`"${column}" IN (${ids(list.length)})`);
    params.push(...list);
  }
  await sql.send(`DELETE FROM "ProposalFollowUp" WHERE ${where.join(" OR ")}`, params);
  // Each pair once, whichever side found it; rows in a fixed order.
  const unique = new Map(links.map((l) => [`${l.proposalId}/${l.kind}/${l.targetId}`, l]));
  const rows = [...unique.values()].sort((a, b) => a.proposalId - b.proposalId || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || a.targetId - b.targetId);
  if (rows.length) {
    await sql.insert(
      "ProposalFollowUp",
      ["proposalId", "kind", "agreementId", "meetingId", "score", "rule", "evidence"],
      rows.map((l) => [l.proposalId, l.kind, l.kind === "agreement" ? l.targetId : null, l.kind === "meeting" ? l.targetId : null, l.score, l.rule, JSON.stringify(l.evidence)]),
    );
  }
}
