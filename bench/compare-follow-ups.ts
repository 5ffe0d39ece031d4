// Whether two databases built from the same reports hold the same follow-up links (for a change to
// the follow-up search: the links must not move). Each link by stable names: the proposal's source
// (file name) and ordinal, the instrument's or event's key, score, rule and evidence.
//
// npx tsx bench/compare-follow-ups.ts URL_A URL_B   (file:… or postgresql://…)
import Database from "better-sqlite3";
import pg from "pg";

const LINKS = `SELECT d."source", p."ordinal", f."kind", a."key" AS "agreement", m."key" AS "meeting", f."score", f."rule", f."evidence"
  FROM "ProposalFollowUp" f JOIN "Proposal" p ON p."id" = f."proposalId" JOIN "Document" d ON d."id" = p."documentId"
  LEFT JOIN "Agreement" a ON a."id" = f."agreementId" LEFT JOIN "Meeting" m ON m."id" = f."meetingId"`;

async function links(url: string): Promise<string[]> {
  let rows: Record<string, unknown>[];
  if (url.startsWith("file:")) {
    const db = new Database(url.slice(5), { readonly: true });
    rows = db.prepare(LINKS).all() as Record<string, unknown>[];
    db.close();
  } else {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    rows = (await c.query(LINKS)).rows;
    await c.end();
  }
  return rows.map((r) => JSON.stringify([String(r.source).replace(/^.*\//, "").replace(/\.txt$/, ""), Number(r.ordinal), r.kind, r.agreement, r.meeting, Number(r.score), r.rule, typeof r.evidence === "string" ? JSON.parse(r.evidence) : r.evidence])).sort();
}

const [a, b] = process.argv.slice(2);
if (!a || !b) throw new Error("usage: npx tsx bench/compare-follow-ups.ts URL_A URL_B");
const [la, lb] = [await links(a), await links(b)];
const onlyA = la.filter((x) => !lb.includes(x));
const onlyB = lb.filter((x) => !la.includes(x));
console.log(`${la.length} links in A, ${lb.length} in B; only in A ${onlyA.length}, only in B ${onlyB.length}`);
for (const x of [...onlyA.slice(0, 5).map((x) => `A ${x}`), ...onlyB.slice(0, 5).map((x) => `B ${x}`)]) console.log(x);
process.exit(onlyA.length || onlyB.length ? 1 : 0);
