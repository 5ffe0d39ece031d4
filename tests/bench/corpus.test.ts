import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { generateCorpus, officialPool } from "../../bench/corpus.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const extractorLanded = fs.existsSync(path.join(root, "src/extraction/index.ts"));

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe("synthetic corpus", () => {
  it("is deterministic for a seed and differs across seeds", () => {
    const a = [...generateCorpus({ docs: 50, seed: 7 })];
    const b = [...generateCorpus({ docs: 50, seed: 7 })];
    const c = [...generateCorpus({ docs: 50, seed: 8 })];
    expect(a).toEqual(b);
    expect(a.map((d) => d.text)).not.toEqual(c.map((d) => d.text));
  });

  it("a shorter corpus is a prefix of a longer one", () => {
    const short = [...generateCorpus({ docs: 20 })];
    const long = [...generateCorpus({ docs: 200 })].slice(0, 20);
    expect(long).toEqual(short);
  });

  it("writes documents in the seed genre: date header, dateline, 250-520 words, unique names", () => {
    const docs = [...generateCorpus({ docs: 300, startDate: "2020-01-01" })];
    expect(new Set(docs.map((d) => d.name)).size).toBe(docs.length);
    for (const d of docs) {
      expect(d.text).toMatch(/^ date \d{4}-\d{2}-\d{2} \S/);
      expect(d.text).toMatch(/\(VNA\) – /);
      const n = words(d.text);
      expect(n).toBeGreaterThanOrEqual(250);
      expect(n).toBeLessThanOrEqual(520);
    }
    expect(docs[0]!.text.startsWith(" date 2020-01-01 ")).toBe(true);
    // Acts and instruments appear in realistic proportions.
    const all = docs.map((d) => d.text).join("\n");
    expect(all).toMatch(/ suggested that /);
    expect(all).toMatch(/ urged /);
    expect(all).toMatch(/ called on /);
    expect(all).toMatch(/Memorandum of Understanding on /);
    const withReception = docs.filter((d) => / received | hosted a reception /.test(d.text)).length;
    expect(withReception / docs.length).toBeGreaterThan(0.2);
    expect(withReception / docs.length).toBeLessThan(0.6);
  });

  it("officials from a fixed pool recur across documents", () => {
    const pool = officialPool();
    const names = [...pool.vn, ...[...pool.foreign.values()].flat()].map((o) => o.name);
    expect(new Set(names).size).toBe(names.length);
    const docs = [...generateCorpus({ docs: 1000 })];
    const counts = names.map((n) => docs.filter((d) => d.text.includes(n)).length);
    const recurring = counts.filter((c) => c >= 2).length;
    expect(recurring).toBeGreaterThan(names.length / 2);
  });

  it.skipIf(!extractorLanded)("the real extractor finds officials and meetings in generated documents", async () => {
    const { extract } = (await import(/* @vite-ignore */ path.join(root, "src/extraction/index.ts"))) as {
      extract: (text: string, opts: { source: string }) => { officials: { name: string }[]; meetings: { participants: string[] }[] };
    };
    const docs = [...generateCorpus({ docs: 40 })];
    let officials = 0;
    let meetings = 0;
    let withOfficials = 0;
    let withMeetings = 0;
    for (const d of docs) {
      const r = extract(d.text, { source: d.name });
      officials += r.officials.length;
      meetings += r.meetings.length;
      if (r.officials.length >= 2) withOfficials++;
      if (r.meetings.length >= 1) withMeetings++;
    }
    expect(officials).toBeGreaterThan(docs.length * 2 * 0.8);
    expect(withOfficials / docs.length).toBeGreaterThan(0.8);
    expect(meetings).toBeGreaterThan(0);
    expect(withMeetings / docs.length).toBeGreaterThan(0.5);
  });
});
