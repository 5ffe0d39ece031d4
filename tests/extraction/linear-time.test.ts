// Extraction time grows linearly with the document's length (issue #17, item 1): each component
// is timed on 10k, 100k and 1M characters of each pathological family (bench/extract-linear.ts).
// Ratios, not absolute times, so that a loaded machine does not fail it: linear growth gives
// about 10 per step, the quadratic patterns this guards against gave 80-1000.
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { FAMILIES, timeComponents } from "../../bench/extract-linear.ts";

const SIZES = [10_000, 100_000, 1_000_000];
const MAX_RATIO = 30;
// Below this a time is mostly timer and garbage-collector noise, too small to compare.
const FLOOR = 0.05;

// A collection before each timing, so that one run does not pay for the garbage of the one before.
v8.setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/** Each component's seconds, the median of `runs` runs. */
function timed(text: string, runs: number): Map<string, number> {
  const all = new Map<string, number[]>();
  for (let r = 0; r < runs; r++) {
    gc();
    const parts = timeComponents(text);
    parts.push({ name: "total", seconds: parts.reduce((a, p) => a + p.seconds, 0) });
    for (const { name, seconds } of parts) all.set(name, [...(all.get(name) ?? []), seconds]);
  }
  return new Map([...all].map(([name, xs]) => [name, xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]]));
}

describe("extraction in linear time", () => {
  timeComponents(FAMILIES.spaces(1000)); // gazetteers loaded and code warm before the first timing

  // A retry measures again: a quadratic component fails every time, a stall of the shared machine (one run at 1M
  // characters meeting a burst of other work) does not repeat.
  it.each(Object.keys(FAMILIES))("%s", { timeout: 120_000, retry: 2 }, (family) => {
    const times = SIZES.map((n, i) => timed(FAMILIES[family](n), i < 2 ? 3 : 1));
    for (let i = 1; i < SIZES.length; i++) {
      for (const [name, t] of times[i]) {
        // The smaller size's time, at least the floor: a step from noise to noise is no evidence.
        const ratio = t / Math.max(times[i - 1].get(name)!, FLOOR);
        expect(ratio, `${family}: ${name} took ${t.toFixed(3)} s at ${SIZES[i]} characters vs ${times[i - 1].get(name)!.toFixed(3)} s at ${SIZES[i - 1]}`).toBeLessThan(MAX_RATIO);
      }
    }
    // A guard that the input really is as long as it says (a family that collapsed to nothing would pass trivially).
    expect(FAMILIES[family](SIZES[2]).length).toBeGreaterThanOrEqual(SIZES[2]);
  });
});
