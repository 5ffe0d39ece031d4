// The two countries of a bilateral report. A writer qualifies the other side's officials ("Ethiopian
// Prime Minister Abiy Ahmed", "Canadian Ambassador Catherine Lévesque") and leaves their own
// unqualified ("President William Ruto", "Prime Minister Bisher Khasawneh"); the demonym of the
// sentence then belongs to the qualified official. So when every official whose title or name gave
// a country belongs to one of the report's two main countries, the officials left without one, or
// given that same country only from context, belong to the other.
import type { Doc, Mention, Official, Sent } from "./doc.ts";
import { mentionsIn } from "./doc.ts";
import { sentenceSubject } from "./coref.ts";
import { isTitleWord } from "./names.ts";
import { calendar, codeNotCountry, cues, gatheringNouns, isInternationalOrg, lookupCountry, matchPhrase, placeCountry, tokenCountry, type PhraseHit } from "./gazetteers.ts";
import { cuePattern, fold, lowerText, mayMatch, retoken, tokenize, type Tok } from "./text.ts";

// Tokens and gazetteer hits are final once the gazetteer step has run, and six steps ask for the counts: computed once.
const countsOf = new WeakMap<Doc, Map<string, number>>();

/** Mentions per country (names, demonyms, parts of "Kenya-Ethiopia"), the headline included. */
export function countryCounts(doc: Doc): Map<string, number> {
  let counts = countsOf.get(doc);
  if (!counts) countsOf.set(doc, (counts = computeCountryCounts(doc)));
  return new Map(counts);
}

const capitalised = (w: string) => w.replace(/(^|[\s-])(\p{L})/gu, (_, b: string, c: string) => b + c.toUpperCase());
// "the Bank's Country Director for the Maghreb and Malta,": the capitalised words of a remit after its head's "for".
const REMIT_RE = new RegExp(`\\b(?:${cues.remits.heads.flatMap((h) => [h, capitalised(h)]).map((h) => h.replace(/\s+/g, "\\s+")).join("|")})\\s+for\\s+(?:the\\s+)?(?:(?:\\p{Lu}[\\p{L}-]*|and|the),?\\s+){0,6}$`, "u");

function computeCountryCounts(doc: Doc): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (code: string | null) => code && counts.set(code, (counts.get(code) ?? 0) + 1);
  // "Jamaica Observer" over a CMC wire from Port of Spain: the outlet's name (as its copyright line writes it) is no
  // mention of a side of the report.
  const outlet = outletNames(doc);
  // "Prime Minister Luís Montenegro": a country's name inside a person's name is no mention of that country.
  const names = doc.mentions.filter((m) => m.kind === "name");
  const inName = (i: number, t: Tok) => names.some((m) => m.sentence === i && m.start <= t.start && t.end <= m.end);
  const compound = (t: Tok) => {
    if (!t.text.includes("-")) return;
    for (const part of t.text.split("-")) add(tokenCountry(retoken(t, part, fold(part), /^\p{Lu}/u.test(part)), doc.demonymChoice)?.code ?? null);
  };
  doc.sentences.forEach((s, i) => {
    const asked = callContentStart(doc.text.slice(s.start, s.end));
    s.toks.forEach((t, k) => {
      const hit = s.gaz[k];
      if (hit && (hit.type === "country" || hit.type === "demonym")) {
        // (The remit's "for" is written in lower case: most texts before a country have none near enough.)
        const before = doc.text.slice(Math.max(s.start, t.start - 80), t.start);
        if (inName(i, t) || (before.includes("for") && REMIT_RE.test(before))) return;
        if (s.gaz[k - 1] !== hit && t.start - s.start < asked && !outlet.has(`${hit.value} ${s.toks[k + hit.length]?.text ?? ""}`)) add(hit.value);
      } else if (!hit) compound(t);
    });
  });
  const span = doc.read.titleSpan;
  if (span) {
    const asked = callContentStart(doc.text.slice(span.start, span.end));
    for (const { t, phrase, covered } of headlineTokens(doc)) {
      if (covered) continue;
      if (phrase !== undefined) {
        if (t.start - span.start < asked) add(phrase);
        continue;
      }
      const c = t.start - span.start < asked ? tokenCountry(t, doc.demonymChoice) : null;
      if (c) add(c.code);
      else compound(t);
    }
  }
  return counts;
}

const PHRASE_TYPES = new Set(["country", "demonym", "place"]);

/** The headline's tokens, read as the sentences are: a country, demonym or place of several words counts once, as a whole
 * ("Office of the President, Republic of China (Taiwan)" names Taiwan, not China; "Papua New Guinea" names no Guinea).
 * `phrase`: the country of the phrase a token opens (null for a place of no country), `covered`: a token inside one. */
function headlineTokens(doc: Doc): { t: Tok; phrase?: string | null; covered: boolean }[] {
  const span = doc.read.titleSpan;
  if (!span) return [];
  const toks = tokenize(doc.text, span.start, span.end);
  const out: { t: Tok; phrase?: string | null; covered: boolean }[] = [];
  for (let k = 0; k < toks.length; k++) {
    const hit = matchPhrase(toks, k);
    if (codeNotCountry(toks[k], doc.text.slice(toks[k].end, toks[k].end + 3))) {
      out.push({ t: toks[k], covered: true });
      continue;
    }
    if (!hit || hit.length < 2 || !PHRASE_TYPES.has(hit.type)) {
      out.push({ t: toks[k], covered: false });
      continue;
    }
    const key = toks.slice(k, k + hit.length).map((t) => t.norm).join(" ");
    out.push({ t: toks[k], phrase: hit.type === "demonym" ? (doc.demonymChoice.get(key) ?? hit.value) : hit.value, covered: false });
    for (let n = 1; n < hit.length; n++) out.push({ t: toks[k + n], covered: true });
    k += hit.length - 1;
  }
  return out;
}

const OWNER_PREFIXES = cues.pageFurniture.ownerPrefixes.map((p) => p.toLowerCase());

/** "© 2026 Jamaica Observer Limited" over a wire filed from Port of Spain: each country the copyright line names with the
 * word after it ("JM Observer"), when the dateline is in another country (an outlet at home may well be a side). */
function outletNames(doc: Doc): Set<string> {
  const out = new Set<string>();
  const dl = doc.read.dateline;
  const filed = dl ? (placeCountry(dl) ?? lookupCountry(dl)?.code ?? null) : null;
  if (!filed) return out;
  for (const n of doc.read.noise) {
    if (n.kind !== "furniture") continue;
    const line = doc.text.slice(n.start, n.end).trim().toLowerCase();
    if (!OWNER_PREFIXES.some((p) => line.startsWith(p))) continue;
    const toks = tokenize(doc.text, n.start, n.end);
    toks.forEach((t, k) => {
      const c = tokenCountry(t);
      if (c && c.code !== filed && toks[k + 1]?.cap) out.add(`${c.code} ${toks[k + 1].text}`);
    });
  }
  return out;
}

// "called on the EU to suspend its deal with Rwanda", "presses EU on Rwanda minerals deal": a country named in what a call
// asks for is its subject, not a side of the report; the addressee before "to"/"on" still counts.
const CALL_RE = cuePattern(`\\b(?:${Object.entries(cues.proposalVerbs).filter(([, kind]) => kind === "call").map(([v]) => v).join("|")})\\b[^.;]*?\\b(?:to|on|for)\\b`, "iu");

/** Offset in `text` where the content of a call begins (what is asked for), or Infinity. */
function callContentStart(text: string): number {
  if (!/urg|call|press|appeal/i.test(text)) return Infinity;
  const m = CALL_RE.exec(text);
  return m ? m.index + m[0].length : Infinity;
}

export function pairCountries(doc: Doc): void {
  spouses(doc);
  companions(doc);
  namedSides(doc);
  pairSides(doc);
  // A traveller's side, once known, settles the unqualified officials of the other.
  if (travellers(doc)) pairSides(doc);
  pairedTitles(doc);
  titleLists(doc);
  signedBy(doc);
  peers(doc);
  counterpartOwners(doc);
  hostAppositions(doc);
  messengers(doc);
  if (meetingSides(doc)) pairSides(doc);
  // A messenger whose own side only the meetings told ("Tebboune received Tajani ... and conveyed his greetings to
  // President X") places his principals now.
  messengers(doc);
  activeCompanions(doc);
  contrasted(doc);
  staff(doc);
  bareOfficials(doc);
  quotedOwnSide(doc);
  peerEncounters(doc);
}

/**
 * "as President Volodymyr Zelenskyy urged Britain to send more air defence": a speaker who calls on a country is not of it.
 * When only context gave the speaker that country, the speaker is of the report's other main country.
 */
const BOTH_SIDES_RE = /^(?:the\s+)?(?:\p{Lu}[\p{L}'-]*\s+){1,4}(?:and|&)\s+(?:the\s+)?\p{Lu}/u;

export function addressedSides(doc: Doc): void {
  let counts: Map<string, number> | null = null;
  for (const p of doc.proposals) {
    const addressed = p.addressee && !doc.officials.some((o) => o.name === p.addressee) ? lookupCountry(p.addressee)?.code : undefined;
    const o = addressed ? doc.officials.find((x) => x.name === p.speaker) : undefined;
    if (!o || o.country !== addressed || o.countryRank < 3 || o.countryByTitle || o.countryByPlace) continue;
    // ("proposed that Colombia and Spain set up a working group": both sides named as the act's subject say nothing of
    // the speaker's.)
    if (BOTH_SIDES_RE.test(p.text)) continue;
    counts ??= countryCounts(doc);
    const others = [...counts].filter(([c, n]) => c !== addressed && n >= 2).sort((a, b) => b[1] - a[1]);
    // The other side only when the report has one clear other country besides the one addressed.
    if (others.length && (others.length === 1 || others[0][1] > others[1][1])) o.country = others[0][0];
  }
}

/**
 * "the meeting between President Lula and President Tinubu in Johannesburg in November", "President Milei and President
 * Orsi met in Buenos Aires", "Prime Minister A and Prime Minister B will meet in July": two holders of one office in a
 * two-party encounter of a report on two countries are one of each side, when only context gave either a country (both
 * put on one side, or neither placed). A writer names his own side first: the first named keeps the side the context gave
 * (the side the writer leaves unqualified) or, with neither placed, takes the side of the report's hosts at home; the
 * second takes the other.
 */
function peerEncounters(doc: Doc): void {
  // Each two-party encounter of two holders of one office, and each body "co-chaired by A and B" (whatever their offices:
  // "the Cooperation Council, co-chaired by President A and Prime Minister B", proposed or held), with the sentence.
  const pairs: { people: (Official | undefined)[]; sentence: number }[] = [];
  for (const m of doc.meetings) {
    if (m.participants.length !== 2) continue;
    const people = m.participants.map((n) => doc.officials.find((o) => o.name === n));
    const office = officeOf(people[0]?.title ?? null);
    if (office && office === officeOf(people[1]?.title ?? null)) pairs.push({ people, sentence: m.sentence });
  }
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    CO_CHAIRED_RE.lastIndex = 0;
    // (A sentence without "chair", in any case, has no match: most skip the pattern.)
    for (let m = CHAIR_RE.test(text) ? CO_CHAIRED_RE.exec(text) : null; m; m = CO_CHAIRED_RE.exec(text)) {
      const from = s.start + m.index + m[0].length;
      const [x, y] = mentionsIn(doc, s.index).filter((n) => n.start >= from && n.kind === "name" && n.entity >= 0);
      // "co-chaired by President A and Prime Minister B", "by A and his Greek counterpart, B": the two named one after the other.
      if (!x || !y || !CO_CHAIR_JOIN_RE.test(doc.text.slice(x.end, y.start))) continue;
      if (x.start - from > 60) continue;
      pairs.push({ people: [doc.officials[x.entity], doc.officials[y.entity]], sentence: s.index });
    }
  }
  let pair: string[] | null | undefined;
  for (const { people, sentence } of pairs) {
    if (people.some((o) => !o || o.countryRank < 3 || isInternationalOrg(o.organization))) continue;
    let [a, b] = people as Official[];
    if (a === b || a.country !== b.country) continue;
    if (pair === undefined) pair = reportPair(doc);
    if (!pair) return;
    if (a.country && !pair.includes(a.country)) continue;
    // A host placed at home keeps his country; the other is of the other side.
    if (a.countryByPlace && b.countryByPlace) continue;
    if (a.countryByPlace || b.countryByPlace) {
      const [placed, other] = a.countryByPlace ? [a, b] : [b, a];
      other.country = pair[0] === placed.country ? pair[1] : pair[0];
      other.countryRank = 3;
      continue;
    }
    // In the order the sentence names them.
    const at = (o: Official) => mentionsIn(doc, sentence).find((x) => x.entity === o.id)?.start ?? Infinity;
    if (at(b) < at(a)) [a, b] = [b, a];
    const home = a.country ?? hostsSide(doc, pair);
    if (!home) continue;
    a.country = home;
    b.country = pair[0] === home ? pair[1] : pair[0];
    a.countryRank = b.countryRank = 3;
  }
}

const CO_CHAIRED_RE = /\bco-?chair(?:ed|s)?\s+by\s+/giu;
const CHAIR_RE = /chair/i;
const CO_CHAIR_JOIN_RE = /^\s*(?:,\s*)?and\s+(?:(?:his|her|their)\s+\p{Lu}[\p{L}-]*\s+counterpart\s*,?\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u;

/** The one country of the pair the report's hosts are of (the dateline's first, then the hosts of encounters held), or null. */
function hostsSide(doc: Doc, pair: string[]): string | null {
  const dl = doc.read.dateline;
  const filed = dl ? (placeCountry(dl) ?? lookupCountry(dl)?.code ?? null) : null;
  if (filed && pair.includes(filed)) return filed;
  const sides = new Set<string>();
  for (const m of doc.meetings) {
    if (m.status !== "held") continue;
    for (const r of m.roles) {
      const o = r.role === "host" ? doc.officials.find((x) => x.name === r.name) : undefined;
      if (o?.country && pair.includes(o.country) && o.countryRank <= 3) sides.add(o.country);
    }
  }
  return sides.size === 1 ? [...sides][0] : null;
}

const REPORTING_WORDS = new Set(cues.reportingVerbs.map(fold));

/** '"I invited Prime Minister X to visit Lisbon to co-chair with Prime Minister Y the first summit," Rangel said.': an
 * official the report names only inside a quotation, with nothing of his own to tell his country, is the speaker's side
 * (a speaker qualifies the other side's leaders, not his own), when the quotation's speaker is named right after it
 * with a verb of speech and his own title or name gave his country. */
function quotedOwnSide(doc: Doc): void {
  for (const o of doc.officials) {
    if (o.country && o.countryRank < 3) continue;
    let side: string | null = null;
    let only = true;
    for (const m of doc.mentions) {
      if (m.entity !== o.id || m.kind === "pronoun") continue;
      const s = doc.sentences[m.sentence];
      const close = quoteClosingAfter(s.text, m.start - s.start);
      const speaker = close < 0 ? undefined : quoteSpeaker(doc, s, s.start + close);
      const code = speaker && speaker.entity !== o.id ? doc.officials[speaker.entity] : undefined;
      if (!code?.country || code.countryRank > 2 || (side && side !== code.country)) {
        only = false;
        break;
      }
      side = code.country;
    }
    if (!only || !side) continue;
    o.country = side;
    o.countryRank = 3;
  }
}

/** Where the quotation holding offset `at` of a sentence closes (the offset of its closing mark), or -1 outside one. */
function quoteClosingAfter(text: string, at: number): number {
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "“" || (c === '"' && open < 0)) open = i;
    else if ((c === "”" || c === '"') && open >= 0) {
      if (open < at && at < i) return i;
      open = -1;
    }
  }
  return -1;
}

/** '...," Rangel said.', '...," said Rangel.': the official named with a verb of speech right after a quotation closes. */
function quoteSpeaker(doc: Doc, s: Sent, close: number): (typeof doc.mentions)[number] | undefined {
  const tail = s.toks.filter((t) => t.start > close).slice(0, 6);
  if (!tail.some((t) => REPORTING_WORDS.has(t.norm))) return undefined;
  const end = tail[tail.length - 1]?.end ?? close;
  return mentionsIn(doc, s.index).find((x) => x.start > close && x.end <= end && x.kind !== "pronoun" && x.entity >= 0);
}

/** "the President said, according to a statement by his Special Adviser, Mr X": an official named by his office under
 * a person's possessive ("his", "her") works for the person named last before it in the sentence, and is of his country
 * when nothing else said one. */
const PREPOSITION_RE = /(?:^|\s)(?:with|by|of|to|for|from|including|among|between)\s/;

/** "Energy Minister A and Bulgarian Ambassador B joined the meeting": the one a coordination leaves unqualified beside a
 * partner qualified by a demonym is set against that partner, in a report on two countries. Only for an official whose
 * country came from context alone. */
function contrasted(doc: Doc): void {
  let pair: string[] | null | undefined;
  for (const s of doc.sentences) {
    if (!s.text.includes(" and ")) continue;
    const names = mentionsIn(doc, s.index).filter((m) => m.kind === "name" && m.entity >= 0);
    for (let i = 0; i + 1 < names.length; i++) {
      const [x, y] = [names[i], names[i + 1]];
      const gap = /^\s+and\s+(\p{Lu}[\p{L}-]+)\s+\p{Lu}/u.exec(doc.text.slice(x.end, y.start));
      if (!gap) continue;
      const k = s.toks.findIndex((t) => t.start === x.end + gap[0].indexOf(gap[1]));
      const a = doc.officials[x.entity];
      const b = doc.officials[y.entity];
      if (k < 0 || s.gaz[k]?.type !== "demonym" || !b?.country || b.country !== s.gaz[k]!.value || b.countryRank > 1) continue;
      // (Only as a subject: "with Austrade Chief Executive Officer A and Australian Ambassador B taking part" lists one side.)
      const lead = doc.text.slice(Math.max(s.start, x.start - 60), x.start).split(/[,;]/).pop()!;
      if (!a || a.countryRank < 3 || a.countryByPlace || isInternationalOrg(a.organization) || PREPOSITION_RE.test(lead)) continue;
      if (pair === undefined) pair = reportPair(doc);
      if (!pair?.includes(b.country)) continue;
      a.country = pair.find((c) => c !== b.country)!;
      a.countryRank = 2;
    }
  }
}

function staff(doc: Doc): void {
  for (const m of doc.mentions) {
    if (m.kind !== "role" || !/^(?:his|her)\s/i.test(m.text)) continue;
    const o = doc.officials[m.entity];
    if (!o || (o.country && o.countryRank <= 3)) continue;
    let owner: (typeof doc.mentions)[number] | undefined;
    for (const x of doc.mentions) if (x.sentence === m.sentence && x.end <= m.start && x.entity !== m.entity && x.entity >= 0 && (!owner || x.start > owner.start)) owner = x;
    const boss = owner ? doc.officials[owner.entity] : undefined;
    if (!boss?.country || boss.countryRank > 2) continue;
    o.country = boss.country;
    o.countryRank = 3;
  }
}

/** Officials still without a country after every other rule (a monarch, an adviser, "Minister of Foreign Affairs X" in a
 * release that qualifies only its guests): writers leave their own side and their hosts unqualified. Such an official
 * takes the one country the report names at least twice that no official holds yet ("President Erdoğan attended the
 * Türkiye-Azerbaijan-Georgia summit" beside the Azerbaijani and Georgian leaders), or else the destination of the
 * visit the report tells first ("who arrived in Tashkent on an official visit", "on a state visit to Sweden"). */
// (Not a national office for or to such a body: "minister for EU relations", "Ambassador to the EU".)
const SUPRANATIONAL_TITLE_RE = new RegExp(`(?<!\\b(?:for|to|with)\\s+(?:the\\s+)?)\\b(?:${cues.supranationalTitles.words.join("|")})\\b`);

function bareOfficials(doc: Doc): void {
  const bare = doc.officials.filter((o) => !o.country && !isInternationalOrg(o.organization) && !SUPRANATIONAL_TITLE_RE.test(o.title ?? ""));
  if (!bare.length) return;
  const held = new Set(doc.officials.map((o) => o.country).filter(Boolean));
  // "Saudi investors eye Northern Cape hydrogen", then "Energy Minister X told parliament": a country whose places the
  // report names is where it is set, and named with them; a country only qualifying investors or trade is not.
  const placed = placeCounts(doc);
  const counts = countryCounts(doc);
  for (const [c, n] of placed) counts.set(c, (counts.get(c) ?? 0) + n);
  let unheld = [...counts.entries()].filter(([c, n]) => n >= 2 && !held.has(c)).map(([c]) => c);
  const set = unheld.filter((c) => placed.has(c));
  if (unheld.length > 1 && set.length === 1) unheld = set;
  // ("Indonesia" eleven times in a release of the Coordinating Ministry, "Canada" twice as an example: a country named three
  // times as often as any other is the report's own.)
  if (unheld.length > 1) {
    const [top, next] = [...unheld].sort((a, b) => counts.get(b)! - counts.get(a)!);
    if (counts.get(top)! >= 3 * counts.get(next)!) unheld = [top];
  }
  const visit = unheld.length === 1 ? null : firstDestination(doc);
  // "President X has hosted his Angolan and Congolese counterparts ... in Lusaka", then "the Minister of Foreign Affairs,
  // Y" beside "Angola's Minister of Transport, Z": a report that qualifies every guest and names no destination is told
  // from where its host received them at home, and the bare officials are the host's side.
  const homes = new Set(doc.officials.filter((o) => o.countryByPlace && o.country).map((o) => o.country!));
  // "World Bank President X held talks with Morocco's Head of Government, Y, and the Minister of Economy and Finance, Z":
  // a report that names one country only (the other side an international body) is about that country's officials.
  // Only with such a body's officer in the report: otherwise the one country named is the guest's, whom the writer
  // qualifies while leaving his own side bare ("Ruto received his Ethiopian counterpart Abiy Ahmed").
  const body = doc.officials.some((o) => isInternationalOrg(o.organization));
  const only = body && !unheld.length && held.size === 1 && [...countryCounts(doc).keys()].every((c) => held.has(c)) ? [...held][0] : undefined;
  const code = unheld.length === 1 ? unheld[0] : (visit?.code ?? (homes.size === 1 && !unheld.length ? [...homes][0] : only));
  if (!code) return;
  for (const o of bare) {
    // The traveller himself is not of his destination ("invited President X to visit Tunisia").
    if (visit && o.id === visit.traveller) continue;
    o.country = code;
    o.countryRank = 3;
  }
}

/** Mentions of each country's places (the dateline aside), a planned gathering's venue aside. */
function placeCounts(doc: Doc): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of doc.sentences) s.gaz.forEach((g, k) => g?.type === "place" && g.value && s.gaz[k - 1] !== g && !plannedVenue(doc, s, k) && out.set(g.value, (out.get(g.value) ?? 0) + 1));
  return out;
}

// ("conveyed the Emir's invitation to visit Qatar": so is one the noun names.)
const INVITED_TO_RE = /\binvit(?:ed|es|e|ing|ations?)\b[^.;]*\bto\s+$/i;
const PLANNED_RE = new RegExp(`\\b(?:${cues.plannedCues.map((c) => c.replace(/\s+/g, "\\s+")).join("|")})\\b`, "i");
const VENUE_BEFORE_RE = cuePattern(`\\b(?:${gatheringNouns("sidelines")}|${gatheringNouns("hosted")})s?\\s+(?:in|at)\\s+(?:the\\s+)?$`, "iu");

/** "will meet again at the NATO Summit in Ankara in July": the venue of a gathering still to come says where the
 * sides will travel, not where the report is set nor whose officials it names. */
function plannedVenue(doc: Doc, s: Sent, k: number): boolean {
  const before = doc.text.slice(Math.max(s.start, s.toks[k].start - 60), s.toks[k].start);
  return VENUE_BEFORE_RE.test(before) && PLANNED_RE.test(doc.text.slice(s.start, s.end));
}

/** The country of the first destination after a word of travel ("visit to Spain", "arrived in Tashkent") and the
 * traveller (the official named last before the word), or null. */
function firstDestination(doc: Doc): { code: string; traveller: number } | null {
  for (const { s, t, dest } of travelWords(doc)) {
    // "invited Dutch king Willem-Alexander to visit Vietnam": a visit one is invited to make is not the one reported.
    if (INVITED_TO_RE.test(doc.text.slice(Math.max(s.start, t.start - 80), t.start))) continue;
    let traveller = -1;
    for (const m of mentionsIn(doc, s.index)) if (m.end <= t.start && m.entity >= 0) traveller = m.entity;
    return { code: dest, traveller };
  }
  return null;
}

/** Each word of travel followed by a country or place ("visit to Spain", "arrived in Tashkent", "toured the
 * Philippines"), in text order: its sentence, the word, the index of the destination's first token, its hit and its country code. */
function* travelWords(doc: Doc): Generator<{ s: Sent; t: Tok; d: number; hit: PhraseHit; dest: string }> {
  for (const s of doc.sentences) {
    for (let k = 0; k < s.toks.length; k++) {
      const t = s.toks[k];
      if (t.cap || !TRAVEL.has(t.norm)) continue;
      let d = k + 1;
      // "will travel on Friday to Riyadh", "flies tomorrow to Suva": a day may stand between the word and "to".
      if (s.toks[d]?.norm === "on" && calendar.has(s.toks[d + 1]?.norm ?? "") && s.toks[d + 2]?.norm === "to") d += 2;
      else if (RELATIVE_DAYS.has(s.toks[d]?.norm ?? "") && s.toks[d + 1]?.norm === "to") d++;
      if (s.toks[d]?.norm === "to" || s.toks[d]?.norm === "in") d++;
      else if (!TRAVEL_DIRECT.has(t.norm)) continue;
      // ("a visit to The Hague": the article may be the place's own first word.)
      if (s.toks[d]?.norm === "the" && !s.gaz[d]) d++;
      const hit = s.gaz[d];
      if (!hit || (hit.type !== "country" && hit.type !== "place") || !hit.value || s.gaz[d - 1] === hit) continue;
      yield { s, t, d, hit, dest: hit.value };
    }
  }
}

// "President Marcos was accompanied by Secretary X", "The President was joined by A and B": whom one person brings.
// "was accompanied at the talks by", "was joined during the meeting by": a short phrase may stand before "by".
const COMPANY_RE = /\b(?:was|were|is|are|been)\s+(?:also\s+)?(?:accompanied|joined)\s+(?:(?:at|in|during|on|for)\s+(?:the\s+)?[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?\s+)?by\b/giu;
const COMPANY_END = new Set([";", "while", "whereas", "but", "and"]);
// "Adviser A and Chief of Staff B accompanied the President": the active form, companions before the verb.
const COMPANY_ACTIVE_RE = /(?<!\b(?:was|were|is|are|been|be)\s+(?:also\s+)?)\baccompanied\s+(?!by\b)/giu;
const ACTIVE_COMPANY_BREAKS = new Set([";", "while", "whereas", "but", "who", "which"]);

/** A companion whose title or name said nothing is of the country of the one person he accompanies, when that person's
 * country came from a title, a name or a messenger ("Lula was accompanied by Foreign Minister X"). The list ends at a
 * clause that opens another side ("..., while the Chilean side ..."), or an "and" before a qualified name. */
function companions(doc: Doc): void {
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    if (!/accompanied|joined/i.test(text)) continue;
    COMPANY_RE.lastIndex = 0;
    for (let m = COMPANY_RE.exec(text); m; m = COMPANY_RE.exec(text)) {
      const at = s.start + m.index;
      const end = at + m[0].length;
      const ms = mentionsIn(doc, s.index).filter((x) => x.entity >= 0);
      // The one accompanied: the sentence's subject, before the verb ("Lula, as the Brazilian President is known, was
      // accompanied by"); a group there ("The two heads of state were joined by") names no one.
      const subject = sentenceSubject(doc, s);
      // ("X received Y, who was accompanied by Z": the antecedent of the relative pronoun.)
      const who = /,\s+who\s+$/.test(doc.text.slice(Math.max(s.start, at - 12), at)) ? ms.filter((x) => x.end <= at && x.kind !== "pronoun").pop() : undefined;
      const principal = who ?? (subject && subject.end <= at ? subject : undefined);
      if (!principal || doc.groups.some((g) => g.sentence === s.index && g.end <= at)) continue;
      const p = doc.officials[principal.entity];
      if (!p?.country || p.countryRank > 2 || isInternationalOrg(p.organization)) continue;
      for (const x of ms) {
        if (x.start < end || x.entity === principal.entity) continue;
        const between = s.toks.filter((t) => t.start >= end && t.end <= x.start);
        if (between.some((t) => COMPANY_END.has(t.norm) && t.norm !== "and")) break;
        const o = doc.officials[x.entity];
        if (!o) continue;
        // "joined by A, B and Uruguayan Foreign Minister C": a companion qualified otherwise ends the list.
        if (o.countryRank <= 1 && o.country !== p.country) break;
        if (o.countryRank < 3 || isInternationalOrg(o.organization)) continue;
        o.country = p.country;
        o.countryRank = 2;
      }
    }
  }
}

/** "Adviser A and Chief of Staff B accompanied President X at the summit": companions whose title or name said nothing
 * are of the country of the one they accompany, read once the other rules have settled it (they run last). */
function activeCompanions(doc: Doc): void {
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    if (!text.includes("accompanied")) continue;
    COMPANY_ACTIVE_RE.lastIndex = 0;
    for (let m = COMPANY_ACTIVE_RE.exec(text); m; m = COMPANY_ACTIVE_RE.exec(text)) {
      const at = s.start + m.index;
      const end = at + m[0].length;
      const ms = mentionsIn(doc, s.index).filter((x) => x.entity >= 0);
      // The one accompanied is the verb's object, right after it.
      const principal = ms.find((x) => x.start >= end && !s.toks.some((t) => t.start >= end && t.end <= x.start && (t.text === "," || t.text === ";")));
      if (!principal) continue;
      const p = doc.officials[principal.entity];
      if (!p?.country || p.countryRank > 3 || isInternationalOrg(p.organization)) continue;
      // The companions: the names before the verb, back to a clause break.
      for (const x of ms.filter((y) => y.end <= at).reverse()) {
        if (s.toks.some((t) => t.start >= x.end && t.end <= at && ACTIVE_COMPANY_BREAKS.has(t.norm))) break;
        const o = doc.officials[x.entity];
        if (!o || x.entity === principal.entity) continue;
        if (o.countryRank <= 1 && o.country !== p.country) break;
        if (o.countryRank < 3 || isInternationalOrg(o.organization)) continue;
        o.country = p.country;
        o.countryRank = 2;
      }
    }
  }
}

const SIDE_NOUNS = new Set(cues.sides.nouns);
const SPOUSE_RE = new RegExp(`\\b(?:his|her|their)\\s+(?:${cues.spouses.join("|")})\\s*,?\\s*$`, "i");

/** "The President was accompanied by his wife, Nehmat Aoun": a spouse whose title or name said nothing is of the country
 * of the person named last before, in the sentence or the one before. */
function spouses(doc: Doc): void {
  for (const m of doc.mentions) {
    const o = doc.officials[m.entity];
    if (m.kind !== "name" || !o || o.countryRank < 3 || !SPOUSE_RE.test(doc.text.slice(Math.max(0, m.start - 30), m.start))) continue;
    const before = [...mentionsIn(doc, m.sentence - 1), ...mentionsIn(doc, m.sentence)].filter((x) => x.end <= m.start && x.entity >= 0 && x.entity !== m.entity);
    const partner = doc.officials[before[before.length - 1]?.entity ?? -1];
    if (!partner?.country || partner.countryRank > 2) continue;
    o.country = partner.country;
    o.countryRank = 2;
  }
}

/**
 * "The meeting was attended on the Pakistani side by A and B, and on the Saudi side by C", "Taking part on the Russian
 * side was Foreign Minister X; the Vietnamese delegation included Y": a country word before a side noun gives its
 * country to the names after it, up to the next side, a semicolon, the sentence's end, or an opposing word ("received
 * by") once a name is taken. Only for officials whose title or name said nothing.
 */
// Its own function: a callback reading the loop's token gave every token of every sentence a context object.
const nameMentionAt = (doc: Doc, sentence: number, start: number) => doc.mentions.find((x) => x.sentence === sentence && x.kind === "name" && x.start === start);

function namedSides(doc: Doc): void {
  for (const s of doc.sentences) {
    let code: string | null = null;
    let taken = false;
    for (let k = 0; k < s.toks.length; k++) {
      const t = s.toks[k];
      const hit = s.gaz[k];
      if (hit && (hit.type === "demonym" || hit.type === "country") && hit.value && s.gaz[k - 1] !== hit) {
        const next = s.toks[k + hit.length];
        if (next && !next.cap && SIDE_NOUNS.has(next.norm) && s.toks[k - 1]?.norm === "the") {
          code = hit.value;
          taken = false;
          k += hit.length;
          continue;
        }
        // "The Azerbaijani side included A and B, while Georgian Foreign Minister C ...": another country's demonym
        // after a name opens the other side's list.
        if (code && taken && hit.type === "demonym" && hit.value !== code) code = null;
      }
      if (!code) continue;
      // "on the Saudi side by X", "the delegation led by X" open the list; any other opposing word ends it.
      // "on the Norwegian side, by X", "On the Ukrainian side, it was attended by X": a comma may stand before "by".
      const before = s.toks[k - 1]?.text === "," ? s.toks[k - 2] : s.toks[k - 1];
      const opens = t.norm === "by" && (SIDE_NOUNS.has(before?.norm ?? "") || /^(?:led|headed|chaired|co-chaired|attended)$/.test(before?.norm ?? ""));
      if (t.text === ";" || (OPPOSING_WORDS.has(t.norm) && (taken || !opens))) {
        code = null;
        continue;
      }
      const m = nameMentionAt(doc, s.index, t.start);
      // "requested the Chinese side to convert the loan, according to X": a side that opens no list of names.
      if (!m && !taken && t.word && !t.cap && !LIST_OPENERS.has(t.norm)) code = null;
      if (!m) continue;
      taken = true;
      const o = doc.officials[m.entity];
      if (!o || o.countryRank < 3 || isInternationalOrg(o.organization)) continue;
      o.country = code;
      o.countryRank = 2;
      o.countryByPlace = false;
      // Writers name both sides so ("on the Pakistani side ..., and on the Saudi side ..."): no sign of the other side.
      o.countryImplicit = true;
    }
  }
}

const OPPOSING_WORDS = new Set(cues.opposingWords);
const LIST_OPENERS = new Set(cues.sides.openers);

/** Is the official's country good evidence of a side: from the title, the name or a messenger, or from hosting at home?
 * An office only one country names so ("Secretary of State") sets its holder against whom he meets, though it says
 * nothing of which side the writer qualifies. */
function sided(o: Official | undefined, pair: string[]): o is Official & { country: string } {
  return !!o && !!o.country && pair.includes(o.country) && o.countryRank <= 2 && (!o.countryImplicit || !!o.countryByTitle);
}

/**
 * "Foreign Minister Sugiono held talks with Australian Foreign Minister Penny Wong", "The Romanian official was received by
 * President Maia Sandu", "Vice-President Han Zheng met with Serbian Foreign Minister Marko Djuric": in a report on two
 * countries, an encounter sets its host against its guest, and the two peers of a two-party encounter against each other.
 * An official on one side whose title or name said nothing belongs to the other country of the pair when the other side
 * holds a country of the pair from stronger evidence.
 */
function meetingSides(doc: Doc): boolean {
  const pair = reportPair(doc);
  if (!pair) return false;
  const byName = new Map(doc.officials.map((o) => [o.name, o]));
  // The two parties of each encounter: its two participants, or in a larger one ("X received Y; the meeting was also
  // attended by A and B") its one host and its one guest.
  const twoParty: { participants: string[] }[] = [];
  for (const m of doc.meetings) {
    if (m.participants.length === 2) twoParty.push(m);
    else {
      const hosts = m.roles.filter((r) => r.role === "host");
      const guests = m.roles.filter((r) => r.role === "guest");
      if (hosts.length === 1 && guests.length === 1) twoParty.push({ participants: [hosts[0].name, guests[0].name] });
      // ("a meeting between A and B, ... C and D also took part": the two its noun names.)
      else if (m.evidence[0] && /^\s+between\s/.test(doc.text.slice(m.evidence[0].end, m.evidence[0].end + 10))) twoParty.push({ participants: m.participants.slice(0, 2) });
    }
  }
  // The same rule read the other way: whoever met a counterpart of a country of the pair in a two-party encounter
  // is not of that country ("talks first with Chinese Foreign Minister Wang Yi and later with Cambodian Deputy
  // Prime Minister Prak Sokhonn": the host is neither Chinese nor Cambodian).
  const facing = new Map<string, Set<string>>();
  for (const m of twoParty) {
    for (const [a, b] of [[m.participants[0], m.participants[1]], [m.participants[1], m.participants[0]]]) {
      const o = byName.get(b);
      if (sided(o, pair)) facing.set(a, (facing.get(a) ?? new Set<string>()).add(o.country));
    }
  }
  let changed = false;
  // An official settled here settles whom he meets next ("received by the President of Ghana", then "also met Finance
  // Minister X"), whichever encounter the report tells first.
  for (let settled = true; settled; ) {
    settled = false;
    for (const m of twoParty) {
      // Two parties only: a larger encounter may join a delegation member or a third country to either side.
      const sides = m.participants.map((n) => [byName.get(n)]);
      for (const [one, other] of [[sides[0], sides[1]], [sides[1], sides[0]]]) {
        const held = new Set(one.filter((o) => sided(o, pair)).map((o) => o!.country));
        if (held.size !== 1) continue;
        const [side] = held;
        const code = pair[0] === side ? pair[1] : pair[0];
        for (const o of other) {
          if (!o || o.countryRank < 3 || o.countryByPlace || isInternationalOrg(o.organization)) continue;
          if (facing.get(o.name)?.has(code)) continue;
          // The country weaker evidence gave now rests on the encounter.
          changed ||= o.country !== code;
          o.country = code;
          o.countryRank = 2;
          settled = true;
        }
      }
    }
  }
  return changed;
}

const PLURAL_DETERMINERS = new Set(["the", "their", "both", "two"]);
const PLURAL_TITLES = new Set(["ministers", "presidents", "chairmen", "chairpersons", "ambassadors", "secretaries", "speakers", "governors", "mayors", "co-chairs"]);

/**
 * "Foreign Ministers Elmer Schialer and Gabriela Sommerfeld", "their foreign ministers, A and B,": a plural title over two names of a bilateral
 * report gives one official to each side, in the order the report first names the two countries
 * ("Peru and Ecuador hold ..."). Only when neither name's title or name said its country.
 */
function pairedTitles(doc: Doc): void {
  let order: string[] | null = null;
  // Name mentions by start offset, so that each plural title looks up the names after it at once.
  const byStart = new Map<number, (typeof doc.mentions)[number]>();
  for (const m of doc.mentions) if (m.kind === "name") byStart.set(m.start, m);
  for (const s of doc.sentences) {
    for (let k = 0; k + 3 < s.toks.length; k++) {
      if (!PLURAL_TITLES.has(s.toks[k].norm)) continue;
      if (!pairedTitleAt(doc, s, k, byStart, () => (order ??= firstNamedCountries(doc)))) return;
    }
  }
}

/** "of Colombia and Ecuador," after a plural title (from s.toks[k]): the two countries and the token after the comma. */
function respectiveCountries(s: Sent, k: number): { codes: [string, string]; next: number } | null {
  if (s.toks[k]?.norm !== "of") return null;
  const first = s.gaz[k + 1];
  if (first?.type !== "country" || !first.value) return null;
  const and = k + 1 + first.length;
  const second = s.gaz[and + 1];
  if (s.toks[and]?.norm !== "and" || second?.type !== "country" || !second.value || second.value === first.value) return null;
  const comma = and + 1 + second.length;
  return s.toks[comma]?.text === "," ? { codes: [first.value, second.value], next: comma + 1 } : null;
}

const PAIR_NOUNS = new Set(["countries", "nations", "states", "sides", "governments"]);

/** Length of "of the two countries", "of both sides" at s.toks[i], or 0. */
function bothSidesPhrase(s: Sent, i: number): number {
  if (s.toks[i]?.norm !== "of") return 0;
  let j = i + 1;
  if (s.toks[j]?.norm === "the") j++;
  if (s.toks[j]?.norm !== "two" && s.toks[j]?.norm !== "both") return 0;
  return PAIR_NOUNS.has(s.toks[j + 1]?.norm ?? "") ? j + 2 - i : 0;
}

/** pairedTitles at the plural title s.toks[k]; false when the report names fewer than two countries (nothing to do).
 * Its own function: callbacks reading the loop's `k` gave every token of every sentence a context object. */
function pairedTitleAt(doc: Doc, s: Sent, k: number, byStart: Map<number, Mention>, namedOrder: () => string[]): boolean {
  // "The defence ministers of Colombia and Ecuador, A and B,": the countries the title names, one to each, respectively.
  const named = respectiveCountries(s, k + 1);
  if (named) {
    const a = byStart.get(s.toks[named.next]?.start ?? -1);
    const and = a ? s.toks.findIndex((t, i) => i > named.next && t.start >= a.end) : -1;
    const b = and >= 0 && s.toks[and].norm === "and" ? byStart.get(s.toks[and + 1]?.start ?? -1) : undefined;
    const people = a && b && a.entity !== b.entity ? [doc.officials[a.entity], doc.officials[b.entity]] : [];
    people.forEach((o, i) => {
      if (!o || o.countryRank < 2) return;
      o.country = named.codes[i];
      o.countryRank = 1;
      o.countryByTitle = true;
    });
    return true;
  }
  // "Their foreign ministers, A and B,", "The defence ministers, A and B,": a plural role in apposition, lower-case too;
  // "The foreign ministers of the two countries, A and B,": the pair may be said so before the comma.
  const comma = k + 1 + bothSidesPhrase(s, k + 1);
  const appos = s.toks[comma]?.text === "," && s.toks.slice(Math.max(0, k - 3), k).some((t) => PLURAL_DETERMINERS.has(t.norm));
  if (!s.toks[k].cap && !appos) return true;
  const a = byStart.get(s.toks[appos ? comma + 1 : k + 1]?.start ?? -1);
  if (!a) return true;
  const and = s.toks.findIndex((t, i) => i > k && t.start >= a.end);
  if (and < 0 || s.toks[and].norm !== "and" || !s.toks[and + 1]) return true;
  const b = byStart.get(s.toks[and + 1].start);
  if (!b || b.entity === a.entity) return true;
  const [oa, ob] = [doc.officials[a.entity], doc.officials[b.entity]];
  if (!oa || !ob || oa.countryRank < 3 || ob.countryRank < 3) return true;
  const order = namedOrder();
  if (order.length < 2) return false;
  const [first, second] = officialsOrder(doc, order) ?? order;
  [oa.country, ob.country] = [first, second];
  oa.countryRank = ob.countryRank = 2;
  return true;
}

/**
 * "The Ministers of Foreign Affairs A, B and C met" in a report on a summit of three: a plural title over as many names
 * as the report has sides gives one official to each, in the order the headline names the countries, or else the
 * order their officials were first named. Only names whose title or name said no country.
 */
function titleLists(doc: Doc): void {
  const byStart = new Map<number, (typeof doc.mentions)[number]>();
  for (const m of doc.mentions) if (m.kind === "name") byStart.set(m.start, m);
  for (const s of doc.sentences) {
    for (let k = 0; k + 5 < s.toks.length; k++) {
      if (!PLURAL_TITLES.has(s.toks[k].norm) || !s.toks[k].cap) continue;
      // "Ministers of Foreign Affairs": the portfolio may stand between the title and the first name.
      let i = k + 1;
      while (i < k + 6 && s.toks[i] && !byStart.has(s.toks[i].start) && (["of", "for", "and"].includes(s.toks[i].norm) || s.toks[i].cap)) i++;
      const list: (typeof doc.mentions)[number][] = [];
      for (let m = byStart.get(s.toks[i]?.start ?? -1); m; ) {
        list.push(m);
        let j = s.toks.findIndex((t) => t.start >= m!.end);
        if (s.toks[j]?.text === ",") j++;
        if (s.toks[j]?.norm === "and") j++;
        m = j > 0 && j < s.toks.length && ["and", ","].includes(s.toks[j - 1].norm) ? byStart.get(s.toks[j].start) : undefined;
      }
      if (list.length < 3 || new Set(list.map((m) => m.entity)).size !== list.length) continue;
      const people = list.map((m) => doc.officials[m.entity]);
      if (people.some((o) => !o || o.countryRank < 3)) continue;
      const order = headlineCountries(doc, list.length) ?? officialsSides(doc, list.length, new Set(list.map((m) => m.entity)));
      if (!order) continue;
      people.forEach((o, n) => {
        o.country = order[n];
        o.countryRank = 2;
      });
    }
  }
}

/** The office a title ends with, folded and in one wording ("Deputy Prime Minister and Minister of Foreign Affairs" and
 * "Foreign Minister" are both "minister of foreign affairs"). */
function officeOf(title: string | null): string | null {
  if (!title) return null;
  let office = fold(title.split(/\s+and\s+|,\s*/).pop()!.trim());
  const head = /^(.+?)\s+(minister|secretary)$/.exec(office);
  if (head) office = `${head[2]} of ${head[1]}`;
  return office.replace(/\s+of\s+foreign$/, " of foreign affairs").replace(/\s+for\s+/, " of ") || null;
}

/**
 * "The talks were also attended by Deputy Prime Minister and Minister of Foreign Affairs Mr X and Thai Minister of
 * Foreign Affairs Mr Y": two holders of the same office listed together are of the two sides of a bilateral report.
 * One whose title or name said nothing, beside a peer of a known side, is of the other. Only within one list ("A and
 * B", "A, B").
 */
function peers(doc: Doc): void {
  let pair: string[] | null | undefined;
  for (const s of doc.sentences) {
    const names = mentionsIn(doc, s.index).filter((m) => m.kind === "name").sort((a, b) => a.start - b.start);
    for (let n = 1; n < names.length; n++) {
      const [a, b] = [names[n - 1], names[n]];
      if (a.entity === b.entity) continue;
      // Only a comma or "and" and the second one's title may stand between the two names.
      const link = s.toks.filter((t) => t.start >= a.end && t.end <= b.start);
      if (!link.length || (link[0].norm !== "and" && link[0].text !== ",")) continue;
      if (link.slice(1).some((t) => t.word && !t.cap && !isTitleWord(t) && !["of", "for", "and", "the"].includes(t.norm))) continue;
      const [oa, ob] = [doc.officials[a.entity], doc.officials[b.entity]];
      if (!oa || !ob || isInternationalOrg(oa.organization) || isInternationalOrg(ob.organization)) continue;
      const office = officeOf(oa.title);
      if (!office || office !== officeOf(ob.title)) continue;
      pair ??= reportPair(doc);
      if (!pair) return;
      for (const [known, open] of [[oa, ob], [ob, oa]]) {
        if (!sided(known, pair) || open.countryRank < 3 || open.countryByPlace) continue;
        open.country = pair.find((c) => c !== known.country)!;
        open.countryRank = 2;
      }
    }
  }
}

const SIGNING = new Set(cues.signedFor.verbs);

/**
 * "the bilateral agreement, signed in Warsaw in July 2024 by Prime Minister Donald Tusk and President Volodymyr
 * Zelensky", "the agreement that Zelensky and then-Prime Minister Petteri Orpo signed in April 2024": two signatories of
 * a bilateral report's instrument sign for one side each. When one of them is known to be of a side, the other, whose
 * title or name said nothing, is of the other side; when neither is, "signed by A and B" gives them the sides in the
 * order the report names them (as for a plural title).
 */
function signedBy(doc: Doc): void {
  let pair: string[] | null | undefined;
  const between = (s: Sent, from: number, to: number) => s.toks.filter((t) => t.start >= from && t.end <= to);
  for (const s of doc.sentences) {
    const verb = s.toks.findIndex((t) => SIGNING.has(t.norm));
    if (verb < 0) continue;
    // "that Zelensky and then-Prime Minister Petteri Orpo signed": a short name counts as the person.
    const names = mentionsIn(doc, s.index).filter((m) => m.kind === "name" || m.kind === "alias").sort((a, b) => a.start - b.start);
    let a: (typeof names)[number] | undefined;
    let b: (typeof names)[number] | undefined;
    const by = s.toks.findIndex((t, i) => i > verb && i < verb + 12 && t.norm === "by");
    if (by >= 0) {
      [a, b] = names.filter((m) => m.start > s.toks[by].start);
      // "by A and B": only title words may stand between "by" and A.
      if (!a || !b || between(s, s.toks[by].end, a.start).some((t) => !t.cap)) continue;
    } else {
      // "A and B signed": the two names right before the verb.
      const before = names.filter((m) => m.end <= s.toks[verb].start);
      [a, b] = before.slice(-2);
      if (!a || !b || between(s, b.end, s.toks[verb].start).length) continue;
    }
    if (a.entity === b.entity) continue;
    // "A and B": only title words may stand between "and" and B.
    const link = between(s, a.end, b.start);
    if (link[0]?.norm !== "and" || link.slice(1).some((t) => !t.cap && !isTitleWord(t))) continue;
    const [oa, ob] = [doc.officials[a.entity], doc.officials[b.entity]];
    if (!oa || !ob || isInternationalOrg(oa.organization) || isInternationalOrg(ob.organization)) continue;
    pair ??= reportPair(doc);
    if (!pair) return;
    // A side is known from a title or a name, or from hosting at home.
    const known = (o: Official) => sided(o, pair!) || (!!o.countryByPlace && !!o.country && pair!.includes(o.country));
    const one = known(oa) !== known(ob);
    // The order of the sides is read only for "signed by A and B", the form of a record of signature.
    if (!one && by >= 0 && oa.countryRank >= 3 && ob.countryRank >= 3) {
      const order = officialsOrder(doc, pair) ?? firstNamedCountries(doc);
      if (order.length !== 2) return;
      [oa.country, ob.country] = order;
      oa.countryRank = ob.countryRank = 2;
      continue;
    }
    const [side, open] = known(oa) ? [oa, ob] : [ob, oa];
    if (!one || open.countryRank < 3) continue;
    open.country = pair.find((c) => c !== side.country)!;
    open.countryRank = 2;
  }
}

/** The countries the headline names ("Lula and Boric sign accords" none, "Ghana-Côte d'Ivoire talks" two), in its order. */
function headlineCodes(doc: Doc): string[] {
  const span = doc.read.titleSpan;
  const seen: string[] = [];
  if (!span) return seen;
  for (const { t, phrase, covered } of headlineTokens(doc)) {
    if (covered) continue;
    if (phrase !== undefined) {
      if (phrase && !seen.includes(phrase)) seen.push(phrase);
      continue;
    }
    for (const part of t.text.split("-")) {
      const code = tokenCountry(retoken(t, part, fold(part), /^\p{Lu}/u.test(part)), doc.demonymChoice)?.code;
      if (code && !seen.includes(code)) seen.push(code);
    }
  }
  return seen;
}

/** The countries the headline names, in its order, when they are exactly `n`; else null. */
function headlineCountries(doc: Doc, n: number): string[] | null {
  const seen = headlineCodes(doc);
  return seen.length === n ? seen : null;
}

/** The countries of the officials (other than `skip`), in the order they are first named, when there are exactly `n`. */
function officialsSides(doc: Doc, n: number, skip: Set<number>): string[] | null {
  const seen: string[] = [];
  for (const m of [...doc.mentions].sort((a, b) => a.start - b.start)) {
    const o = m.kind === "name" && !skip.has(m.entity) ? doc.officials[m.entity] : undefined;
    if (o && o.country && o.countryRank <= 3 && !isInternationalOrg(o.organization) && !seen.includes(o.country)) seen.push(o.country);
  }
  return seen.length === n ? seen : null;
}

/** "Lula and Boric sign accords" over "President Lula received Chilean President Boric": when the headline does not name
 * the two countries, the writer orders the sides as the officials are first named, host before guest; a demonym names
 * the guest first ("Chilean President"), the host's side being left unqualified. The two countries in the order their
 * officials (with a country from a title, a name, a style or the host at home) are first mentioned, or null. */
function officialsOrder(doc: Doc, pair: string[]): string[] | null {
  if (headlineCodes(doc).filter((c) => pair.includes(c)).length === 2) return null;
  const seen: string[] = [];
  for (const m of [...doc.mentions].sort((a, b) => a.start - b.start)) {
    const o = m.kind === "name" ? doc.officials[m.entity] : undefined;
    if (o && o.country && o.countryRank <= 3 && pair.includes(o.country) && !seen.includes(o.country)) seen.push(o.country);
  }
  return seen.length === 2 ? seen : null;
}

/** The report's two main countries (as counted for the pair), in the order the report first names them. */
function firstNamedCountries(doc: Doc): string[] {
  const ranked = [...countryCounts(doc).entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length < 2 || ranked[1][1] < 2 || (ranked[2] && ranked[2][1] >= ranked[1][1])) return [];
  const pair = new Set([ranked[0][0], ranked[1][0]]);
  const seen: string[] = [];
  const see = (code: string | null | undefined) => code && pair.has(code) && !seen.includes(code) && seen.push(code);
  for (const { t, phrase, covered } of headlineTokens(doc)) {
    if (covered) continue;
    if (phrase !== undefined) see(phrase);
    else for (const part of t.text.split("-")) see(tokenCountry(retoken(t, part, fold(part), /^\p{Lu}/u.test(part)), doc.demonymChoice)?.code);
  }
  for (const s of doc.sentences) {
    s.toks.forEach((t, k) => {
      const hit = s.gaz[k];
      if (hit && (hit.type === "country" || hit.type === "demonym")) see(hit.value);
      else if (!hit && t.text.includes("-")) for (const part of t.text.split("-")) see(tokenCountry(retoken(t, part, fold(part), /^\p{Lu}/u.test(part)), doc.demonymChoice)?.code);
    });
  }
  return seen.length === 2 ? seen : [];
}

/** The report's two main countries by mentions, most named first, or null when no two stand out. */
function reportPair(doc: Doc): string[] | null {
  const ranked = [...countryCounts(doc).entries()].sort((a, b) => b[1] - a[1]);
  if (ranked.length < 2 || ranked[1][1] < 2 || (ranked[2] && ranked[2][1] >= ranked[1][1])) return null;
  return [ranked[0][0], ranked[1][0]];
}

const TRAVEL = new Set(cues.travel.words);
const SUBORDINATORS = new Set(["before", "after", "while", "upon", "when", "since"]);
const RELATIVE_DAYS = new Set(["today", "tomorrow", "tonight", "later"]);
const TRAVEL_DIRECT = new Set(cues.travel.direct);
const MEET_THERE = new Set(cues.travel.meet);
const HOSTS = new Set(cues.travel.hosts);
// "will host X on a state visit to Finland", "received X for an official visit to Luxembourg".
const ON_VISIT = /\b(?:on|for)\s+(?:a|an|the|his|her|their)\s+(?:[\p{Ll}\d-]+\s+){0,3}$/u;
const POSSESSED = /\b(?:his|her|their)\s+(?:[\p{Ll}\d-]+\s+){0,2}$/u;
const RECEIVED_BY_RE = /\b(?:was|were)\s+(?:also\s+|later\s+|then\s+|warmly\s+|cordially\s+)?(?:received|welcomed|hosted|greeted)\s+(?:[\p{Ll}-]+\s+){0,3}by\b/u;
const NOUN_USE = /\b(?:a|an|the)\s+(?:[\p{Ll}\d-]+\s+){0,3}$/u;

/**
 * "Deputy Secretary X will travel to Panama City, Panama", "on the second day of a three-day visit to Tonga": the
 * traveller (the sentence's subject) is not of the destination's country, so in a report on two countries he is of the
 * other one; "will fly to Fiji on Friday, where he is scheduled to meet Prime Minister Y": whom he meets there is of the
 * destination's. Only for officials whose title or name said nothing.
 */
function travellers(doc: Doc): boolean {
  let pair: string[] | null | undefined;
  let changed = false;
  for (const { s, t, d, hit, dest } of travelWords(doc)) {
    // The traveller is the person named last before the word, pronouns included: "invited X to visit Nepal",
    // "X's planned visit to Astana", "X, who is on a working visit to Algeria", "during her first visit to Laos".
    const mentions = mentionsIn(doc, s.index);
    let near: (typeof mentions)[number] | undefined;
    for (const m of mentions) if (m.end <= t.start && m.entity >= 0) near = m;
    // "Peters has been granted an audience with King X ... on the second day of a three-day visit to Tonga": a visit
    // told as a noun with no owner of its own is the sentence subject's.
    const nounUse = NOUN_USE.test(doc.text.slice(Math.max(s.start, t.start - 60), t.start));
    // "President X will host King Y and Queen Z on a state visit to Finland": the visit is the guests', named last, and
    // the host is at home.
    const hosted = nounUse && ON_VISIT.test(doc.text.slice(Math.max(s.start, t.start - 60), t.start)) && s.toks.some((x) => x.end <= t.start && HOSTS.has(x.norm));
    if (hosted) {
      const host = sentenceSubject(doc, s);
      const o = host && host.entity !== near?.entity ? doc.officials[host.entity] : undefined;
      if (o && o.countryRank >= 3 && !isInternationalOrg(o.organization) && hit.type === "country") {
        changed ||= o.country !== dest;
        o.country = dest;
        o.countryRank = 2;
      }
      // Every guest named between host and visit travels ("King Y and Queen Z"); between the word of hosting and the
      // visit when the host is not found ("Yaounde, 13 May - The Prime Minister, X, received in audience Y on a working
      // visit to Cameroon": the dateline hides the subject).
      if (pair === undefined) pair = reportPair(doc);
      const from = pair?.includes(dest) ? pair.find((c) => c !== dest)! : null;
      const hostWord = s.toks.findLast((x) => x.end <= t.start && HOSTS.has(x.norm));
      for (const m of mentions) {
        const g = doc.officials[m.entity];
        if (!from || !g || m.entity === host?.entity || m.entity === near?.entity || m.end > t.start || (host && m.start < host.end) || (hostWord && m.start < hostWord.end)) continue;
        if (g.countryRank < 3 || isInternationalOrg(g.organization)) continue;
        changed ||= g.country !== from;
        g.country = from;
        g.countryRank = 2;
      }
    } else if (nounUse && near?.kind === "name" && !/^['’]s\b/.test(doc.text.slice(near.end, near.end + 3)) && !/\bwho\b/.test(doc.text.slice(near.end, t.start))) {
      near = sentenceSubject(doc, s) ?? near;
    } else if (near?.kind === "name" && POSSESSED.test(doc.text.slice(Math.max(s.start, t.start - 40), t.start)) && !/\bwho\b/.test(doc.text.slice(near.end, t.start))) {
      // "X was received by President Y in Warsaw, on the second day of his first visit to Poland": the guest a passive
      // of reception makes its subject owns the visit a possessive tells after it, not the host named just before.
      const subject = sentenceSubject(doc, s);
      if (subject && subject.end <= near.start && RECEIVED_BY_RE.test(doc.text.slice(subject.end, near.start))) near = subject;
    }
    // "X dined with Y at Parliament House before flying to Sydney": a participle after a subordinator has no subject of
    // its own, and travels with the sentence's.
    const k = s.toks.indexOf(t);
    if (/ing$/.test(t.norm) && SUBORDINATORS.has(s.toks[k - 1]?.norm ?? "")) near = sentenceSubject(doc, s) ?? near;
    // "the first visit to Ireland by a Canadian foreign minister": the visit's owner follows it.
    if (nounUse && s.toks[d + hit.length]?.norm === "by") near = undefined;
    const traveller = near ? doc.officials[near.entity] : undefined;
    if (traveller && traveller.countryRank >= 3 && !isInternationalOrg(traveller.organization)) {
      if (pair === undefined) pair = reportPair(doc);
      if (pair?.includes(dest)) {
        changed ||= traveller.country !== pair.find((c) => c !== dest);
        traveller.country = pair.find((c) => c !== dest)!;
        traveller.countryRank = 2;
      }
    }
    // "The Pope is scheduled to meet President A, Speaker B and Prime Minister C at the palace, the first day of his visit
    // to Lebanon": with the visit a noun, whom its owner meets before it is of the destination too.
    // "The Holy Father is scheduled to meet ...": when no one is named before the meeting word, the traveller is unnamed.
    const owned = nounUse || POSSESSED.test(doc.text.slice(Math.max(s.start, t.start - 40), t.start));
    const meet = owned && hit.type === "country" ? s.toks.find((x) => x.end <= t.start && MEET_THERE.has(x.norm) && (!near || x.start >= near.end || !mentions.some((m) => m.end <= x.start))) : undefined;
    if (meet) {
      if (near && near.start >= meet.end) near = undefined;
      for (const m of mentions) {
        if (m.start < meet.end || m.end > t.start || m.entity < 0 || m.entity === near?.entity) continue;
        const host = doc.officials[m.entity];
        if (!host || host.countryRank < 3 || isInternationalOrg(host.organization)) continue;
        changed ||= host.country !== dest;
        host.country = dest;
        host.countryRank = 2;
      }
    }
    const after = s.toks[d + hit.length - 1].end;
    for (const m of mentions) {
      if (m.start < after || m.entity < 0 || m.entity === near?.entity) continue;
      const host = doc.officials[m.entity];
      if (!host || host.countryRank < 3 || isInternationalOrg(host.organization)) continue;
      if (!s.toks.some((x) => x.start >= after && x.end <= m.start && MEET_THERE.has(x.norm))) continue;
      // ("followed by an expanded meeting of both delegations in which A, B and the Chilean Foreign Minister C took
      // part": people of both sides.)
      if (BOTH_DELEGATIONS_RE.test(doc.text.slice(after, m.start))) continue;
      changed ||= host.country !== dest;
      host.country = dest;
      host.countryRank = 2;
    }
  }
  return changed;
}

const BOTH_DELEGATIONS_RE = /\b(?:both|the\s+two)\s+(?:delegations|sides|teams)\b/i;

function pairSides(doc: Doc): void {
  // The host of an encounter held at home keeps the place's country.
  const open = doc.officials.filter((o) => o.countryRank >= 3 && !o.countryByPlace && !isInternationalOrg(o.organization));
  if (!open.length) return;
  const ranked = [...countryCounts(doc).entries()].sort((a, b) => b[1] - a[1]);
  // A second country named once counts when it is the only other one ("will invest up to $2 billion in Pakistan").
  if (ranked.length < 2 || (ranked[1][1] < 2 && (ranked.length > 2 || ranked[0][1] < 2)) || (ranked[2] && ranked[2][1] >= ranked[1][1])) return;
  const pair = [ranked[0][0], ranked[1][0]];
  // A region or an institution in the title ("Johor Mentri Besar", "Bank Indonesia") qualifies either side.
  let held = new Set(doc.officials.filter((o) => o.countryRank <= 2 && !o.countryImplicit && o.country && pair.includes(o.country)).map((o) => o.country));
  // With no side qualified, an office only one country names so ("Secretary of State") tells one side.
  if (!held.size) held = new Set(doc.officials.filter((o) => o.countryRank <= 2 && o.countryByTitle && o.country && pair.includes(o.country)).map((o) => o.country));
  if (held.size !== 1) return;
  const [side] = held;
  const other = pair[0] === side ? pair[1] : pair[0];
  for (const o of open) {
    if (o.country !== null && o.country !== side && o.countryRank < 4) continue;
    o.country = other;
    o.countryRank = 3;
  }
}

const COUNTERPART_OF_RE = /\b(?:his|her)\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+counterpart\b/gu;

/** "Foreign Minister X and her Rwandan counterpart, Y, signed": whose counterpart is Rwandan is not Rwandan; in a report on
 * two countries, X is of the other. X is the person named last before the phrase. Only for officials whose title or name
 * said nothing. */
function counterpartOwners(doc: Doc): void {
  let pair: string[] | null | undefined;
  for (const s of doc.sentences) {
    const text = doc.text.slice(s.start, s.end);
    if (!text.includes("counterpart")) continue;
    COUNTERPART_OF_RE.lastIndex = 0;
    for (let m = COUNTERPART_OF_RE.exec(text); m; m = COUNTERPART_OF_RE.exec(text)) {
      const at = s.start + m.index;
      const c = lookupCountry(m[1]);
      if (!c) continue;
      const owner = [...mentionsIn(doc, s.index)].reverse().find((x) => x.end <= at && x.entity >= 0);
      const o = owner ? doc.officials[owner.entity] : undefined;
      if (!o || o.countryRank < 3 || isInternationalOrg(o.organization)) continue;
      if (pair === undefined) pair = reportPair(doc);
      if (!pair?.includes(c.code)) continue;
      o.country = pair.find((x) => x !== c.code)!;
      o.countryRank = 2;
    }
  }
}

const HOST_APPOSITION_RE = /\b(?:his|her|their)\s+(?:hosts?|guests?)\s*,\s*$/u;

/** "Rwandan President Paul Kagame and his host, President Samia Suluhu Hassan, held talks": whom a host or guest of the
 * named official is, is of the other country of a report on two. Only for officials whose title or name said nothing. */
function hostAppositions(doc: Doc): void {
  let pair: string[] | null | undefined;
  for (const s of doc.sentences) {
    // The phrase holds "host" or "guest" as written (the pattern is case-sensitive): most sentences have neither, and
    // the two patterns below ran once per name in them.
    if (!s.text.includes("host") && !s.text.includes("guest")) continue;
    const mentions = mentionsIn(doc, s.index).filter((x) => x.entity >= 0);
    for (const x of mentions) {
      if (x.kind !== "name") continue;
      // The apposition's own title may stand before the name ("his host, President X").
      const before = doc.text.slice(s.start, x.start).replace(/(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u, "");
      const m = HOST_APPOSITION_RE.exec(before);
      if (!m) continue;
      // (Coreference may have read "his host" itself as someone: the owner is named before the phrase.)
      const owner = doc.officials[[...mentions].reverse().find((y) => y.end <= s.start + m.index && y.entity !== x.entity)?.entity ?? -1];
      const o = doc.officials[x.entity];
      if (!owner?.country || owner.countryRank > 2 || !o || o.countryRank < 3 || isInternationalOrg(o.organization)) continue;
      if (pair === undefined) pair = reportPair(doc);
      if (!pair?.includes(owner.country)) continue;
      o.country = pair.find((c) => c !== owner.country)!;
      o.countryRank = 2;
    }
  }
}

// (cuePattern: a leading `\b` under i and u costs a call per position tried.)
const MESSAGE_OF = cuePattern(cues.messages.of, "giu");
const MESSAGE_TO = cuePattern(cues.messages.to, "giu");
const MESSAGE_POSSESSIVE = cuePattern(cues.messages.possessive, "giu");
const MESSAGE_WORDS_RE = /greetings|regards|wishes|message|letter|invit|congratulations/i;
const AND_BEFORE = /,?\s+and\s+(?:\p{Ll}+ly\s+|later\s+|also\s+|then\s+)?$/u;
/** The names coordinated from the first principal on ("President A and President B", "A, B and C"): each joined to the
 * last by a comma or "and" and at most a title's capitalised words. */
function principalList(doc: Doc, text: string, base: number, mentions: Mention[], first: Mention): Mention[] {
  const out = [first];
  for (const x of mentions) {
    const last = out[out.length - 1];
    if (x.start <= last.start || x.entity === last.entity) continue;
    if (!/^\s*(?:,\s*(?:and\s+)?|and\s+)(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u.test(text.slice(last.end - base, x.start - base))) break;
    if (out.some((y) => y.entity === x.entity)) break;
    out.push(x);
  }
  return out;
}

/** Where an official is first named. */
function firstAt(doc: Doc, id: number): number {
  return doc.mentions.find((m) => m.entity === id)?.start ?? Infinity;
}

/** How far into the sentence its subject may begin ("On Wednesday evening, A ..."). */
const SUBJECT_REACH = 40;

/**
 * "Araghchi conveyed the greetings of President Masoud Pezeshkian": a messenger speaks for a principal of
 * the same side; "conveyed his best wishes to President Tokayev": the principal addressed is on the other
 * side of the report's pair. Only for principals whose title or name said nothing.
 */
function messengers(doc: Doc): void {
  let pair: string[] | null = null;
  let bySentence: Map<number, typeof doc.mentions> | null = null;
  for (const s of doc.sentences) {
    // (mayMatch first: the pair table rules the words out of most sentences before the pattern reads them.)
    if (!mayMatch(MESSAGE_WORDS_RE, lowerText(s))) continue;
    const text = doc.text.slice(s.start, s.end);
    if (!MESSAGE_WORDS_RE.test(text)) continue;
    if (!bySentence) {
      bySentence = new Map();
      for (const x of doc.mentions) if (x.entity >= 0) bySentence.set(x.sentence, [...(bySentence.get(x.sentence) ?? []), x]);
    }
    const mentions = (bySentence.get(s.index) ?? []).sort((a, b) => a.start - b.start);
    for (const [re, same] of [[MESSAGE_OF, true], [MESSAGE_POSSESSIVE, true], [MESSAGE_TO, false]] as const) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const at = s.start + m.index;
        const end = at + m[0].length;
        // "the greetings of his brother, President Kaïs Saïed": a few words may stand before the name.
        const principal = mentions.find((x) => x.start >= end && x.start - end <= 40);
        // "A called on B at State House and conveyed ...": a verb joined by "and" with no subject of its own is the
        // clause subject's, not the object's just before it.
        // ("According to a statement from the Algerian presidency, Tebboune invited ... and conveyed": after a fronted
        // phrase the subject stands further in.)
        const lead = sentenceSubject(doc, s);
        const joined = AND_BEFORE.test(text.slice(0, m.index)) ? (mentions.find((x) => x.start - s.start <= SUBJECT_REACH && x.end <= at) ?? (lead && lead.end <= at ? lead : undefined)) : undefined;
        const speaker = joined?.entity !== principal?.entity && joined ? joined : [...mentions].reverse().find((x) => x.end <= at && x.entity !== principal?.entity);
        if (!principal || !speaker) continue;
        const p = doc.officials[principal.entity];
        const from = doc.officials[speaker.entity]?.country;
        if (!p || !from || p.countryRank < 3) continue;
        let code: string | null = from;
        if (!same) {
          // "convey his warm greetings to President A and President B" in a report on three countries: the leaders
          // addressed are those of the other two, named in the order their own officials were.
          const addressed = principalList(doc, text, s.start, mentions, principal);
          const others = [...new Set(doc.officials.filter((o) => o.country && o.country !== from && o.countryRank <= 1).sort((a, b) => firstAt(doc, a.id) - firstAt(doc, b.id)).map((o) => o.country!))];
          if (addressed.length > 1 && addressed.length === others.length) {
            addressed.forEach((x, i) => {
              const q = doc.officials[x.entity];
              if (!q || q.countryRank < 3) return;
              q.country = others[i];
              q.countryRank = 2;
            });
            continue;
          }
          pair ??= [...countryCounts(doc).entries()].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([c]) => c);
          code = pair.length === 2 && pair.includes(from) ? pair.find((c) => c !== from)! : null;
        }
        if (!code) continue;
        p.country = code;
        p.countryRank = 2;
      }
    }
  }
}
