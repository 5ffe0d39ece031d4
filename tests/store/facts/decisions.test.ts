import { describe, expect, it } from "vitest";
import { clusterCurated, type Decision } from "../../../src/store/facts/decisions.ts";

// The clustering rule of the resolvers, checked without a database: with a signature it must give
// the same clusters as the pairwise rule, and its comparisons must not grow with the square of the
// mentions of one title (issue #17: each new report of a common instrument re-resolves its title).

interface M {
  key: string;
  kind: string;
  countries: number[];
}
const overlap = (a: M, b: M) => a.kind === b.kind && (!a.countries.length || !b.countries.length || a.countries.some((c) => b.countries.includes(c)));
const signature = (m: M) => `${m.kind}|${[...m.countries].sort().join(",")}`;

/** Deterministic pseudo-random mentions: a few kinds and party sets, as one title's reports have. */
function mentions(n: number, seed = 7): M[] {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const sets = [[], [1], [2], [1, 2], [3], [2, 3]];
  return Array.from({ length: n }, (_, i) => ({ key: `h${String(i).padStart(6, "0")}/0`, kind: next() < 0.8 ? "agreement" : "memorandum", countries: sets[Math.floor(next() * sets.length)]! }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
}
const keysOf = (clusters: M[][]) => clusters.map((c) => c.map((m) => m.key));

describe("clusterCurated", () => {
  it("gives the same clusters with a signature as pairwise, with and without decisions", () => {
    const list = mentions(400);
    const decisions: Decision[] = [
      { id: 1, action: "join", members: [list[3]!, list[250]!].map((m, side) => ({ key: m.key, side, mentionId: null })) },
      { id: 2, action: "split", members: [list[10]!, list[11]!, list[40]!].map((m, i) => ({ key: m.key, side: i === 0 ? 0 : 1, mentionId: null })) },
    ];
    for (const ds of [[], decisions]) {
      const pairwise = clusterCurated(list, overlap, ds);
      const signed = clusterCurated(list, overlap, ds, signature);
      expect(keysOf(signed.clusters)).toEqual(keysOf(pairwise.clusters));
      expect([...signed.splitOff]).toEqual([...pairwise.splitOff]);
      expect(signed.joined.size).toBe(pairwise.joined.size);
    }
    // The fixture is not trivial: several instruments, and the decisions change them.
    expect(clusterCurated(list, overlap, []).clusters.length).toBeGreaterThan(2);
    expect(keysOf(clusterCurated(list, overlap, decisions).clusters)).not.toEqual(keysOf(clusterCurated(list, overlap, []).clusters));
  });

  it("compares a mention with one member per signature, not with every member of its instrument", () => {
    const count = (n: number) => {
      let calls = 0;
      const counted = (a: M, b: M) => (calls++, overlap(a, b));
      clusterCurated(mentions(n), counted, [], signature);
      return calls;
    };
    const small = count(1_000);
    const large = count(8_000);
    // Linear in the mentions (the pairwise rule made about 64 times as many calls for 8 times as many).
    expect(large / small).toBeLessThan(10);
    expect(large).toBeLessThan(8_000 * 40);
  });
});
