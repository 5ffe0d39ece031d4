import { describe, expect, it } from "vitest";
import { progressReporter } from "../../../src/commands/reextract.ts";

function fakeStream(columns = 60) {
  let written = "";
  const stream = { columns, isTTY: true, write: (s: string) => ((written += s), true) } as unknown as NodeJS.WriteStream;
  return { stream, text: () => written };
}

describe("progress", () => {
  it("draws a bar in place on a terminal and clears it at the end", () => {
    const { stream, text } = fakeStream();
    const p = progressReporter(stream, true);
    p.step(1, 4, "seeds/a.txt", "[1/4] seeds/a.txt");
    p.step(2, 4, "seeds/b.txt", "[2/4] failed seeds/b.txt: bad", true);
    p.done();
    const out = text();
    expect(out).toContain("\r\x1b[2K[");
    expect(out).toMatch(/\] 1\/4  25% seeds\/a\.txt/);
    // An important line is kept above the bar, the bar itself is not left behind.
    expect(out).toContain("[2/4] failed seeds/b.txt: bad\n");
    expect(out.endsWith("\r\x1b[2K")).toBe(true);
    for (const line of out.split(/\r|\n/)) expect(line.replace(/\x1b\[2K/g, "").length).toBeLessThanOrEqual(60);
  });

  it("writes plain lines when not on a terminal", () => {
    const { stream, text } = fakeStream();
    const p = progressReporter(stream, false);
    p.step(1, 2, "a", "[1/2] a: meetings +0 -0");
    p.step(2, 2, "b", "[2/2] b: meetings +1 -0");
    p.done();
    expect(text()).toBe("[1/2] a: meetings +0 -0\n[2/2] b: meetings +1 -0\n");
  });
});
