// A knowledge graph of known size, written straight through Prisma (independent of the
// extractor): `documents` reports, each with two new officials who meet twice (plus one official
// present at every meeting), four proposals, an agreement, a target, positions and evidence.
import type { Database } from "../../src/store/db.ts";
import { foldText, officialKey } from "../../src/store/keys.ts";
import { countryIdentifiers } from "../../src/store/nodes/countries.ts";

export interface GraphSize {
  documents: number;
}

export interface BuiltGraph {
  officials: number;
  meetings: number;
  proposals: number;
}

const day = (i: number) => new Date(Date.UTC(2023, 0, 1 + i));
const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function buildGraph(db: Database, size: GraphSize): Promise<BuiltGraph> {
  const p = db.prisma;
  const [vn, kr] = await p.country.createManyAndReturn({ data: [
      { code: "VN", name: "Vietnam", ...countryIdentifiers("VN") },
      { code: "KR", name: "Republic of Korea", ...countryIdentifiers("KR") },
    ] });
  const org = await p.organization.create({ data: { key: "ministry of industry and trade", name: "Ministry of Industry and Trade", acronym: "MoIT", countryId: vn.id } });
  const topics = await p.topic.createManyAndReturn({ data: [{ name: "trade" }, { name: "energy" }, { name: "semiconductors" }] });
  const hub = await p.official.create({
    data: { key: `${officialKey("Nguyễn Hồng Diên")}@vn`, nameKey: officialKey("Nguyễn Hồng Diên"), name: "Nguyễn Hồng Diên", searchName: foldText("Nguyễn Hồng Diên"), countryId: vn.id, organizationId: org.id, title: "Minister" },
  });
  let meetings = 0;
  let proposals = 0;
  for (let i = 0; i < size.documents; i++) {
    const date = day(i * 3);
    const doc = await p.document.create({
      data: { source: `graph/${i}.txt`, contentHash: `hash-${i}`, date, title: `Report ${i}`, text: `Report ${i} text about trade.`, extractorVersion: "test", wordCount: 5 },
    });
    const names = [`Host Official ${i}`, `Guest Official ${i}`];
    const [a, b] = await p.official.createManyAndReturn({
      data: names.map((name, k) => ({ key: `${officialKey(name)}@${k === 0 ? "vn" : "kr"}`, nameKey: officialKey(name), name, searchName: foldText(name), countryId: k === 0 ? vn.id : kr.id, title: k === 0 ? "Deputy Minister" : "Ambassador" })),
    });
    await p.position.createMany({
      data: [a, b, hub].map((o) => ({ officialId: o.id, documentId: doc.id, title: o.title ?? "Official", countryId: o.countryId, organizationId: o.id === hub.id ? org.id : null, date })),
    });
    const ms = await p.meeting.createManyAndReturn({
      data: [0, 1].map((ordinal) => ({
        key: `hash-${i}/${ordinal}`,
        documentId: doc.id,
        ordinal,
        kind: ordinal === 0 ? "reception" : "phone_call",
        status: "held",
        date: iso(day(i * 3 + ordinal)),
        dateStart: day(i * 3 + ordinal),
        dateEnd: new Date(day(i * 3 + ordinal + 1).getTime() - 1),
        location: ordinal === 0 ? "Hanoi" : null,
      })),
    });
    meetings += ms.length;
    // Each event told by this one report.
    await p.meetingMention.createMany({
      data: ms.map((m) => ({ documentId: doc.id, ordinal: m.ordinal, meetingId: m.id, kind: m.kind, status: m.status, date: m.date, dateStart: m.dateStart!, dateEnd: m.dateEnd!, location: m.location })),
    });
    await p.meetingParticipant.createMany({
      data: ms.flatMap((m) => [
        { meetingId: m.id, officialId: hub.id, role: "host" },
        { meetingId: m.id, officialId: a.id, role: "participant" },
        { meetingId: m.id, officialId: b.id, role: "guest" },
      ]),
    });
    const ps = await p.proposal.createManyAndReturn({
      // hub -> guest, guest -> hub, host -> guest, host -> "the RoK" (not an official)
      data: [0, 1, 2, 3].map((ordinal) => ({
        documentId: doc.id,
        ordinal,
        kind: ["suggestion", "proposal", "call", "request"][ordinal],
        text: `step up cooperation in area ${i}-${ordinal}`,
        speakerId: [hub.id, b.id, a.id, a.id][ordinal],
        addresseeId: [b.id, hub.id, b.id, null][ordinal],
        addresseeName: ordinal === 3 ? "the RoK" : null,
        meetingId: ms[ordinal % 2].id,
        date: ms[ordinal % 2].dateStart!,
      })),
    });
    proposals += ps.length;
    await p.proposalTopic.createMany({ data: ps.flatMap((pr, k) => [{ proposalId: pr.id, topicId: topics[k % 3].id }, { proposalId: pr.id, topicId: topics[(k + 1) % 3].id }]) });
    await p.documentTopic.createMany({ data: topics.map((t) => ({ documentId: doc.id, topicId: t.id })) });
    const ag = await p.agreement.create({ data: { key: `hash-${i}/0`, documentId: doc.id, ordinal: 0, kind: "mou", title: `MoU on area ${i}`, status: "proposed", proposerId: b.id, date } });
    const mention = await p.agreementMention.create({
      data: { documentId: doc.id, ordinal: 0, agreementId: ag.id, kind: "mou", title: ag.title, titleKey: `area ${i}`, status: "proposed", proposerId: b.id, date },
    });
    await p.agreementParty.createMany({
      data: [
        { agreementId: ag.id, mentionId: mention.id, name: "MoIT", organizationId: org.id },
        { agreementId: ag.id, mentionId: mention.id, name: "Republic of Korea", countryId: kr.id },
      ],
    });
    const target = await p.target.create({ data: { documentId: doc.id, ordinal: 0, metric: "two-way trade", value: 100e9, unit: "USD", deadline: "2030" } });
    const ev = (fact: Record<string, number>, k: number) => ({ documentId: doc.id, sentence: k, start: k * 10, end: k * 10 + 5, text: "words", ...fact });
    await p.evidence.createMany({
      data: [
        ev({ officialId: a.id }, 0),
        ev({ officialId: b.id }, 1),
        ev({ officialId: hub.id }, 2),
        ev({ organizationId: org.id }, 2),
        ...ms.map((m, k) => ev({ meetingId: m.id }, 3 + k)),
        ...ps.map((pr, k) => ev({ proposalId: pr.id }, 5 + k)),
        ev({ agreementId: ag.id }, 8),
        ev({ targetId: target.id }, 9),
      ],
    });
  }
  return { officials: 1 + 2 * size.documents, meetings, proposals };
}
