// Relations read as one ordered list per parent (nested connections). Each source selects
// `parent`, `id` and the sort columns (s1, s2, ...; `extra` for a per-row value) for a batch of
// parents; pagination.ts pages them per parent with a window function in one statement.
// Identifiers are quoted: Prisma's tables and columns keep the models' camelCase names.
import { sql, inList, join, type WindowSource } from "./pagination.ts";

/** Parents up to which SQLite reads first pages as one UNION ALL term each (its compound SELECT limit is 500). */
const SQLITE_UNION_PARENTS = 100;

const byDateDesc = sql`src.s1 DESC NULLS LAST, src.id DESC`;
/** Proposals: newest first, in reading order within a document. */
const proposalOrder = sql`src.s1 DESC, src.s2 DESC, src.s3 ASC, src.id ASC`;

export const relations = {
  /**
   * Meetings an official took part in, newest first: from the participant rows alone (their copy of
   * the meeting date, kept by triggers, and the index on officialId, dateStart, meetingId), so a
   * page reads the official's participations, not every meeting they lead to.
   */
  officialMeetings: {
    source: (ids) => sql`SELECT mp."officialId" AS parent, mp."meetingId" AS id, mp."dateStart" AS s1
      FROM "MeetingParticipant" mp WHERE mp."officialId" IN (${inList(ids)})`,
    order: byDateDesc,
    // PostgreSQL: the index read backwards gives `dateStart DESC NULLS FIRST`, so asked for NULLS
    // LAST it read every participation of each official and sorted them (all of an official's
    // history, ten times more rows at 100k documents than at 10k). The dated and the undated rows
    // are read apart, each as the first rows of one backward range of the index, and only those
    // (at most twice the limit) are sorted. SQLite has no LATERAL. For a page of parents, one
    // limited range of the index per official, joined by UNION ALL (half the time of the
    // correlated IN below, which SQLite evaluates for every participation of the official); for
    // more parents than a compound SELECT should hold, that IN. SQLite puts NULLs last in a
    // descending order already, so the index gives the order.
    firstRows: (ids, limit, provider) =>
      provider === "postgresql"
        ? sql`SELECT o.id AS parent, x.id AS id, x.s1 AS s1 FROM "Official" o CROSS JOIN LATERAL (
            SELECT z.id, z.s1 FROM (
              (SELECT y."meetingId" AS id, y."dateStart" AS s1 FROM "MeetingParticipant" y WHERE y."officialId" = o.id AND y."dateStart" IS NOT NULL
                ORDER BY y."dateStart" DESC, y."meetingId" DESC LIMIT ${limit})
              UNION ALL
              (SELECT y."meetingId" AS id, y."dateStart" AS s1 FROM "MeetingParticipant" y WHERE y."officialId" = o.id AND y."dateStart" IS NULL
                ORDER BY y."dateStart" DESC, y."meetingId" DESC LIMIT ${limit})
            ) z ORDER BY z.s1 DESC NULLS LAST, z.id DESC LIMIT ${limit}) x WHERE o.id IN (${inList(ids)})`
        : Array.isArray(ids) && ids.length <= SQLITE_UNION_PARENTS
          ? join(
              (ids as readonly number[]).map(
                (id) => sql`SELECT * FROM (SELECT ${id} AS parent, y."meetingId" AS id, y."dateStart" AS s1 FROM "MeetingParticipant" y
                  WHERE y."officialId" = ${id} ORDER BY y."dateStart" DESC, y."meetingId" DESC LIMIT ${limit})`,
              ),
              " UNION ALL ",
            )
          : sql`SELECT o.id AS parent, x."meetingId" AS id, x."dateStart" AS s1 FROM "Official" o JOIN "MeetingParticipant" x ON x."officialId" = o.id
            AND x."meetingId" IN (SELECT y."meetingId" FROM "MeetingParticipant" y WHERE y."officialId" = o.id ORDER BY y."dateStart" DESC, y."meetingId" DESC LIMIT ${limit})
            WHERE o.id IN (${inList(ids)})`,
  },
  /** Proposals an official made. */
  officialProposals: {
    source: (ids) => sql`SELECT p."speakerId" AS parent, p.id AS id, p.date AS s1, p."documentId" AS s2, p.ordinal AS s3
      FROM "Proposal" p WHERE p."speakerId" IN (${inList(ids)})`,
    order: proposalOrder,
  },
  /** Proposals addressed to an official. */
  officialProposalsReceived: {
    source: (ids) => sql`SELECT p."addresseeId" AS parent, p.id AS id, p.date AS s1, p."documentId" AS s2, p.ordinal AS s3
      FROM "Proposal" p WHERE p."addresseeId" IN (${inList(ids)})`,
    order: proposalOrder,
  },
  officialPositions: {
    source: (ids) => sql`SELECT p."officialId" AS parent, p.id AS id, p.date AS s1 FROM "Position" p WHERE p."officialId" IN (${inList(ids)})`,
    order: byDateDesc,
  },
  officialAgreementsProposed: {
    source: (ids) => sql`SELECT a."proposerId" AS parent, a.id AS id, a.date AS s1 FROM "Agreement" a WHERE a."proposerId" IN (${inList(ids)})`,
    order: byDateDesc,
  },
  /** The officials met, with how many meetings they shared (`extra`), most frequent first. */
  officialCounterparts: {
    source: (ids) => sql`SELECT a."officialId" AS parent, b."officialId" AS id, COUNT(*) AS extra
      FROM "MeetingParticipant" a JOIN "MeetingParticipant" b ON b."meetingId" = a."meetingId" AND b."officialId" <> a."officialId"
      WHERE a."officialId" IN (${inList(ids)}) GROUP BY a."officialId", b."officialId"`,
    order: sql`src.extra DESC, src.id ASC`,
    extra: true,
  },
  officialEvidence: {
    source: (ids) => sql`SELECT e."officialId" AS parent, e.id AS id FROM "Evidence" e WHERE e."officialId" IN (${inList(ids)})`,
    order: sql`src.id ASC`,
  },
  countryOfficials: {
    source: (ids) => sql`SELECT o."countryId" AS parent, o.id AS id, o."searchName" AS s1 FROM "Official" o WHERE o."countryId" IN (${inList(ids)})`,
    order: sql`src.s1 ASC, src.id ASC`,
  },
  /** Meetings with at least one participant from the country. */
  countryMeetings: {
    source: (ids) => sql`SELECT DISTINCT o."countryId" AS parent, m.id AS id, m."dateStart" AS s1
      FROM "Meeting" m JOIN "MeetingParticipant" mp ON mp."meetingId" = m.id JOIN "Official" o ON o.id = mp."officialId"
      WHERE o."countryId" IN (${inList(ids)})`,
    order: byDateDesc,
  },
  countryOrganizations: {
    source: (ids) => sql`SELECT o."countryId" AS parent, o.id AS id, o.key AS s1 FROM "Organization" o WHERE o."countryId" IN (${inList(ids)})`,
    order: sql`src.s1 ASC, src.id ASC`,
  },
  organizationOfficials: {
    source: (ids) => sql`SELECT o."organizationId" AS parent, o.id AS id, o."searchName" AS s1 FROM "Official" o WHERE o."organizationId" IN (${inList(ids)})`,
    order: sql`src.s1 ASC, src.id ASC`,
  },
  topicProposals: {
    // The topic rows carry copies of the ordering columns (migration proposal_topic_order).
    source: (ids) => sql`SELECT pt."topicId" AS parent, pt."proposalId" AS id, pt.date AS s1, pt."documentId" AS s2, pt.ordinal AS s3
      FROM "ProposalTopic" pt WHERE pt."topicId" IN (${inList(ids)})`,
    order: proposalOrder,
  },
  topicDocuments: {
    source: (ids) => sql`SELECT dt."topicId" AS parent, d.id AS id, d.date AS s1
      FROM "DocumentTopic" dt JOIN "Document" d ON d.id = dt."documentId" WHERE dt."topicId" IN (${inList(ids)})`,
    order: byDateDesc,
  },
} satisfies Record<string, WindowSource>;

export type RelationName = keyof typeof relations;
