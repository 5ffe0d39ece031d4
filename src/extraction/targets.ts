// Targets: quantified goals ("lifting two-way trade to US$100 billion", "150 billion USD by 2030")
// with the value in plain units.
import type { Doc } from "./doc.ts";
import { evidenceOf } from "./doc.ts";

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12 };
const CURRENCY: Record<string, string> = { "us$": "USD", $: "USD", usd: "USD", "us dollars": "USD", dollars: "USD", jpy: "JPY", yen: "JPY", eur: "EUR", euro: "EUR", euros: "EUR", "€": "EUR", vnd: "VND", dong: "VND", krw: "KRW", won: "KRW" };
const AMOUNT_RE =
  /(US\$|\$|€|USD\s?)?\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|mn)?\b(?:\s+(USD|US dollars|dollars|JPY|yen|EUR|euros?|VND|dong|KRW|won)\b)?(?:\s+(visitors|tourists|workers|labourers|students|projects|arrivals|passengers))?/giu;
const GOAL_RE = /\b(?:lift|lifting|raise|raising|push|pushing|boost|boosting|increase|increasing|bring|bringing|reach|reaching|double|doubling|target|targets|targeting|aim|aiming|hit|hitting|grow|growing)\b[^.;]{0,80}?\bto\s*$/i;
const METRIC_RE = /\b(two-way trade|bilateral trade|trade turnover|trade|investment|FDI|ODA|exports?|imports?|tourist arrivals|visitors|tourists|workers|labourers)\b/gi;

const DIGIT_RE = /\d/;

export function findTargets(doc: Doc): void {
  for (const s of doc.sentences) {
    // Every amount has a digit: a sentence without one skips the scan.
    if (!DIGIT_RE.test(s.text)) continue;
    AMOUNT_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    let lastMetric: string | null = null;
    let lastGoalEnd = -1;
    while ((m = AMOUNT_RE.exec(s.text))) {
      const [all, pre, num, scale, cur, count] = m;
      const unit = pre ? CURRENCY[pre.trim().toLowerCase()] : cur ? CURRENCY[cur.toLowerCase()] : count ? count.toLowerCase() : null;
      if (!unit) continue;
      const before = s.text.slice(0, m.index);
      const goal = GOAL_RE.test(before) || (lastGoalEnd >= 0 && /^\s*(?:next year|this year|by \d{4}|in \d{4})?\s*(?:and|,)\s*$/i.test(s.text.slice(lastGoalEnd, m.index)));
      if (!goal) continue;
      const metrics = [...before.matchAll(METRIC_RE)];
      const metric: string = metrics.length ? metrics[metrics.length - 1][1].toLowerCase() : lastMetric ?? (count ? count.toLowerCase() : "value");
      lastMetric = metric;
      const value = Math.round(parseFloat(num.replace(/,/g, "")) * (scale ? SCALE[scale.toLowerCase()] : 1));
      const after = s.text.slice(m.index + all.length, m.index + all.length + 20);
      const by = /^\s*(?:by|in)\s+(\d{4})\b/.exec(after);
      const next = /^\s*next year\b/i.test(after) ? String(+doc.date.slice(0, 4) + 1) : /^\s*this year\b/i.test(after) ? doc.date.slice(0, 4) : null;
      const start = s.start + m.index + (all.length - all.trimStart().length);
      const end = s.start + m.index + all.trimEnd().length;
      doc.targets.push({ metric, value, unit, deadline: by ? by[1] : next, evidence: [evidenceOf(doc, s.index, start, end)] });
      lastGoalEnd = m.index + all.length;
    }
  }
}
