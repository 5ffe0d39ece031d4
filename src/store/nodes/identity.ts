// Which official a report's mention of a person is: the identity of officials across documents.
//
// An official is a name and a country: "joko widodo@id". Two people of one name in two countries
// are two officials; a mention that gives no country joins the single official of its name when
// the reports give that name exactly one country, and otherwise the official of the name alone
// (country unknown): it is not guessed which namesake it meant. A nickname the text ties to a
// person ("Joko Widodo, popularly known as Jokowi") makes other documents' mentions of that name
// mentions of the person, when every document that ties it ties it to the same name. A name with
// initials ("S. Jaishankar") is the person of the one full name it abbreviates ("Subrahmanyam
// Jaishankar": the other words equal, each initial the first letter of a word) when the reports
// give the two names no two countries; with two such full names it is neither.
//
// These rules are a function of the whole set of mentions of a name, never of the order reports
// arrived in: each write recomputes the names it touched (with every name linked to them by a
// nickname) and moves the mentions whose official changed, with everything their document says
// of that official (`moveOfficialReferences`).
import type { Db, Tx } from "../db.ts";
import { resolveAgreements } from "../facts/agreements.ts";
import { rewriteCounterparts } from "../facts/follow-ups.ts";
import { resolveMeetings } from "../facts/meetings.ts";
import { foldText, officialKey } from "../keys.ts";
import { Sql } from "../sql.ts";
import { fillCountryIdentifiers } from "./countries.ts";
import { refreshOfficials } from "./officials.ts";

/** The unique key of the official of a name key in a country (null: country unknown). */
export function identityKey(nameKey: string, countryCode: string | null): string {
  return countryCode ? `${nameKey}@${countryCode.toLowerCase()}` : nameKey;
}

/**
 * The name key of an alias that is a nickname: one sharing no word with the name it stands for
 * ("Jokowi" for Joko Widodo). Short forms of the name ("Dien", "Xuan Phuc") share a word and give
 * null: namesakes share them, so they identify nobody outside their document.
 */
export function nicknameKey(alias: string, name: string): string | null {
  const key = officialKey(alias);
  if (!key) return null;
  const words = new Set(officialKey(name).split(" "));
  return key.split(" ").some((w) => words.has(w)) ? null : key;
}

export interface Resolution {
  /** Officials whose mentions changed: their displayed attributes need recomputing. */
  officials: number[];
  /** Meeting events whose mentions' participants moved: to resolve again. */
  events: number[];
  /** Agreement title keys whose mentions' parties or proposer moved: to resolve again. */
  titles: string[];
}

interface MentionRow extends Record<string, unknown> {
  id: number;
  officialId: number;
  officialKey: string;
  documentId: number;
  nameKey: string;
  name: string;
  countryId: number | null;
  code: string | null;
}

const list = (values: readonly unknown[]) => values.map(() => "?").join(", ");

/**
 * Re-resolves every mention of the given name keys (and of the names a nickname links to them)
 * and moves those whose official changed. Creates the officials a resolution needs and deletes the
 * ones it leaves without mentions or evidence.
 */
export async function resolveOfficialNames(sql: Sql, seeds: Iterable<string>): Promise<Resolution> {
  const result: Resolution = { officials: [], events: [], titles: [] };
  const names = new Set([...seeds].filter(Boolean));
  if (!names.size) return result;

  // The names whose resolution can change: the seeds, the names nicknames link them to (either
  // way), and the names of the officials their mentions sit on now.
  const nicknames = new Map<string, Set<string>>(); // nickname key -> name keys it is tied to
  // Where each name's mentions sit, read by the same statement as its round of the walk (every
  // name is in exactly one round's frontier): a second statement read them again after the walk
  // (issue #16, ingest20).
  const placements: Placement[] = [];
  let frontier = [...names];
  while (frontier.length) {
    const next: string[] = [];
    const add = (k: string | null) => {
      if (k && !names.has(k)) (names.add(k), next.push(k));
    };
    // One statement a round: nicknames tied to or standing for these names ("alias"), and the
    // names of mentions and officials holding them ("placed", "held"). Distinct pairs from the indexes
    // (nameKey, countryId, officialId) and (officialId, nameKey): one entry per official of a name
    // and country, and per other name on an official, however many reports name them.
    // And the initial forms of these names that some official goes by ("s jaishankar" for "subrahmanyam jaishankar").
    const forms = [...new Set(frontier.flatMap(initialForms))];
    const none = `CAST(NULL AS INTEGER), CAST(NULL AS TEXT), CAST(NULL AS INTEGER), CAST(NULL AS TEXT)`;
    const formsUnion = forms.length ? `UNION SELECT DISTINCT 'initial', "nameKey", "nameKey", ${none} FROM "OfficialMention" WHERE "nameKey" IN (${list(forms)})` : "";
    for (const r of await sql.rows<{ kind: string; a: string; b: string; countryId: number | null; code: string | null; officialId: number; officialKey: string }>(
      `WITH RECURSIVE ${PLACEMENT_SCAN(frontier.length)}, ${OTHER_NAMES_SCAN(frontier.length)}
       SELECT DISTINCT 'alias' AS "kind", "key" AS "a", "nameKey" AS "b", CAST(NULL AS INTEGER) AS "countryId", CAST(NULL AS TEXT) AS "code",
           CAST(NULL AS INTEGER) AS "officialId", CAST(NULL AS TEXT) AS "officialKey"
         FROM "Alias" WHERE "key" IS NOT NULL AND ("key" IN (${list(frontier)}) OR "nameKey" IN (${list(frontier)}))
       UNION SELECT 'placed', o."nameKey", p."nameKey", p."countryId", c."code", p."officialId", o."key"
         FROM "placed" p JOIN "Official" o ON o."id" = p."officialId" LEFT JOIN "Country" c ON c."id" = p."countryId"
       UNION SELECT 'held', "own", "nameKey", ${none} FROM "named" WHERE "nameKey" IS NOT NULL AND "nameKey" <> "own"
       ${formsUnion}`,
      [...frontier, ...frontier, ...frontier, ...frontier, ...forms],
    )) {
      if (r.kind === "alias") {
        if (!nicknames.has(r.a)) nicknames.set(r.a, new Set());
        nicknames.get(r.a)!.add(r.b);
      } else if (r.kind === "placed") {
        placements.push({ nameKey: r.b, countryId: r.countryId, code: r.code, officialId: r.officialId, officialKey: r.officialKey });
      }
      add(r.a);
      add(r.b);
    }
    // The full names an initial form may abbreviate (rare: a scan of officials' names by one word).
    for (const k of frontier) {
      if (isInitialForm(k)) {
        const word = k.split(" ").filter((w) => w.length > 1).sort((a, b) => b.length - a.length)[0];
        for (const r of await sql.rows<{ k: string }>(`SELECT DISTINCT "nameKey" AS "k" FROM "Official" WHERE "nameKey" LIKE ?`, [`%${word}%`])) {
          if (abbreviates(k, r.k)) add(r.k);
        }
      }
    }
    frontier = next;
  }

  const keys = [...names];
  // The name each mention resolves to: its own, or the one its nickname stands for.
  const target = (k: string) => {
    const tied = nicknames.get(k);
    return tied && tied.size === 1 && !tied.has(k) ? [...tied][0] : k;
  };
  // Without a nickname joining two of these names, where a mention belongs depends only on its own
  // name and country and on the countries its name's mentions give: those are read as placements,
  // and whole mentions only in the documents where one sits on the wrong official. A name in
  // thousands of reports then costs one index entry per official, not thousands of rows (issue
  // #17 item 2). With a nickname tie, every mention of the names is read.
  const initialPairs = keys.some((k) => isInitialForm(k) && keys.some((f) => abbreviates(k, f)));
  const placed = initialPairs || keys.some((k) => target(k) !== k) ? null : placementsFrom(placements);
  const mentions = placed ? await misplacedMentions(sql, keys, placed) : await mentionsOf(sql, keys);
  const initials = placed ? new Map<string, string>() : fullNamesOfInitials(mentions);
  const group = new Map(mentions.map((m) => [m.id, initials.get(m.nameKey) ?? target(m.nameKey)]));
  // One document names a person once: when a nickname would join a name the same document already
  // names (or another nickname of it), the mention by its own name stays, then the smallest name key.
  for (let changed = true; changed; ) {
    changed = false;
    const byDocument = new Map<string, MentionRow[]>();
    for (const m of mentions) {
      const k = `${m.documentId}\u0000${group.get(m.id)}`;
      byDocument.set(k, [...(byDocument.get(k) ?? []), m]);
    }
    for (const ms of byDocument.values()) {
      if (ms.length < 2) continue;
      const g = group.get(ms[0].id)!;
      ms.sort((a, b) => Number(b.nameKey === g) - Number(a.nameKey === g) || (a.nameKey < b.nameKey ? -1 : a.nameKey > b.nameKey ? 1 : 0));
      for (const m of ms.slice(1)) if (m.nameKey !== g) (group.set(m.id, m.nameKey), (changed = true));
    }
  }
  const countries = placed?.countries ?? new Map<string, Set<string>>();
  if (!placed) {
    for (const m of mentions) {
      if (!m.code) continue;
      const g = group.get(m.id)!;
      if (!countries.has(g)) countries.set(g, new Set());
      countries.get(g)!.add(m.code);
    }
  }
  const desired = (m: MentionRow) => desiredKey(group.get(m.id)!, m.code, countries);

  const moves = mentions.filter((m) => desired(m) !== m.officialKey).map((m) => ({ m, key: desired(m) }));
  if (!moves.length) return result;
  const officialOf = new Map<string, number>();
  const wanted = [...new Set(moves.map((x) => x.key))];
  for (const o of await sql.rows<{ id: number; key: string }>(`SELECT "id", "key" FROM "Official" WHERE "key" IN (${list(wanted)})`, wanted)) officialOf.set(o.key, o.id);
  const missing = wanted.filter((k) => !officialOf.has(k));
  if (missing.length) {
    // Name and country as a first guess; refreshOfficials then derives them from the mentions.
    const first = new Map<string, MentionRow>();
    for (const { m, key } of moves) if (!first.has(key)) first.set(key, m);
    const codeIds = new Map([...(placed?.placements ?? mentions)].filter((m) => m.code).map((m) => [m.code!, m.countryId]));
    const rows = await sql.insert<{ id: number; key: string }>(
      "Official",
      ["key", "nameKey", "name", "searchName", "countryId"],
      missing.map((k) => {
        const m = first.get(k)!;
        const code = k.includes("@") ? k.slice(k.indexOf("@") + 1).toUpperCase() : null;
        return [k, k.split("@")[0], m.name, foldText(m.name), code ? (codeIds.get(code) ?? null) : null];
      }),
      ["id", "key"],
    );
    for (const r of rows) officialOf.set(r.key, r.id);
  }

  // A document holds one mention per official: move into officials its other mentions are leaving
  // only once they have left.
  const pending = moves.map(({ m, key }) => ({ documentId: m.documentId, from: m.officialId, to: officialOf.get(key)! }));
  const held = new Set(mentions.map((m) => `${m.documentId}\u0000${m.officialId}`));
  const events = new Set<number>();
  const titles = new Set<string>();
  const touched = new Set<number>();
  while (pending.length) {
    const i = pending.findIndex((p) => !held.has(`${p.documentId}\u0000${p.to}`));
    if (i < 0) throw new Error(`official resolution: document ${pending[0].documentId} would name one official twice`);
    const [p] = pending.splice(i, 1);
    const moved = await moveOfficialReferences(sql, p.documentId, p.from, p.to);
    moved.events.forEach((e) => events.add(e));
    moved.titles.forEach((t) => titles.add(t));
    held.delete(`${p.documentId}\u0000${p.from}`);
    held.add(`${p.documentId}\u0000${p.to}`);
    touched.add(p.from).add(p.to);
  }
  // Officials the moves left with nothing to stand on.
  const left = [...new Set(moves.map((x) => x.m.officialId))];
  await sql.send(
    `DELETE FROM "Official" WHERE "id" IN (${list(left)})
       AND NOT EXISTS (SELECT 1 FROM "OfficialMention" m WHERE m."officialId" = "Official"."id")
       AND NOT EXISTS (SELECT 1 FROM "Evidence" e WHERE e."officialId" = "Official"."id")`,
    left,
  );
  const remaining = await sql.rows<{ id: number }>(`SELECT "id" FROM "Official" WHERE "id" IN (${list([...touched])})`, [...touched]);
  return { officials: remaining.map((r) => r.id), events: [...events], titles: [...titles] };
}

/** A name key with an initial ("jaishankar s") and a word that is not one. */
export function isInitialForm(key: string): boolean {
  const words = key.split(" ");
  return words.some((w) => w.length === 1 && /\p{L}/u.test(w)) && words.some((w) => w.length > 1);
}

/** Whether name key `initial` abbreviates name key `full`: the same words but that each initial stands for a full word of its letter. */
export function abbreviates(initial: string, full: string): boolean {
  if (isInitialForm(full) || !isInitialForm(initial)) return false;
  const rest = full.split(" ");
  const words = initial.split(" ");
  if (rest.length !== words.length) return false;
  for (const w of words.filter((w) => w.length > 1)) {
    const i = rest.indexOf(w);
    if (i < 0) return false;
    rest.splice(i, 1);
  }
  const letters = words.filter((w) => w.length === 1).sort().join("");
  return rest.every((w) => w.length > 1) && rest.map((w) => w[0]).sort().join("") === letters;
}

/** The initial forms of a full name key: some of its words (not all) cut to their first letter. */
function initialForms(key: string): string[] {
  const words = key.split(" ");
  if (words.length < 2 || words.length > 4 || words.some((w) => w.length < 2)) return [];
  const out: string[] = [];
  for (let mask = 1; mask < (1 << words.length) - 1; mask++) {
    out.push(words.map((w, i) => (mask & (1 << i) ? w[0] : w)).sort().join(" "));
  }
  return out;
}

/**
 * Initial form -> the full name its mentions are mentions of: the single full name (with mentions)
 * it abbreviates, when the two names' mentions give at most one country between them.
 */
function fullNamesOfInitials(mentions: MentionRow[]): Map<string, string> {
  const countries = new Map<string, Set<string>>();
  for (const m of mentions) {
    const set = countries.get(m.nameKey) ?? countries.set(m.nameKey, new Set()).get(m.nameKey)!;
    if (m.code) set.add(m.code);
  }
  const out = new Map<string, string>();
  for (const k of countries.keys()) {
    if (!isInitialForm(k)) continue;
    const full = [...countries.keys()].filter((f) => abbreviates(k, f));
    if (full.length !== 1) continue;
    if (new Set([...countries.get(k)!, ...countries.get(full[0])!]).size <= 1) out.set(k, full[0]);
  }
  return out;
}

/** Where a mention of name group `group` giving country `code` belongs, given the countries each group's mentions give. */
function desiredKey(group: string, code: string | null, countries: Map<string, Set<string>>): string {
  if (code) return identityKey(group, code);
  const known = countries.get(group);
  return identityKey(group, known?.size === 1 ? [...known][0] : null);
}

const MENTION_COLUMNS = `m."id", m."officialId", o."key" AS "officialKey", m."documentId", m."nameKey", m."name", m."countryId", c."code"
  FROM "OfficialMention" m JOIN "Official" o ON o."id" = m."officialId" LEFT JOIN "Country" c ON c."id" = m."countryId"`;

/** Every mention of these names. */
async function mentionsOf(sql: Sql, keys: string[]): Promise<MentionRow[]> {
  return sql.rows<MentionRow>(`SELECT ${MENTION_COLUMNS} WHERE m."nameKey" IN (${list(keys)})`, keys);
}

interface Placement extends Record<string, unknown> {
  nameKey: string;
  countryId: number | null;
  code: string | null;
  officialId: number;
  officialKey: string;
}

/**
 * CTEs of a WITH RECURSIVE: "placed"("nameKey", "countryId", "officialId"), the distinct triples of
 * the mentions of n names (the parameters), read as a loose index scan of (nameKey, countryId,
 * officialId): for each name its countries one after another, then for each country (and for no
 * country) its officials one after another, each step one index seek. A `DISTINCT` over the
 * mentions reads one index entry per report of the name, so an official named in thousands of
 * reports cost each new report thousands of entries (issue #16). Rows with a null official are the
 * ends of the chains; a join on the official drops them.
 */
const PLACEMENT_SCAN = (n: number) => `"nk"("nameKey") AS (VALUES ${Array.from({ length: n }, () => "(CAST(? AS TEXT))").join(", ")}),
  "nc"("nameKey", "countryId") AS (
    SELECT "nameKey", (SELECT MIN(x."countryId") FROM "OfficialMention" x WHERE x."nameKey" = "nk"."nameKey") FROM "nk"
    UNION ALL
    SELECT "nc"."nameKey", (SELECT MIN(x."countryId") FROM "OfficialMention" x WHERE x."nameKey" = "nc"."nameKey" AND x."countryId" > "nc"."countryId")
      FROM "nc" WHERE "nc"."countryId" IS NOT NULL),
  "placed"("nameKey", "countryId", "officialId") AS (
    SELECT "nameKey", "countryId", (SELECT MIN(x."officialId") FROM "OfficialMention" x WHERE x."nameKey" = "nc"."nameKey" AND x."countryId" = "nc"."countryId")
      FROM "nc" WHERE "nc"."countryId" IS NOT NULL
    UNION ALL
    SELECT "nameKey", CAST(NULL AS INTEGER), (SELECT MIN(x."officialId") FROM "OfficialMention" x WHERE x."nameKey" = "nk"."nameKey" AND x."countryId" IS NULL) FROM "nk"
    UNION ALL
    SELECT p."nameKey", p."countryId", CASE WHEN p."countryId" IS NULL
        THEN (SELECT MIN(x."officialId") FROM "OfficialMention" x WHERE x."nameKey" = p."nameKey" AND x."countryId" IS NULL AND x."officialId" > p."officialId")
        ELSE (SELECT MIN(x."officialId") FROM "OfficialMention" x WHERE x."nameKey" = p."nameKey" AND x."countryId" = p."countryId" AND x."officialId" > p."officialId") END
      FROM "placed" p WHERE p."officialId" IS NOT NULL)`;

/**
 * A CTE of a WITH RECURSIVE: "named"("officialId", "nameKey", "own"), the distinct name keys of the
 * mentions of each official whose own name key is one of n (the parameters), a loose index scan of
 * (officialId, nameKey) like PLACEMENT_SCAN's; "nameKey" null ends an official's chain.
 */
const OTHER_NAMES_SCAN = (n: number) => `"named"("officialId", "nameKey", "own") AS (
    SELECT o."id", (SELECT MIN(x."nameKey") FROM "OfficialMention" x WHERE x."officialId" = o."id"), o."nameKey" FROM "Official" o WHERE o."nameKey" IN (${Array.from({ length: n }, () => "?").join(", ")})
    UNION ALL
    SELECT d."officialId", (SELECT MIN(x."nameKey") FROM "OfficialMention" x WHERE x."officialId" = d."officialId" AND x."nameKey" > d."nameKey"), d."own"
      FROM "named" d WHERE d."nameKey" IS NOT NULL)`;

/** Which officials the mentions of these names sit on, by the country each gives (read by the walk), and the countries each name's mentions give. */
function placementsFrom(placements: Placement[]): { placements: Placement[]; countries: Map<string, Set<string>> } {
  const countries = new Map<string, Set<string>>();
  for (const p of placements) if (p.code) (countries.get(p.nameKey) ?? countries.set(p.nameKey, new Set()).get(p.nameKey)!).add(p.code);
  return { placements, countries };
}

/** The mentions of these names in every document where one of them sits on another official than the rules give. */
async function misplacedMentions(sql: Sql, keys: string[], placed: { placements: Placement[]; countries: Map<string, Set<string>> }): Promise<MentionRow[]> {
  const wrong = placed.placements.filter((p) => desiredKey(p.nameKey, p.code, placed.countries) !== p.officialKey);
  if (!wrong.length) return [];
  const where = wrong.map((p) => `("nameKey" = ? AND "officialId" = ? AND "countryId" ${p.countryId === null ? "IS NULL" : "= ?"})`).join(" OR ");
  return sql.rows<MentionRow>(
    `SELECT ${MENTION_COLUMNS} WHERE m."nameKey" IN (${list(keys)}) AND m."documentId" IN (SELECT "documentId" FROM "OfficialMention" WHERE ${where})`,
    [...keys, ...wrong.flatMap((p) => (p.countryId === null ? [p.nameKey, p.officialId] : [p.nameKey, p.officialId, p.countryId]))],
  );
}

/**
 * Moves everything one document says of official `from` to official `to`: its mention, aliases,
 * positions, evidence, meeting participations, proposals and agreement mentions. Returns the
 * meeting events and agreement title keys those facts belong to, whose resolution depends on who
 * took part. Events' participants and instruments' proposers are derived from the mentions and
 * follow when those are resolved again.
 */
export async function moveOfficialReferences(sql: Sql, documentId: number, from: number, to: number): Promise<{ events: number[]; titles: string[] }> {
  const events = await sql.rows<{ meetingId: number }>(
    `SELECT DISTINCT m."meetingId" FROM "MeetingMention" m JOIN "MeetingMentionParticipant" p ON p."mentionId" = m."id"
      WHERE m."documentId" = ? AND p."officialId" = ? AND m."meetingId" IS NOT NULL`,
    [documentId, from],
  );
  const titles = await sql.rows<{ titleKey: string }>(
    `SELECT DISTINCT a."titleKey" FROM "AgreementMention" a WHERE a."documentId" = ?
        AND (a."proposerId" = ? OR EXISTS (SELECT 1 FROM "AgreementParty" p WHERE p."mentionId" = a."id" AND p."officialId" = ?))`,
    [documentId, from, from],
  );
  for (const table of ["OfficialMention", "Alias", "Position", "Evidence"]) {
    await sql.send(`UPDATE "${table}" SET "officialId" = ? WHERE "officialId" = ? AND "documentId" = ?`, [to, from, documentId]);
  }
  await sql.send(`UPDATE "Proposal" SET "speakerId" = ? WHERE "speakerId" = ? AND "documentId" = ?`, [to, from, documentId]);
  await sql.send(`UPDATE "Proposal" SET "addresseeId" = ? WHERE "addresseeId" = ? AND "documentId" = ?`, [to, from, documentId]);
  await sql.send(`UPDATE "AgreementMention" SET "proposerId" = ? WHERE "proposerId" = ? AND "documentId" = ?`, [to, from, documentId]);
  await sql.send(
    `UPDATE "MeetingMentionParticipant" SET "officialId" = ? WHERE "officialId" = ? AND "mentionId" IN (SELECT "id" FROM "MeetingMention" WHERE "documentId" = ?)`,
    [to, from, documentId],
  );
  await sql.send(
    `UPDATE "AgreementParty" SET "officialId" = ? WHERE "officialId" = ? AND "mentionId" IN (SELECT "id" FROM "AgreementMention" WHERE "documentId" = ?)`,
    [to, from, documentId],
  );
  // The countries this report gives its instruments' sides go through its officials: worked out again.
  await sql.send(`UPDATE "AgreementMention" SET "countryCodes" = NULL WHERE "documentId" = ?`, [documentId]);
  // So do its proposals' counterparts (the follow-up search's pairs).
  await rewriteCounterparts(sql, documentId);
  return { events: events.map((e) => e.meetingId), titles: titles.map((t) => t.titleKey) };
}

/** The name keys one document's mentions and nicknames touch: read before its facts go, resolved after. */
export async function namesOfDocument(sql: Sql, documentId: number): Promise<string[]> {
  const rows = await sql.rows<{ k: string | null }>(
    `SELECT "nameKey" AS "k" FROM "OfficialMention" WHERE "documentId" = ?
     UNION SELECT "key" FROM "Alias" WHERE "documentId" = ? AND "key" IS NOT NULL
     UNION SELECT "nameKey" FROM "Alias" WHERE "documentId" = ? AND "key" IS NOT NULL`,
    [documentId, documentId, documentId],
  );
  return rows.map((r) => r.k).filter((k): k is string => !!k);
}

export interface IdentityUpgrade {
  countries: number;
  mentions: number;
  nicknames: number;
  officials: number;
}

/**
 * Brings a database from before identities by name and country up to date: countries get their
 * identifiers, mentions their name keys, nicknames their keys (from the name the same document
 * gave the person), and every name so filled in is resolved. Does nothing on an up-to-date
 * database (one query each), so `migrate` and `start` run it every time; one transaction, so an
 * interrupted run leaves the rows to do for the next.
 */
export async function upgradeIdentities(db: Db): Promise<IdentityUpgrade> {
  return db.$transaction(
    async (tx) => {
      const sql = new Sql(tx as Tx);
      const done: IdentityUpgrade = { countries: await fillCountryIdentifiers(sql), mentions: 0, nicknames: 0, officials: 0 };
      const mentions = await sql.rows<{ id: number; officialId: number; documentId: number; name: string }>(
        `SELECT "id", "officialId", "documentId", "name" FROM "OfficialMention" WHERE "nameKey" = ''`,
      );
      if (!mentions.length) return done;
      const names = new Set<string>();
      const fullName = new Map<string, string>(); // document and official -> the name it gave
      for (const m of mentions) {
        const key = officialKey(m.name);
        names.add(key);
        fullName.set(`${m.documentId}\u0000${m.officialId}`, m.name);
        done.mentions += await sql.exec(`UPDATE "OfficialMention" SET "nameKey" = ? WHERE "id" = ?`, [key, m.id]);
      }
      const documents = [...new Set(mentions.map((m) => m.documentId))];
      for (let i = 0; i < documents.length; i += 500) {
        const chunk = documents.slice(i, i + 500);
        for (const a of await sql.rows<{ id: number; officialId: number; documentId: number; name: string }>(
          `SELECT "id", "officialId", "documentId", "name" FROM "Alias" WHERE "key" IS NULL AND "documentId" IN (${list(chunk)})`,
          chunk,
        )) {
          const name = fullName.get(`${a.documentId}\u0000${a.officialId}`);
          const key = name ? nicknameKey(a.name, name) : null;
          if (!key) continue;
          names.add(key);
          done.nicknames += await sql.exec(`UPDATE "Alias" SET "key" = ?, "nameKey" = ? WHERE "id" = ?`, [key, officialKey(name!), a.id]);
        }
      }
      const resolution = await resolveOfficialNames(sql, names);
      await resolveMeetings(sql, [], resolution.events);
      await resolveAgreements(sql, resolution.titles);
      await refreshOfficials(tx as Tx, resolution.officials);
      done.officials = resolution.officials.length;
      return done;
    },
    { maxWait: 30_000, timeout: 3600_000 },
  );
}
