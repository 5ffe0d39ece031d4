// Every text filter matches `%`, `_` and `\` literally on both backends: a filter holding them
// finds the rows that hold them, and never reads them as LIKE wildcards ("Han_i" is not Hanoi,
// "%" is not everything).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/store/db.ts";
import { escapeLike } from "../../../src/store/queries/match.ts";
import { withLikeEscape } from "../../../src/store/db.ts";
import {
  listAgreements,
  listCountries,
  listDocuments,
  listMeetings,
  listOfficials,
  listOrganizations,
  listProposals,
} from "../../../src/store/queries/lists.ts";
import { foldText, officialKey } from "../../../src/store/keys.ts";
import { freshDatabase, dropDatabase } from "../../helpers/database.ts";
import { buildGraph } from "../../graphql/graph.ts";

let db: Database;
const page = { first: 100 };

beforeAll(async () => {
  db = await freshDatabase();
  await buildGraph(db, { documents: 3 });
  const p = db.prisma;
  // One row of each kind that holds the characters literally.
  const doc = await p.document.findFirstOrThrow({ where: { source: "graph/0.txt" } });
  await p.document.update({ where: { id: doc.id }, data: { source: "graph/100%_a\\b.txt", title: "Growth of 7_5%" } });
  const meeting = await p.meeting.findFirstOrThrow({ where: { documentId: doc.id, ordinal: 0 } });
  await p.meeting.update({ where: { id: meeting.id }, data: { location: "Room_1 (100%)" } });
  const country = await p.country.create({ data: { code: "XQ", name: "Under_score 50% Land" } });
  const odd = "Nguyen_Van 100%";
  const official = await p.official.create({ data: { key: officialKey(odd), name: odd, searchName: "nguyen_van 100%", countryId: country.id } });
  await p.meetingParticipant.create({ data: { meetingId: meeting.id, officialId: official.id, role: "guest" } });
  const org = await p.organization.create({ data: { key: "fund_x 10%", name: "Fund_X 10%", countryId: country.id } });
  await p.official.update({ where: { id: official.id }, data: { organizationId: org.id } });
  const proposal = await p.proposal.findFirstOrThrow({ where: { documentId: doc.id, ordinal: 3 } });
  await p.proposal.update({ where: { id: proposal.id }, data: { text: "cut tariffs by 5% on HS_84", addresseeName: "the Fund_X 10%", speakerId: official.id } });
  const mention = await p.agreementMention.findFirstOrThrow({ where: { documentId: doc.id } });
  await p.agreementParty.create({ data: { agreementId: mention.agreementId, mentionId: mention.id, name: "Party_A 100%" } });
});

afterAll(async () => {
  await db.close();
  await dropDatabase(db.url);
});

const count = async (listed: Promise<{ count: () => Promise<number> }>) => (await listed).count();

describe("escaping", () => {
  it("escapes the wildcards and the escape character", () => {
    expect(escapeLike("a%b_c\\d")).toBe("a\\%b\\_c\\\\d");
    expect(escapeLike("Hanoi")).toBe("Hanoi");
  });

  it("names the escape character on SQLite's LIKE", () => {
    expect(withLikeEscape("SELECT 1 FROM t WHERE a LIKE ? AND b LIKE ?")).toBe("SELECT 1 FROM t WHERE a LIKE ? ESCAPE '\\' AND b LIKE ? ESCAPE '\\'");
    expect(withLikeEscape("SELECT 1")).toBe("SELECT 1");
  });
});

describe("literal text filters", () => {
  it("countries(name)", async () => {
    expect(await count(listCountries(db, { name: "%" }, page))).toBe(1);
    expect(await count(listCountries(db, { name: "Vi_tnam" }, page))).toBe(0);
    expect(await count(listCountries(db, { name: "under_score 50%" }, page))).toBe(1);
  });

  it("documents(source, title)", async () => {
    expect(await count(listDocuments(db, { source: "%" }, "asc", page))).toBe(1);
    expect(await count(listDocuments(db, { source: "graph/_.txt" }, "asc", page))).toBe(0);
    expect(await count(listDocuments(db, { source: "a\\b" }, "asc", page))).toBe(1);
    expect(await count(listDocuments(db, { title: "_" }, "asc", page))).toBe(1);
    expect(await count(listDocuments(db, { title: "Report _" }, "asc", page))).toBe(0);
    expect(await count(listDocuments(db, { title: "7_5%" }, "asc", page))).toBe(1);
  });

  it("meetings(location, participant)", async () => {
    expect(await count(listMeetings(db, { location: "%" }, "asc", page))).toBe(1);
    expect(await count(listMeetings(db, { location: "Han_i" }, "asc", page))).toBe(0);
    expect(await count(listMeetings(db, { location: "room_1 (100%)" }, "asc", page))).toBe(1);
    expect(await count(listMeetings(db, { participant: "%" }, "asc", page))).toBe(1);
    expect(await count(listMeetings(db, { participant: "H_st" }, "asc", page))).toBe(0);
    expect(await count(listMeetings(db, { participant: "Nguyen_Van" }, "asc", page))).toBe(1);
  });

  it("officials(name, organization)", async () => {
    expect(await count(listOfficials(db, { name: "%" }, { field: "name", direction: "asc" }, page))).toBe(1);
    expect(await count(listOfficials(db, { name: "Offic_al" }, { field: "name", direction: "asc" }, page))).toBe(0);
    expect(await count(listOfficials(db, { name: "Guest Official" }, { field: "name", direction: "asc" }, page))).toBe(3);
    expect(await count(listOfficials(db, { organization: "%" }, { field: "name", direction: "asc" }, page))).toBe(1);
    expect(await count(listOfficials(db, { organization: "Min_stry" }, { field: "name", direction: "asc" }, page))).toBe(0);
    expect(await count(listOfficials(db, { organization: "X 10%" }, { field: "name", direction: "asc" }, page))).toBe(1);
  });

  it("organizations(name)", async () => {
    expect(await count(listOrganizations(db, { name: "%" }, page))).toBe(1);
    expect(await count(listOrganizations(db, { name: "Mo_T" }, page))).toBe(0);
    expect(await count(listOrganizations(db, { name: "fund_x" }, page))).toBe(1);
    expect(await count(listOrganizations(db, { name: "Industry and Trade" }, page))).toBe(1);
  });

  it("proposals(addressee, speaker, text)", async () => {
    expect(await count(listProposals(db, { addressee: "%" }, "asc", page))).toBe(1);
    expect(await count(listProposals(db, { addressee: "the R_K" }, "asc", page))).toBe(0);
    expect(await count(listProposals(db, { addressee: "Fund_X 10%" }, "asc", page))).toBe(1);
    expect(await count(listProposals(db, { speaker: "%" }, "asc", page))).toBe(1);
    expect(await count(listProposals(db, { speaker: "H_st" }, "asc", page))).toBe(0);
    expect(await count(listProposals(db, { text: "%" }, "asc", page))).toBe(1);
    expect(await count(listProposals(db, { text: "area _-_" }, "asc", page))).toBe(0);
    expect(await count(listProposals(db, { text: "HS_84" }, "asc", page))).toBe(1);
  });

  it("agreements(party)", async () => {
    expect(await count(listAgreements(db, { party: "%" }, "asc", page))).toBe(1);
    expect(await count(listAgreements(db, { party: "Mo_T" }, "asc", page))).toBe(0);
    expect(await count(listAgreements(db, { party: "party_a 100%" }, "asc", page))).toBe(1);
  });
});

it("leaves ordinary filters as they were", async () => {
  expect(await count(listMeetings(db, { location: "hanoi" }, "asc", page))).toBe(2);
  expect(await count(listProposals(db, { text: "COOPERATION" }, "asc", page))).toBe(11);
  expect(foldText("Hồng")).toBe("hong");
});
