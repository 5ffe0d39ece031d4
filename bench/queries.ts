// The four representative queries, each written three ways over the same data:
//   - diplograph: the project's GraphQL API (src/graphql);
//   - peer: PostGraphile 5 on the same PostgreSQL database (its generated schema, plus the SQL
//     functions in PEER_SQL, the way PostGraphile is extended for orderings and filters its CRUD
//     schema lacks: computed columns and custom root queries);
//   - floor: one hand-written SQL statement through `pg` that returns the same data as JSON.
// `canon*` map each answer to one canonical form, so the bench checks that all three agree.
import { foldText } from "../src/store/keys.ts";
import type { GraphQLRequest } from "./load.ts";

export type QueryId = "officialMeetings" | "proposalsByTopic" | "meetingsBetween" | "search";

export interface QueryParams {
  /** ISO country codes with officials (Q1). */
  countries: string[];
  /** Topic names that have proposals (Q2). */
  topics: string[];
  /** [from, to] date windows, YYYY-MM-DD (Q3). */
  windows: [string, string][];
  /** Search texts (Q4). */
  searches: string[];
}

export interface BenchQuery {
  id: QueryId;
  title: string;
  /** Levels of nesting below the root list. */
  depth: number;
  diplograph: (p: QueryParams, i: number) => GraphQLRequest;
  peer: (p: QueryParams, i: number) => GraphQLRequest;
  floor: (p: QueryParams, i: number) => { text: string; values: unknown[] };
  /** Canonical form of each side's answer (GraphQL `data`, or the floor's JSON). */
  canonDiplograph: (data: any) => unknown;
  canonPeer: (data: any) => unknown;
  canonFloor: (rows: any) => unknown;
}

const at = <T>(xs: T[], i: number): T => xs[i % xs.length]!;

/** Functions PostGraphile exposes as fields (computed column, custom queries). SQL, STABLE: it inlines them. */
export const PEER_SQL = `
CREATE OR REPLACE FUNCTION "Official_meetingsNewest"(o "Official") RETURNS SETOF "Meeting" LANGUAGE sql STABLE AS $$
  SELECT m.* FROM "MeetingParticipant" mp JOIN "Meeting" m ON m.id = mp."meetingId"
  WHERE mp."officialId" = o.id ORDER BY m."dateStart" DESC NULLS LAST, m.id DESC
$$;
CREATE OR REPLACE FUNCTION bench_proposals_by_topic(topic text) RETURNS SETOF "Proposal" LANGUAGE sql STABLE AS $$
  SELECT p.* FROM "Proposal" p
  WHERE EXISTS (SELECT 1 FROM "ProposalTopic" pt JOIN "Topic" t ON t.id = pt."topicId" WHERE pt."proposalId" = p.id AND t.name = topic)
  ORDER BY p.date DESC, p."documentId" DESC, p.ordinal ASC, p.id ASC
$$;
CREATE OR REPLACE FUNCTION bench_meetings_between(date_from timestamp, date_to timestamp) RETURNS SETOF "Meeting" LANGUAGE sql STABLE AS $$
  SELECT m.* FROM "Meeting" m WHERE m."dateEnd" >= date_from AND m."dateStart" <= date_to
  ORDER BY m."dateStart" DESC NULLS LAST, m.id DESC
$$;
CREATE OR REPLACE FUNCTION bench_search_officials(tsq text, words text) RETURNS SETOF "Official" LANGUAGE sql STABLE AS $$
  WITH w AS (SELECT id, length("name" || ' ' || coalesce("title", '')) AS len FROM "Official"
    WHERE to_tsvector('simple', diplograph_fold("name" || ' ' || coalesce("title", ''))) @@ to_tsquery('simple', tsq) ORDER BY 2, 1 LIMIT 100)
  SELECT o.* FROM (
    SELECT id, 0 AS pass, len, 0::real AS sim FROM w
    UNION ALL
    (SELECT id, 1, 0, similarity(diplograph_fold("name"), words) FROM "Official"
      WHERE diplograph_fold("name") % words AND id NOT IN (SELECT id FROM w) ORDER BY 4 DESC, 1 LIMIT 100)
  ) h JOIN "Official" o ON o.id = h.id
  ORDER BY h.pass, h.len, h.sim DESC, h.id
$$;
`;

/** PostgreSQL tsquery and trigram text for a search, folded like src/store/search.ts does. */
function searchArgs(text: string): { tsq: string; words: string } {
  const terms = [...new Set(foldText(text).split(" ").map((t) => t.replace(/[^\p{L}\p{N}]/gu, "")).filter(Boolean))].slice(0, 12);
  return { tsq: terms.map((t) => `${t}:*`).join(" & "), words: terms.join(" ") };
}

const participantsCanon = (ps: { role: string; name: string }[]) => ps.map((p) => `${p.name}/${p.role.toLowerCase()}`).sort();

export const QUERIES: BenchQuery[] = [
  {
    id: "officialMeetings",
    title: "officials → meetings → participants",
    depth: 3,
    diplograph: (p, i) => ({
      query: `query Q1($country: String!) { officials(country: $country, first: 10) { nodes { name title
        meetings(first: 5) { nodes { kind date location participants { role official { name } } } } } } }`,
      variables: { country: at(p.countries, i) },
    }),
    peer: (p, i) => ({
      // Country.code has a unique index but no unique constraint, so there is no countryByCode.
      query: `query Q1($country: String!) { allCountries(condition: { code: $country }) { nodes {
        officialsByCountryId(orderBy: [SEARCH_NAME_ASC, ROW_ID_ASC], first: 10) { nodes { name title
          meetingsNewest(first: 5) { nodes { kind date location
            meetingParticipantsByMeetingId { nodes { role officialByOfficialId { name } } } } } } } } } }`,
      variables: { country: at(p.countries, i) },
    }),
    floor: (p, i) => ({
      text: `SELECT coalesce(json_agg(json_build_object('name', o.name, 'title', o.title, 'meetings', (
          SELECT coalesce(json_agg(json_build_object('kind', m.kind, 'date', m.date, 'location', m.location, 'participants', (
            SELECT json_agg(json_build_object('role', mp.role, 'name', x.name)) FROM "MeetingParticipant" mp JOIN "Official" x ON x.id = mp."officialId"
            WHERE mp."meetingId" = m.id)) ORDER BY m."dateStart" DESC NULLS LAST, m.id DESC), '[]')
          FROM (SELECT m.* FROM "MeetingParticipant" mp JOIN "Meeting" m ON m.id = mp."meetingId" WHERE mp."officialId" = o.id
                ORDER BY m."dateStart" DESC NULLS LAST, m.id DESC LIMIT 5) m)) ORDER BY o."searchName", o.id), '[]') AS data
        FROM (SELECT o.* FROM "Official" o JOIN "Country" c ON c.id = o."countryId" WHERE c.code = $1 ORDER BY o."searchName", o.id LIMIT 10) o`,
      values: [at(p.countries, i)],
    }),
    canonDiplograph: (d) =>
      d.officials.nodes.map((o: any) => [o.name, o.meetings.nodes.map((m: any) => [m.kind.toLowerCase(), m.date, participantsCanon(m.participants.map((x: any) => ({ role: x.role, name: x.official.name })))])]),
    canonPeer: (d) =>
      (d.allCountries.nodes[0]?.officialsByCountryId.nodes ?? []).map((o: any) => [
        o.name,
        o.meetingsNewest.nodes.map((m: any) => [m.kind, m.date, participantsCanon(m.meetingParticipantsByMeetingId.nodes.map((x: any) => ({ role: x.role, name: x.officialByOfficialId.name })))]),
      ]),
    canonFloor: (rows) => rows.map((o: any) => [o.name, o.meetings.map((m: any) => [m.kind, m.date, participantsCanon(m.participants ?? [])])]),
  },
  {
    id: "proposalsByTopic",
    title: "proposals by topic, with speaker",
    depth: 2,
    diplograph: (p, i) => ({
      query: `query Q2($topic: String!) { proposals(topic: $topic, first: 20) { nodes { kind text date speaker { name title } } } }`,
      variables: { topic: at(p.topics, i) },
    }),
    peer: (p, i) => ({
      query: `query Q2($topic: String!) { benchProposalsByTopic(topic: $topic, first: 20) { nodes { kind text date officialBySpeakerId { name title } } } }`,
      variables: { topic: at(p.topics, i) },
    }),
    floor: (p, i) => ({
      text: `SELECT coalesce(json_agg(json_build_object('kind', x.kind, 'text', x.text, 'date', x.date, 'speaker', x.speaker) ORDER BY x.date DESC, x."documentId" DESC, x.ordinal, x.id), '[]') AS data
        FROM (SELECT p.*, CASE WHEN s.id IS NULL THEN NULL ELSE json_build_object('name', s.name, 'title', s.title) END AS speaker
              FROM "Proposal" p LEFT JOIN "Official" s ON s.id = p."speakerId"
              WHERE EXISTS (SELECT 1 FROM "ProposalTopic" pt JOIN "Topic" t ON t.id = pt."topicId" WHERE pt."proposalId" = p.id AND t.name = $1)
              ORDER BY p.date DESC, p."documentId" DESC, p.ordinal ASC, p.id ASC LIMIT 20) x`,
      values: [at(p.topics, i)],
    }),
    canonDiplograph: (d) => d.proposals.nodes.map((x: any) => [x.kind.toLowerCase(), x.text, x.speaker?.name ?? null]),
    canonPeer: (d) => d.benchProposalsByTopic.nodes.map((x: any) => [x.kind, x.text, x.officialBySpeakerId?.name ?? null]),
    canonFloor: (rows) => rows.map((x: any) => [x.kind, x.text, x.speaker?.name ?? null]),
  },
  {
    id: "meetingsBetween",
    title: "meetings between two dates, with participants",
    depth: 3,
    diplograph: (p, i) => ({
      query: `query Q3($from: Date!, $to: Date!) { meetings(from: $from, to: $to, first: 20) { nodes { kind date location
        participants { role official { name title } } } } }`,
      variables: { from: at(p.windows, i)[0], to: at(p.windows, i)[1] },
    }),
    peer: (p, i) => ({
      query: `query Q3($from: Datetime!, $to: Datetime!) { benchMeetingsBetween(dateFrom: $from, dateTo: $to, first: 20) { nodes { kind date location
        meetingParticipantsByMeetingId { nodes { role officialByOfficialId { name title } } } } } }`,
      variables: { from: `${at(p.windows, i)[0]}T00:00:00`, to: `${at(p.windows, i)[1]}T23:59:59.999` },
    }),
    floor: (p, i) => ({
      text: `SELECT coalesce(json_agg(json_build_object('kind', m.kind, 'date', m.date, 'location', m.location, 'participants', (
          SELECT json_agg(json_build_object('role', mp.role, 'name', x.name, 'title', x.title)) FROM "MeetingParticipant" mp JOIN "Official" x ON x.id = mp."officialId"
          WHERE mp."meetingId" = m.id)) ORDER BY m."dateStart" DESC NULLS LAST, m.id DESC), '[]') AS data
        FROM (SELECT * FROM "Meeting" WHERE "dateEnd" >= $1::timestamp AND "dateStart" <= $2::timestamp
              ORDER BY "dateStart" DESC NULLS LAST, id DESC LIMIT 20) m`,
      values: [`${at(p.windows, i)[0]} 00:00:00`, `${at(p.windows, i)[1]} 23:59:59.999`],
    }),
    canonDiplograph: (d) => d.meetings.nodes.map((m: any) => [m.kind.toLowerCase(), m.date, participantsCanon(m.participants.map((x: any) => ({ role: x.role, name: x.official.name })))]),
    canonPeer: (d) =>
      d.benchMeetingsBetween.nodes.map((m: any) => [m.kind, m.date, participantsCanon(m.meetingParticipantsByMeetingId.nodes.map((x: any) => ({ role: x.role, name: x.officialByOfficialId.name })))]),
    canonFloor: (rows) => rows.map((m: any) => [m.kind, m.date, participantsCanon(m.participants ?? [])]),
  },
  {
    id: "search",
    title: "search (officials by name words)",
    depth: 1,
    diplograph: (p, i) => ({
      query: `query Q4($text: String!) { search(text: $text, first: 20, types: [OFFICIAL]) { nodes { __typename ... on Official { name title country { code } } } } }`,
      variables: { text: at(p.searches, i) },
    }),
    peer: (p, i) => ({
      query: `query Q4($tsq: String!, $words: String!) { benchSearchOfficials(tsq: $tsq, words: $words, first: 20) { nodes { name title countryByCountryId { code } } } }`,
      variables: searchArgs(at(p.searches, i)),
    }),
    floor: (p, i) => {
      const a = searchArgs(at(p.searches, i));
      return {
        text: `WITH w AS (SELECT id, length("name" || ' ' || coalesce("title", '')) AS len FROM "Official"
            WHERE to_tsvector('simple', diplograph_fold("name" || ' ' || coalesce("title", ''))) @@ to_tsquery('simple', $1) ORDER BY 2, 1 LIMIT 20)
          SELECT coalesce(json_agg(json_build_object('name', o.name, 'title', o.title, 'country', c.code) ORDER BY h.pass, h.len, h.sim DESC, h.id), '[]') AS data
          FROM (SELECT * FROM (
            SELECT id, 0 AS pass, len, 0::real AS sim FROM w
            UNION ALL
            (SELECT id, 1, 0, similarity(diplograph_fold("name"), $2) FROM "Official"
              WHERE diplograph_fold("name") % $2 AND id NOT IN (SELECT id FROM w) ORDER BY 4 DESC, 1 LIMIT 20)
          ) u ORDER BY pass, len, sim DESC, id LIMIT 20) h
          JOIN "Official" o ON o.id = h.id LEFT JOIN "Country" c ON c.id = o."countryId"`,
        values: [a.tsq, a.words],
      };
    },
    // Order and duplicates differ in how each side merges the word and similarity passes; compare sets.
    canonDiplograph: (d) => [...new Set(d.search.nodes.map((x: any) => x.name))].sort(),
    canonPeer: (d) => [...new Set(d.benchSearchOfficials.nodes.map((x: any) => x.name))].sort(),
    canonFloor: (rows) => [...new Set(rows.map((x: any) => x.name))].sort(),
  },
];
