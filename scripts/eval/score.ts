// The contract's scorer (docs/extraction-contract.md, "How it is scored"), owned by the project so
// that evaluation needs nothing outside the repository. Same rules as the reference scorer:
// greedy one-to-one matching, optional gold items absorb a match without counting, names compare
// as token sets, meetings by date prefix and participant Jaccard >= 0.5, proposals by speaker and
// keywords, agreements by kind and keywords; country and status are separate accuracies.
//
// As a command: npx tsx scripts/eval/score.ts GOLD_DIR PREDICTIONS.jsonl [--json] [--verbose]
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";

export const CLASSES = ["officials", "meetings", "proposals", "agreements"] as const;
export type ScoredClass = (typeof CLASSES)[number];
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface ClassScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}
export interface Tally {
  counts: Record<ScoredClass, Counts>;
  country: { right: number; all: number };
  status: { right: number; all: number };
  documents: number;
  documentsWithoutPrediction: number;
  misses: string[];
  /** Matched items whose country or status differs from the gold (listed by `npm run eval -- --verbose`). */
  wrong: string[];
}
export type Report = Record<ScoredClass, ClassScore> & {
  officialCountryAccuracy: number | null;
  agreementStatusAccuracy: number | null;
  documents: number;
  documentsWithoutPrediction: number;
};

// Gold and predictions are untrusted JSON: read fields loosely, as the reference scorer does.
type Loose = Record<string, any>;

export const norm = (s: unknown): string =>
  String(s ?? "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "d")
    .toLowerCase()
    .replace(/[-‐‑–—_]/g, " ")
    .replace(/[^a-z0-9 $]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
const has = (text: unknown, kw: unknown) => norm(text).includes(norm(kw));
// Names compare as token sets, so "Kishida Fumio" = "Fumio Kishida" and "Marc E. Knapper" = "Marc E Knapper".
export const nameKey = (s: unknown) => norm(s).split(" ").filter(Boolean).sort().join(" ");
const kindOf = (k: unknown) => norm(k).replace(/ /g, "");
const sameName = (a: unknown, b: unknown) => nameKey(a) !== "" && nameKey(a) === nameKey(b);
const nameSet = (list: unknown) => new Set((Array.isArray(list) ? list : []).map(nameKey).filter(Boolean));

/** The document key a prediction is paired on: its source's basename without extension. */
export const docKey = (source: unknown) => basename(String(source ?? "")).replace(/\.[^.]*$/, "");

export function emptyTally(): Tally {
  return {
    counts: Object.fromEntries(CLASSES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }])) as Record<ScoredClass, Counts>,
    country: { right: 0, all: 0 },
    status: { right: 0, all: 0 },
    documents: 0,
    documentsWithoutPrediction: 0,
    misses: [],
    wrong: [],
  };
}

/** Scores one document's prediction (undefined when there is none) against its gold into `t`. */
export function scoreDocument(t: Tally, doc: string, gold: Loose, pred: Loose | undefined): void {
  t.documents++;
  if (!pred) {
    t.documentsWithoutPrediction++;
    t.misses.push(`${doc}: no prediction`);
  }
  const P = (k: string): Loose[] => (Array.isArray(pred?.[k]) ? pred![k] : []);
  const G = (k: string): Loose[] => (Array.isArray(gold[k]) ? gold[k] : []);

  function match(cls: ScoredClass, golds: Loose[], preds: Loose[], same: (g: Loose, p: Loose) => boolean): [Loose, Loose][] {
    const used = new Set<number>();
    const c = t.counts[cls];
    const pairs: [Loose, Loose][] = [];
    for (const g of golds) {
      const i = preds.findIndex((p, j) => !used.has(j) && same(g, p));
      if (i >= 0) {
        used.add(i);
        if (!g.optional) {
          c.tp++;
          pairs.push([g, preds[i]]);
        }
      } else if (!g.optional) {
        c.fn++;
        t.misses.push(`${doc}: missed ${cls} ${JSON.stringify(g)}`);
      }
    }
    preds.forEach((p, j) => {
      if (!used.has(j)) {
        c.fp++;
        t.misses.push(`${doc}: extra ${cls} ${JSON.stringify(p).slice(0, 200)}`);
      }
    });
    return pairs;
  }

  for (const [g, p] of match("officials", G("officials"), P("officials"), (g, p) => sameName(g.name, p.name))) {
    if (g.country) {
      t.country.all++;
      if (String(p.country ?? "").toUpperCase() === String(g.country).toUpperCase()) t.country.right++;
      else t.wrong.push(`${doc}: country of ${g.name}: gold ${g.country}, predicted ${p.country ?? null}`);
    }
  }
  const namedMeetings = P("meetings").filter((m) => (Array.isArray(m.participants) ? m.participants : []).length > 0);
  match("meetings", G("meetings"), namedMeetings, (g, p) => {
    if (!String(p.date ?? "").startsWith(g.date)) return false;
    const a = nameSet(g.participants);
    const b = nameSet(p.participants);
    const inter = [...a].filter((x) => b.has(x)).length;
    const union = new Set([...a, ...b]).size;
    return union > 0 && inter / union >= 0.5;
  });
  match("proposals", G("proposals"), P("proposals"), (g, p) => sameName(g.speaker, p.speaker) && (g.keywords ?? []).every((k: unknown) => has(p.text, k)));
  const agreementPairs = match(
    "agreements",
    G("agreements"),
    P("agreements"),
    (g, p) => kindOf(g.kind) === kindOf(p.kind) && (g.keywords ?? []).every((k: unknown) => has(p.title, k)),
  );
  for (const [g, p] of agreementPairs) {
    if (g.status) {
      t.status.all++;
      if (norm(g.status) === norm(p.status)) t.status.right++;
      else t.wrong.push(`${doc}: status of ${p.title}: gold ${g.status}, predicted ${p.status ?? null}`);
    }
  }
}

/** Adds `b`'s counts into `a` (for a total over several folders). */
export function addTally(a: Tally, b: Tally): void {
  for (const c of CLASSES) for (const k of ["tp", "fp", "fn"] as const) a.counts[c][k] += b.counts[c][k];
  for (const k of ["right", "all"] as const) {
    a.country[k] += b.country[k];
    a.status[k] += b.status[k];
  }
  a.documents += b.documents;
  a.documentsWithoutPrediction += b.documentsWithoutPrediction;
  a.misses.push(...b.misses);
  a.wrong.push(...b.wrong);
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function report(t: Tally): Report {
  const out = {} as Report;
  for (const c of CLASSES) {
    const { tp, fp, fn } = t.counts[c];
    const p = tp + fp ? tp / (tp + fp) : tp + fn ? 0 : 1;
    const r = tp + fn ? tp / (tp + fn) : 1;
    const f1 = p + r ? (2 * p * r) / (p + r) : 0;
    out[c] = { precision: round(p), recall: round(r), f1: round(f1), tp, fp, fn };
  }
  out.officialCountryAccuracy = t.country.all ? round(t.country.right / t.country.all) : null;
  out.agreementStatusAccuracy = t.status.all ? round(t.status.right / t.status.all) : null;
  out.documents = t.documents;
  out.documentsWithoutPrediction = t.documentsWithoutPrediction;
  return out;
}

/** The gold files of a folder, keyed by document name. */
export function readGold(goldDir: string): Map<string, Loose> {
  const files = readdirSync(goldDir).filter((f) => f.endsWith(".gold.json")).sort();
  return new Map(files.map((f) => [f.replace(/\.gold\.json$/, ""), JSON.parse(readFileSync(join(goldDir, f), "utf8"))]));
}

/** Scores predictions (paired by source basename) against every gold file of `goldDir`. */
export function scoreFolder(goldDir: string, predictions: Loose[]): Tally {
  const byKey = new Map(predictions.map((p) => [docKey(p.source), p]));
  const t = emptyTally();
  for (const [doc, gold] of readGold(goldDir)) scoreDocument(t, doc, gold, byKey.get(doc));
  return t;
}

/** The reference scorer's plain-text table. */
export function formatReport(r: Report): string {
  const lines = CLASSES.map((c) => {
    const s = r[c];
    return `${c.padEnd(11)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`;
  });
  lines.push(
    `official country accuracy ${r.officialCountryAccuracy ?? "n/a"}, agreement status accuracy ${r.agreementStatusAccuracy ?? "n/a"}, documents ${r.documents}, without prediction ${r.documentsWithoutPrediction}`,
  );
  lines.push(CLASSES.map((c) => `${c} F1 ${r[c].f1.toFixed(3)}`).join(", "));
  return lines.join("\n");
}

function main(argv: string[]): number {
  const flags = new Set(argv.filter((a) => a.startsWith("--")));
  const [goldDir, predPath] = argv.filter((a) => !a.startsWith("--"));
  if (!goldDir || !predPath) {
    console.error("usage: score.ts GOLD_DIR PREDICTIONS.jsonl [--json] [--verbose]");
    return 2;
  }
  const predictions: Loose[] = [];
  for (const line of readFileSync(predPath, "utf8").split("\n")) {
    if (!line.trim()) continue;
    try {
      predictions.push(JSON.parse(line));
    } catch {
      console.error(`not JSON: ${line.slice(0, 80)}`);
      return 2;
    }
  }
  if (readGold(goldDir).size === 0) {
    console.error(`no *.gold.json in ${goldDir}`);
    return 2;
  }
  const t = scoreFolder(goldDir, predictions);
  if (flags.has("--verbose")) for (const m of t.misses) console.log(m);
  console.log(flags.has("--json") ? JSON.stringify(report(t), null, 2) : formatReport(report(t)));
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
