// Time per extraction component on pathological inputs (issue #17 item 1): text the admission
// checks accept, built from the families that made the rules super-linear.
// Usage: npx tsx bench/extract-linear.ts [--sizes 10000,100000,1000000] [--family NAME]
// Prints seconds per component and the total for each family and size.
import { readDocument } from "../src/extraction/reader.ts";
import { COMPONENTS, newDoc } from "../src/extraction/pipeline.ts";

const HEAD = " date 2024-05-17 Leaders meet\nHanoi (VNA) – Prime Minister Pham Minh Chinh received Japanese Ambassador Ito Naoki in Hanoi on Friday. ";
// A different lower-case word every few hundred characters of a unit with letters, so that no two
// stretches of the input are the same sentence (the reader drops a repeated sentence, which would
// hide the cost).
const marker = (i: number) => " z" + i.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)));
/** `unit` repeated to about n characters, inside one sentence of an otherwise ordinary report. */
function fill(unit: string, n: number, tail = " in Hanoi on Friday."): string {
  // Runs of one mark (spaces, dots, commas) stay unbroken: they are the pathological case, and
  // without letters they never make a sentence that could repeat.
  const every = /\p{L}/u.test(unit) ? Math.max(1, Math.ceil(300 / unit.length)) : Infinity;
  const parts: string[] = [];
  for (let i = 0, len = 0; len < n; i++) {
    const piece = i % every === every - 1 ? unit + marker(i) : unit;
    parts.push(piece);
    len += piece.length;
  }
  return HEAD + "He said" + parts.join("") + tail;
}

export const FAMILIES: Record<string, (n: number) => string> = {
  spaces: (n) => fill(" ", n),
  "spaces before a dash": (n) => fill(" ", n, " - VNA"),
  tabs: (n) => fill("\t", n),
  capitals: (n) => fill(" Nguyen Van", n),
  "capital letters": (n) => fill(" " + "ABCDEFGHIJ".repeat(10), n),
  commas: (n) => fill(",", n),
  "comma words": (n) => fill(" Trade,", n),
  "minister of industry and trade": (n) => fill(" Minister of Industry and Trade", n),
  "he suggested that": (n) => fill(" He suggested that", n),
  "reporting verbs": (n) => fill(" said, stressed, noted, affirmed, proposed, urged", n),
  "sentences on one line": (n) => fill(" that Vietnam values its ties with Japan. Ito said Japan is a top investor. He", n),
  "one unbroken word": (n) => fill(" " + "x".repeat(1000), n),
  "dashes": (n) => fill(" -", n),
  "parentheses": (n) => fill(" (", n),
  "dots": (n) => fill(".", n),
  "memoranda": (n) => fill(" a memorandum of understanding on", n),
};

/** Seconds spent in the reader, the tokeniser and each component on `text`. */
export function timeComponents(text: string): { name: string; seconds: number }[] {
  const out: { name: string; seconds: number }[] = [];
  const time = <T>(name: string, f: () => T): T => {
    const t0 = process.hrtime.bigint();
    const r = f();
    out.push({ name, seconds: Number(process.hrtime.bigint() - t0) / 1e9 });
    return r;
  };
  const read = time("reader", () => readDocument(text));
  const doc = time("tokens", () => newDoc(text, "linear.txt", read.date!, read));
  for (const c of COMPONENTS) time(c.name, () => c.run(doc));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const arg = (f: string) => (args.includes(f) ? args[args.indexOf(f) + 1] : undefined);
  const sizes = (arg("--sizes") ?? "10000,100000,1000000").split(",").map(Number);
  const families = arg("--family") ? [arg("--family")!] : Object.keys(FAMILIES);
  timeComponents(FAMILIES.spaces(1000)); // loads the gazetteers and warms the JIT
  for (const f of families) {
    for (const n of sizes) {
      const parts = timeComponents(FAMILIES[f](n));
      const total = parts.reduce((s, p) => s + p.seconds, 0);
      const slow = parts.filter((p) => p.seconds >= 0.05).map((p) => `${p.name} ${p.seconds.toFixed(2)}`).join(", ");
      console.log(`${f.padEnd(32)} ${String(n).padStart(8)}  ${total.toFixed(3)} s  ${slow}`);
    }
  }
}
