import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { extract, toContractJson } from "../../src/extraction/index.ts";

const SEEDS = new URL("../../seeds/", import.meta.url);
const DEV = new URL("corpus/dev/", import.meta.url).pathname;
const load = (name: string) => extract(readFileSync(new URL(name, SEEDS), "utf8"), { source: `seeds/${name}` });

describe("seed documents", () => {
  it("000: officials, meeting and agreements exactly", () => {
    const d = load("000_8351da674720dd2b.txt");
    expect(d.document).toEqual({ date: "2023-06-13", title: null, dateline: null });
    expect(d.officials.map((o) => [o.name, o.country, o.title])).toEqual([
      ["Nguyen Hong Dien", "VN", "Minister of Industry and Trade"],
      ["Oh Yong-ju", "KR", "Ambassador to Vietnam"],
    ]);
    expect(d.officials[0].aliases).toEqual(["Dien"]);
    expect(d.meetings.map((m) => [m.kind, m.date, m.location, m.status, [...m.participants].sort()])).toEqual([
      ["reception", "2023-06-13", "Hanoi", "held", ["Nguyen Hong Dien", "Oh Yong-ju"]],
    ]);
    expect(d.meetings[0].roles).toEqual(expect.arrayContaining([{ name: "Oh Yong-ju", role: "guest" }, { name: "Nguyen Hong Dien", role: "host" }]));
    expect(d.agreements.map((a) => [a.kind, a.status])).toEqual([
      ["mou", "proposed"],
      ["mou", "proposed"],
      ["joint_statement", "proposed"],
    ]);
    expect(d.agreements[0].title).toContain("Essential Mineral Supply");
    expect(d.agreements[1].title).toContain("Korea Plus");
    expect(d.agreements[2].title).toContain("Certificate of Origin");
    expect(d.proposals.slice(0, 2).map((p) => [p.speaker, p.kind])).toEqual([
      ["Nguyen Hong Dien", "suggestion"],
      ["Nguyen Hong Dien", "call"],
    ]);
    expect(d.targets[0]).toMatchObject({ metric: "two-way trade", value: 100_000_000_000, unit: "USD" });
    expect(d.organizations[0]).toMatchObject({ name: "Ministry of Industry and Trade", acronym: "MoIT", country: "VN" });
  });

  it("004: officials, meetings and proposals exactly", () => {
    const d = load("004_d0595e88e6c68276.txt");
    expect(d.document).toEqual({ date: "2023-12-21", title: "Vietnam-RoK relationship expected to grow stronger: Deputy PMs", dateline: "Hanoi" });
    expect(d.officials.map((o) => [o.name, o.country])).toEqual([
      ["Le Minh Khai", "VN"],
      ["Choo Kyung-ho", "KR"],
    ]);
    expect(d.meetings[0]).toMatchObject({ kind: "phone_call", date: "2023-12-21", status: "held" });
    // The recalled March dialogue has no named participant ("the officials"): not a meeting between named people.
    expect(d.meetings.filter((m) => m.status === "held")).toHaveLength(1);
    expect(d.agreements).toEqual([]);
    expect(d.proposals.map((p) => [p.speaker, p.kind])).toEqual([
      ["Le Minh Khai", "suggestion"],
      ["Le Minh Khai", "suggestion"],
      ["Le Minh Khai", "call"],
      ["Le Minh Khai", "proposal"],
    ]);
    expect(d.proposals.every((p) => p.meeting === 0)).toBe(true);
  });
});

describe("evidence", () => {
  const files = readdirSync(DEV).filter((f) => f.endsWith(".txt"));
  it.each(files)("%s: every fact's evidence is cut from the original text and holds its trigger", (f) => {
    const text = readFileSync(DEV + f, "utf8");
    const d = extract(text, { source: f });
    const all = [...d.officials, ...d.organizations, ...d.meetings, ...d.proposals, ...d.agreements, ...d.targets];
    for (const fact of all) {
      expect(fact.evidence.length).toBeGreaterThan(0);
      for (const e of fact.evidence) {
        expect(text.slice(e.start, e.end)).toBe(e.text);
        expect(d.sentences[e.sentence].start <= e.start && e.end <= d.sentences[e.sentence].end).toBe(true);
      }
    }
    for (const m of d.meetings) {
      expect(m.evidence[0].text).toMatch(/receiv|host|talks|call|meet|met|session|reception|summit|dialogue|chair|welcom|conversation|workshop|retreat/i);
    }
    for (const p of d.proposals) {
      expect(p.evidence[0].text).toMatch(/^(?:suggest|propos|urg|call|press|ask|request|recommend|invit|convey)/i);
      expect(p.evidence[0].text.endsWith(p.text)).toBe(true);
    }
    for (const s of d.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(JSON.parse(JSON.stringify(toContractJson(d)))).toMatchObject({ source: f });
  });
});
