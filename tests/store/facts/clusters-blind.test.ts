// Issue #12's acceptance on a blind stand-in: 29 reports written without reading the resolver or
// the extractor (tests/fixtures/clusters-blind/README.md has the truth table). The counts are
// the real-world truth, not what the code gave on its first run.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../src/store/db.ts";
import { ingestText } from "../../../src/store/ingest.ts";
import { databasesForTests } from "../../helpers/database.ts";

const DIR = path.resolve("tests/fixtures/clusters-blind");
const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".txt")).sort();

/** "r05" from ".../r05-japantimes-iwaya-jakarta.txt": the README's name for a report. */
const reportOf = (source: string) => path.basename(source).slice(0, 3);

// Which reports tell each real encounter (a report telling two encounters is in both).
const TRUE_MEETINGS: Record<string, string[]> = {
  "M1 Sugiono-Iwaya, Tokyo, 2025-02-11": ["r01", "r02", "r03", "r05"],
  "M2 Sugiono-Iwaya, Jakarta, 2025-03-12": ["r04", "r05", "r06", "r29"],
  "M3 Paetongtarn-Wang Yi, Bangkok, 2025-04-08": ["r08", "r09", "r10", "r13"],
  "M4 Paetongtarn-Prak Sokhonn, Bangkok, 2025-04-08": ["r08", "r11", "r12", "r13"],
  "M5 Wong-Jaishankar phone call, 2025-05-20": ["r14", "r15", "r16", "r19"],
  "M6 Wong-Peters video call, 2025-05-20": ["r14", "r17", "r18", "r19"],
  "M7 Bui Thanh Son-Barrot, Hanoi, 2025-06-10": ["r20", "r21", "r22", "r23"],
  "M8 Luong Cuong-Macron, Paris, 2025-10-09": ["r24", "r25", "r26", "r27"],
};

// Each instrument's steps, one per report, by report date.
const TRUE_AGREEMENTS = {
  "A1 MoU on digital transformation cooperation (VN, FR)": {
    firstReport: "r20",
    steps: [
      ["r20", "proposed"],
      ["r25", "signed"],
      ["r26", "signed"],
      ["r27", "signed"],
      ["r28", "in_force"],
    ],
    status: "in_force",
    signedOn: "2025-10-09",
  },
  "A2 MoU on maritime safety cooperation (ID, JP)": {
    firstReport: "r01",
    steps: [
      ["r01", "proposed"],
      ["r04", "signed"],
      ["r05", "signed"],
      ["r07", "in_force"],
    ],
    status: "in_force",
    signedOn: "2025-03-12",
  },
};

describe("blind report clusters (issue #12 acceptance stand-in)", () => {
  const open = databasesForTests();
  let db: Database;

  beforeAll(async () => {
    db = await open();
    for (const f of files) {
      await ingestText(db.prisma, {
        text: fs.readFileSync(path.join(DIR, f), "utf8"),
        source: `tests/fixtures/clusters-blind/${f}`,
      });
    }
  }, 300_000);

  it("ingests all 29 reports", async () => {
    expect(files).toHaveLength(29);
    expect(await db.prisma.document.count()).toBe(29);
  });

  it("counts 8 distinct meetings and 2 distinct agreements", async () => {
    const counts = { meetings: await db.prisma.meeting.count(), agreements: await db.prisma.agreement.count() };
    expect(counts).toEqual({ meetings: Object.keys(TRUE_MEETINGS).length, agreements: Object.keys(TRUE_AGREEMENTS).length });
    expect(counts).toEqual({ meetings: 8, agreements: 2 });
  });

  it("joins each meeting's reports, and only those, into one event", async () => {
    const events = await db.prisma.meeting.findMany({
      select: { mentions: { select: { document: { select: { source: true } } } } },
    });
    const told = events
      .map((e) => [...new Set(e.mentions.map((m) => reportOf(m.document.source)))].sort().join(" "))
      .sort();
    expect(told).toEqual(Object.values(TRUE_MEETINGS).map((r) => r.join(" ")).sort());
  });

  for (const [name, truth] of Object.entries(TRUE_AGREEMENTS)) {
    it(`${name}: one instrument with its status history`, async () => {
      const first = await db.prisma.agreementMention.findFirst({
        where: { document: { source: { contains: `/${truth.firstReport}-` } } },
        select: { agreementId: true },
      });
      expect(first?.agreementId).toBeTruthy();
      const agreement = await db.prisma.agreement.findUniqueOrThrow({
        where: { id: first!.agreementId! },
        select: {
          status: true,
          signedOn: true,
          mentions: { select: { status: true, document: { select: { source: true, date: true } } } },
        },
      });
      // One step per report: a report that names the instrument twice tells one step.
      const steps = new Map<string, { date: number; status: string }>();
      for (const m of agreement.mentions) {
        steps.set(reportOf(m.document.source), { date: m.document.date.getTime(), status: m.status });
      }
      const history = [...steps.entries()]
        .sort(([ra, a], [rb, b]) => a.date - b.date || ra.localeCompare(rb))
        .map(([report, s]) => [report, s.status]);
      expect(history).toEqual(truth.steps);
      expect(agreement.status).toBe(truth.status);
      expect(agreement.signedOn?.toISOString().slice(0, 10)).toBe(truth.signedOn);
    });
  }
});
