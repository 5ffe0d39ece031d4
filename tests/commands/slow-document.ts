// A document no extractor gets through quickly: megabytes of real report text (about two seconds
// even for the linear-time extractor, far over the budgets the tests set) with a long run of
// spaces in a sentence (super-linear before issue #17).
import { SEED_A } from "../hardening/fixtures.ts";

export function slowDocument(bytes: number): string {
  const body = SEED_A.replace(/^ date \d{4}-\d{2}-\d{2}/, "");
  const header = SEED_A.slice(0, SEED_A.length - body.length);
  const parts = [`${header} `, "Minister Nguyen Hong Dien met the Ambassador.", " ".repeat(30_000), "He suggested cooperation.\n"];
  let size = parts.join("").length;
  while (size < bytes) {
    parts.push(body);
    size += body.length;
  }
  return parts.join("");
}
