// Officials: turns name candidates into one entity per person, with the title as written, the
// country (ISO alpha-2) and the organisation the title belongs to.
import type { Doc, Official, Sent } from "./doc.ts";
import { evidenceOf, mentionsIn } from "./doc.ts";
import { addressedSingles, findNameCandidates, isTitleWord, nameTokens, speakingSingles, styleStartBefore, type NameCandidate } from "./names.ts";
import { abbreviations, cues, formerPrefixes, hasNamingTradition, personalTitles, isInternationalOrg, titleFields, styleCountries, knownOrgs, lookupCountry, metonymOrgs, monarchTitles, nameParticles, roleHeads, orgWords, placeCountry, surnameOrigin, titleCountries, titleWords, tokenCountry, traditionsShaped, holderCountry } from "./gazetteers.ts";
import { fold, isAcronym, looseTok, nameKey, retoken, tokenize, type Tok } from "./text.ts";
import { countryCounts } from "./country-pair.ts";
import { definedAcronyms } from "./organizations.ts";

/** /^counterparts?$/ on a word, without the engine. */
const isCounterpart = (w: string) => w === "counterpart" || w === "counterparts";

// "then-Prime Minister": a past holder's prefix (titles.json `formerPrefixes`) hyphenated to the title.
const LEADING_NOISE = new RegExp(`^(?:(?:the|his|her|their|its|outgoing|incoming|new|former|then|visiting|acting|newly-appointed|newly appointed)\\s+|(?:${[...formerPrefixes].join("|")})-(?=\\p{L}))+`, "iu");

export function findOfficials(doc: Doc): void {
  const cands = doc.sentences.flatMap((s) => findNameCandidates(doc.text, s, doc.demonymChoice));
  const byKey = new Map<string, Official>();
  const accept = (c: NameCandidate) => {
    const key = nameKey(c.text);
    let o = byKey.get(key);
    if (!o) {
      o = {
        id: doc.officials.length,
        name: c.text,
        key,
        // "Marcos, Jr.": the comma before a generational suffix is no part of the name.
        parts: nameTokens(doc.sentences[c.sentence].toks, c.from, c.to).filter((t) => t.text !== ",").map((t) => t.norm),
        origin: originOf(nameTokens(doc.sentences[c.sentence].toks, c.from, c.to).map((t) => t.norm)),
        country: null,
        countryRank: 9,
        title: null,
        organization: null,
        aliases: new Set(),
        evidence: [],
        mentions: 0,
        // Every official gets the flags later steps set, so all share one shape (reading them stays monomorphic).
        countryImplicit: undefined,
        countryByPlace: undefined,
        countryByTitle: undefined,
        distinct: undefined,
      };
      byKey.set(key, o);
      doc.officials.push(o);
    } else if (diacritics(c.text) > diacritics(o.name)) {
      o.name = c.text;
    }
    o.mentions++;
    o.evidence.push(evidenceOf(doc, c.sentence, c.start, c.end));
    doc.mentions.push({ start: c.start, end: c.end, sentence: c.sentence, text: c.text, kind: "name", entity: o.id });
    describe(doc, doc.sentences[c.sentence], c, o);
  };
  for (const c of cands) if (c.signal) accept(c);
  for (const c of cands) if (!c.signal && !c.single && byKey.has(nameKey(c.text))) accept(c);
  // "the Kensington treaty, which Keir Starmer and Friedrich Merz signed": a full name the office-holders list holds is an
  // office holder, titled or not.
  for (const c of cands) if (!c.signal && !c.single && !byKey.has(nameKey(c.text)) && holderCountry(c.text)) accept(c);
  // "Head of State holds talks with ..." over "Kassym-Jomart Tokayev held talks with ...": with an office in the headline,
  // a bare full name opening a sentence of the body before a verb of what officials do is the office holder.
  if (headlineOffice(doc)) {
    for (const c of cands) {
      if (c.signal || c.single || byKey.has(nameKey(c.text))) continue;
      const toks = doc.sentences[c.sentence].toks;
      if (c.from === 0 && SUBJECT_VERBS.has(toks[c.to]?.norm ?? "") && c.to - c.from <= 4) accept(c);
    }
  }
  // A release's signature block: a line that is only a full name, over a line that opens with a title ("Bayo Onanuga" /
  // "Special Adviser to the President"), is the person who signs, with that title.
  for (const c of cands) {
    if (c.signal || c.single || byKey.has(nameKey(c.text))) continue;
    const s = doc.sentences[c.sentence];
    const next = doc.sentences[c.sentence + 1];
    // A block that signs stands after the body, and its title line is one phrase (a site menu's words are set apart by
    // runs of spaces or bars).
    if (c.from !== 0 || c.to !== s.toks.length || c.to - c.from > 4 || !next?.toks.length || next.toks.length > 12 || c.sentence < doc.sentences.length / 2) continue;
    if (/\s{2}|\|/.test(doc.text.slice(next.start, next.end).trim())) continue;
    if (!/\n\s*$/.test(doc.text.slice(s.end, next.start)) || !next.toks[0].cap || !next.toks.some((t) => t.cap && isTitleWord(t))) continue;
    if (next.toks.some((t) => !t.cap && t.word && !functionWordsLower.has(t.norm))) continue;
    accept(c);
    const o = byKey.get(nameKey(c.text));
    if (o && !o.title) o.title = doc.text.slice(next.start, next.end).trim();
  }
  // "Prime Ministers Pham Minh Chinh and Sonexay Siphandone": a name coordinated with a person is a person.
  for (const c of cands) {
    if (c.signal || c.single || byKey.has(nameKey(c.text))) continue;
    const s = doc.sentences[c.sentence];
    const sep = s.toks[c.from - 1]?.norm;
    if (sep !== "and" && sep !== ",") continue;
    const prev = cands.find((p) => p.sentence === c.sentence && p.to === c.from - 1 && byKey.has(nameKey(p.text)));
    const next = cands.find((p) => p.sentence === c.sentence && p.from === c.to + 1 && ["and", ","].includes(s.toks[c.to]?.norm ?? "") && byKey.has(nameKey(p.text)));
    if ((prev || next) && !listOfThings(s, c.from, c.to)) accept(c);
  }
  // "Javier Milei and his Paraguayan counterpart, Santiago Peña": whoever has a counterpart holds an office.
  for (const c of cands) {
    if (c.signal || c.single || byKey.has(nameKey(c.text))) continue;
    const toks = doc.sentences[c.sentence].toks;
    if (toks[c.to]?.norm !== "and" || !POSSESSIVES.has(toks[c.to + 1]?.norm ?? "")) continue;
    if (toks.slice(c.to + 2, c.to + 6).some((t) => isCounterpart(t.norm))) accept(c);
  }
  // "Tuesday's meeting between Pedro Sánchez and ...", then "Sánchez proposed": the family name alone acts as a person.
  // "Emmanuel Macron's state visit", then "signed by Mr. Macron": so does the family name after a form of address.
  const speaking = speakingSingles(doc.sentences);
  for (const w of addressedSingles(doc.sentences)) speaking.add(w);
  if (speaking.size > 0) {
    for (const c of cands) {
      if (c.signal || c.single || byKey.has(nameKey(c.text))) continue;
      const toks = doc.sentences[c.sentence].toks;
      if (toks.slice(c.from + 1, c.to).some((t) => speaking.has(t.norm))) accept(c);
    }
  }
  const known = new Set(doc.officials.flatMap((o) => o.parts));
  // "His Majesty Sultan Ibrahim, King of Malaysia," in a report on Anwar Ibrahim: a one-word name with its own apposition is someone else.
  for (const c of cands) {
    if (!c.single) continue;
    if (!known.has(doc.sentences[c.sentence].toks[c.from].norm)) accept(c);
    else if (c.titleAfter) {
      accept(c);
      byKey.get(nameKey(c.text))!.distinct = true;
    } else if (c.titleBefore) {
      // "his Paraguayan counterpart, Santiago Peña Palacios", then "President Peña proposed": the one full name the word
      // belongs to takes the title written before it when it has none.
      // ("FM @SenatorWong": a handle that glues a title to the name is no title.)
      const toks = doc.sentences[c.sentence].toks;
      const word = toks[c.from].norm;
      const owners = doc.officials.filter((o) => o.parts.includes(word));
      if (owners.length === 1 && !owners[0].title && toks[c.from - 1]?.end !== toks[c.from].start) describe(doc, doc.sentences[c.sentence], c, owners[0]);
    }
  }
  mergeSubsumed(doc);
  signatories(doc);
  nicknames(doc);
  counterpartTitles(doc, cands);
  unnamedOrigins(doc);
  unnamedTitles(doc);
  seatHosts(doc);
  contextCountries(doc);
}

const POSSESSIVES = new Set(["his", "her", "their"]);
const HOST_VERBS = new Set(cues.travel.hosts);

/** "will be received on Thursday by King Felipe VI at the Zarzuela Palace", "President X received Y at the Planalto
 * Palace": whoever receives at a seat of government (organizations.json `metonym`) is of the seat's country. Stronger
 * than the sides of an encounter, weaker than a title's own country. */
function seatHosts(doc: Doc): void {
  for (const s of doc.sentences) {
    for (let k = 0; k < s.toks.length; k++) {
      const hit = s.gaz[k];
      if (hit?.type !== "org" || !hit.value || !metonymOrgs.has(hit.name) || s.gaz[k - 1] === hit) continue;
      const at = s.toks[k - 1]?.norm === "the" ? k - 2 : k - 1;
      if (s.toks[at]?.norm !== "at") continue;
      const names = doc.mentions.filter((m) => m.sentence === s.index && m.kind === "name" && m.end <= s.toks[at].start).sort((a, b) => a.start - b.start);
      const verb = s.toks.findIndex((t, i) => i < at && HOST_VERBS.has(t.norm));
      if (verb < 0 || !names.length) continue;
      // The passive names the host after "by", right before the seat; the active, as the name before the verb.
      const by = s.toks.findIndex((t, i) => i > verb && i < at && t.norm === "by");
      const host = by >= 0 ? names.find((m) => m.start > s.toks[by].start && s.toks.findIndex((t) => t.start >= m.end) === at) : names.filter((m) => m.end <= s.toks[verb].start).length === 1 && !s.toks.slice(0, verb).some((t) => t.norm === "by") ? names[0] : undefined;
      const o = host ? doc.officials[host.entity] : undefined;
      if (!o || o.countryRank < 2 || (o.countryRank === 2 && o.country)) continue;
      o.country = hit.value;
      o.countryRank = 2;
      o.countryImplicit = true;
    }
  }
}

const SUBJECT_VERBS = new Set(cues.personSubjectVerbs.verbs);
// The lower-case words a title line may hold ("Special Adviser to the President").
const functionWordsLower = new Set(["to", "the", "of", "for", "and", "on", "in", "at"]);

/** Does the headline hold a title word with a capital ("Head of State holds talks", "President receives ...")? */
function headlineOffice(doc: Doc): boolean {
  const title = doc.read.title;
  if (!title) return false;
  return title.split(/[^\p{L}-]+/u).some((w) => /^\p{Lu}/u.test(w) && titleWords.has(fold(w)));
}

/** "Thailand, Scam Centers, Min Aung Hlaing": a list with a country or a place as an item lists topics, not people. */
function listOfThings(s: Sent, from: number, to: number): boolean {
  const SEP = new Set([",", "and", ":"]);
  const item = (k: number) => {
    const hit = s.gaz[k];
    return !!hit && ["country", "place"].includes(hit.type);
  };
  // The item before: a whole hit between separators (or the sentence's start).
  let k = from - 2;
  if (k >= 0 && item(k)) {
    const hit = s.gaz[k];
    while (k > 0 && s.gaz[k - 1] === hit) k--;
    if (k === 0 || SEP.has(s.toks[k - 1].norm)) return true;
  }
  // The item after.
  k = to + 1;
  if (SEP.has(s.toks[to]?.norm ?? "") && item(k)) {
    const hit = s.gaz[k];
    while (k + 1 < s.toks.length && s.gaz[k + 1] === hit) k++;
    if (k + 1 >= s.toks.length || SEP.has(s.toks[k + 1].norm) || s.toks[k + 1].text === ".") return true;
  }
  return false;
}

/** "Min Aung Hlaing", "Kan Zaw" in a Myanmar-Belarus report: a family name shared with Korean or Japanese says
 * nothing when the report never names that country (headline and "Korea-UK" compounds included); the name's
 * tradition counts only where its country or one of its places is named (the dateline included). */
function unnamedOrigins(doc: Doc): void {
  if (!doc.officials.some((o) => o.countryRank === 2 && o.country === o.origin)) return;
  const named = new Set(countryCounts(doc).keys());
  // "Guangxi", "Busan": a place of the country names it too; not inside a person's name ("Santiago Peña") nor a
  // street's ("Chongqing S. Rd." in a Taipei address).
  const names = doc.mentions.filter((m) => m.kind === "name");
  for (const s of doc.sentences) {
    s.gaz.forEach((g, k) => {
      if (g?.type !== "place" || !g.value || s.gaz[k - 1] === g) return;
      const t = s.toks[k];
      if (names.some((m) => m.sentence === s.index && m.start <= t.start && t.end <= m.end)) return;
      if (streetAfter(s.toks, k + g.length)) return;
      named.add(g.value);
    });
  }
  const dl = doc.read.dateline;
  const filed = dl ? (placeCountry(dl) ?? lookupCountry(dl)?.code ?? null) : null;
  if (filed) named.add(filed);
  // A report that names no country at all leaves the tradition as the only clue.
  if (!named.size) return;
  for (const o of doc.officials) {
    if (o.countryRank !== 2 || o.country !== o.origin || !o.country || named.has(o.country)) continue;
    // "Nguyễn Hồng Diên": a tradition's own shape of name (surnames.json `ownShape`), shared with no other, keeps its
    // country; a Vietnam News Agency report often leaves its own side's country unsaid.
    if (traditionsShaped([o.country], o.name.split(/\s+/)).length) continue;
    o.country = null;
    o.countryRank = 9;
  }
}

const STREET_WORDS = new Set(cues.streets.words);
const COMPASS_WORDS = new Set(cues.streets.compass);
/** Whether a street word stands at toks[k] ("Rd.", "Street"), perhaps after a compass word ("S. Rd."). */
function streetAfter(toks: Sent["toks"], k: number): boolean {
  const compass = toks[k]?.text.replace(/\.$/, "") ?? "";
  if (COMPASS_WORDS.has(compass)) k += toks[k + 1]?.text === "." ? 2 : 1;
  return STREET_WORDS.has(toks[k]?.text ?? "");
}

const SIGN_VERBS = new Set(cues.signedFor.verbs);
const SIGN_LINKS = cues.signedFor.links.map((l) => l.split(" "));
const CLAUSE_BREAKS = new Set([";", "while", "whereas", "and", "but"]);

/** "The Minister of Foreign Affairs, X, signed for Nigeria, while Y signed for Brazil": a signatory stands for the
 * country named after "signed for" or "on behalf of", whatever his title (the same on both sides) said. */
function signatories(doc: Doc): void {
  for (const s of doc.sentences) for (let k = 1; k < s.toks.length; k++) if (SIGN_VERBS.has(s.toks[k].norm)) signedFor(doc, s, k);
}

// Its own function: callbacks reading the loop's `k` and `d` gave every token of every sentence a context object.
function signedFor(doc: Doc, s: Sent, k: number): void {
  let d = k + 1;
  const link = SIGN_LINKS.find((l) => l.every((w, n) => s.toks[d + n]?.norm === w));
  if (!link) return;
  d += link.length;
  if (s.toks[d]?.norm === "the") d++;
  const hit = s.gaz[d];
  if (hit?.type !== "country" || !hit.value || s.gaz[d - 1] === hit) return;
  // The signer: the name closest before the verb, in the same clause.
  let signer: (typeof doc.mentions)[number] | undefined;
  for (const m of doc.mentions) if (m.sentence === s.index && m.kind === "name" && m.end <= s.toks[k].start && (!signer || m.start > signer.start)) signer = m;
  if (!signer || s.toks.some((t) => t.start >= signer!.end && t.end <= s.toks[k].start && CLAUSE_BREAKS.has(t.norm))) return;
  // Stronger than a title: "Kenya and Trade Minister X signed on behalf of Norway" reads Kenya into X's title.
  const o = doc.officials[signer.entity];
  if (!o) return;
  o.country = hit.value;
  o.countryRank = 1;
  o.countryImplicit = false;
}

/** An office only one country names so ("Secretary of State") says that country only in a report that names it (the
 * headline, a compound or the dateline included); elsewhere another country's office of the same name is meant. */
function unnamedTitles(doc: Doc): void {
  if (!doc.officials.some((o) => o.countryByTitle)) return;
  const named = new Set(countryCounts(doc).keys());
  const dl = doc.read.dateline;
  const filed = dl ? (placeCountry(dl) ?? lookupCountry(dl)?.code ?? null) : null;
  if (filed) named.add(filed);
  for (const o of doc.officials) {
    if (!o.countryByTitle || o.countryRank !== 2 || !o.country || named.has(o.country)) continue;
    o.country = null;
    o.countryRank = 9;
    o.countryImplicit = false;
    o.countryByTitle = false;
  }
}

// "Joko Widodo, popularly known as Jokowi", "Mohamad Hasan (known as Tok Mat)": a nickname tied to a person is an alias.
const NICKNAME_RE = /^(?:,|\s*\()\s*(?:(?:who\s+is\s+)?(?:popularly|commonly|widely|better|also)\s+)?known\s+as\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/u;

// "President Marcos, or PBBM, and ...": an acronym after ", or" is the alias of the family name before it.
const OR_ALIAS_RE = /(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}'’-]+(?:\s+Jr\.?)?),\s+or\s+(\p{Lu}{2,6}),/gu;

// "Pushpa Kamal Dahal 'Prachanda'", "Ferdinand "Bongbong" Marcos Jr.": a nickname set in quotes right after a name or
// inside it.
const QUOTED_AFTER_RE = /^\s+["“'‘](\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})["”'’](?![\p{L}\p{M}])/u;
const QUOTED_INSIDE_RE = /\s["“'‘](\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})["”'’]\s/u;

function nicknames(doc: Doc): void {
  for (const m of doc.mentions) {
    if (m.kind !== "name") continue;
    const after = doc.text.slice(m.end, m.end + 60);
    const nick = NICKNAME_RE.exec(after) ?? QUOTED_AFTER_RE.exec(after) ?? QUOTED_INSIDE_RE.exec(doc.text.slice(m.start, m.end));
    if (nick) doc.officials[m.entity]?.aliases.add(nick[1]);
  }
  if (!doc.text.includes(", or ")) return;
  for (const a of doc.text.matchAll(OR_ALIAS_RE)) {
    const word = fold(a[1].replace(/\s+Jr\.?$/, ""));
    const owners = doc.officials.filter((o) => o.name.split(/\s+/).some((w) => fold(w) === word));
    if (owners.length === 1) owners[0].aliases.add(a[2]);
  }
}

/** "Foreign Minister Radosław Sikorski and his Kyrgyz counterpart Jeenbek Kulubaev": a counterpart of no title of its
 * own holds the office of the titled person whose counterpart it is (the office without its country: "Foreign Minister"),
 * so that "the Kyrgyz foreign minister" and "the Kyrgyz leader" later tell the two apart. */
function counterpartTitles(doc: Doc, cands: NameCandidate[]): void {
  for (const c of cands) {
    if (!c.counterpart) continue;
    const o = doc.officials.find((x) => x.key === nameKey(c.text));
    if (!o || o.title) continue;
    const s = doc.sentences[c.sentence];
    const phrase = doc.text.slice(s.start, c.start).search(/\b(?:his|her)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}counterpart\s*,?\s*(?:\p{Lu}[\p{L}.-]*\s+){0,3}$/u);
    if (phrase < 0) continue;
    const owner = doc.mentions.filter((m) => m.sentence === s.index && m.kind === "name" && m.end <= s.start + phrase).pop();
    // ("Earlier the same day, Sihasak held talks with his Vietnamese counterpart X": the owner may be a short form of a
    // full name the report gave before, which coreference links only later.)
    const short = owner ? undefined : s.toks.filter((t) => t.cap && t.word && t.end <= s.start + phrase && doc.officials.some((x) => x.parts.includes(t.norm))).pop();
    const holders = short ? doc.officials.filter((x) => x.parts.includes(short.norm)) : [];
    const ownerId = owner ? owner.entity : holders.length === 1 ? holders[0].id : -1;
    const title = ownerId >= 0 ? doc.officials[ownerId]?.title : null;
    if (!title || ownerId === o.id) continue;
    const words = title.split(/\s+/).filter((w) => !tokenCountry(looseTok(w, fold(w), /^\p{Lu}/u.test(w))) && !/['’]s$/.test(w));
    if (words.length && words.some((w) => titleWords.has(fold(w)))) o.title = words.join(" ");
  }
}

const OWNER_PREFIXES = cues.pageFurniture.ownerPrefixes.map((p) => p.toLowerCase());

/** "© 2026 Vanuatu Daily Post", "© 2026 The Kyiv Independent": the one country an outlet's copyright line names (a
 * country, a demonym or a place), or null. */
export function outletCountry(doc: Doc): string | null {
  const codes = new Set<string>();
  for (const n of doc.read.noise) {
    if (n.kind !== "furniture") continue;
    const line = doc.text.slice(n.start, n.end).trim();
    if (!OWNER_PREFIXES.some((p) => line.toLowerCase().startsWith(p))) continue;
    const toks = tokenize(doc.text, n.start, n.end);
    for (let k = 0; k < toks.length; k++) {
      if (!toks[k].cap) continue;
      const one = tokenCountry(toks[k]);
      if (one && toks[k].text.length > 2) codes.add(one.code);
      // "Kyiv", "Port Vila": a place of up to three words.
      for (let e = Math.min(toks.length, k + 3); e > k; e--) {
        const place = placeCountry(doc.text.slice(toks[k].start, toks[e - 1].end));
        if (place) {
          codes.add(place);
          break;
        }
      }
    }
  }
  return codes.size === 1 ? [...codes][0] : null;
}

/** "Emmanuel Macron", "Recep Tayyip Erdoğan": an office holder the report names without a word of his country
 * (office-holders.json) is of the country listed, over a clue weaker than his title; the text's own title wins. */
export function knownHolders(doc: Doc): void {
  for (const o of doc.officials) {
    if (o.country && o.countryRank <= 1) continue;
    const code = holderCountry(o.name);
    if (!code) continue;
    o.country = code;
    o.countryRank = 2;
  }
}

// "Deputy Head of the Office of the President", "Adviser to the Prime Minister": a post on a head's own staff.
// ("Special Assistant to the PM": the head's office may be abbreviated, titles.json `abbreviations`.)
const STAFF_OF_HEAD_RE = /\b(?:of|to)\s+the\s+(?:office\s+of\s+the\s+)?(president|prime\s+minister|pm|chancellor)\s*$/i;

const OFFICE_OF_RE = /\b(?:office|court|cabinet|bureau)\s+of$/i;
const MAJESTY_RE = /\bof\s+(?:His|Her)\s+(?:Majesty|Royal\s+Highness|Highness)\s+$/;

/** "Later, President Zelensky received X. The meeting was also attended by Deputy Head of the Office of the President
 * Ihor Zhovkva": an official on a head's staff with no country of his own is of the head of that office the report
 * named last before him. */
export function staffOfHeads(doc: Doc): void {
  ownersStaff(doc);
  for (const o of doc.officials) {
    if (o.country) continue;
    const first = doc.mentions.find((m) => m.entity === o.id);
    if (!first) continue;
    // "Director of the Office of His Majesty X": the title ends at the monarch's style, whose office it names; the
    // report's one monarch with a country is the head.
    if (OFFICE_OF_RE.test(o.title ?? "") && MAJESTY_RE.test(doc.text.slice(Math.max(0, first.start - 40), first.start))) {
      const monarchs = doc.officials.filter((h) => h !== o && h.country && h.countryRank <= 2 && monarchTitles.includes(fold(h.title ?? "")));
      if (new Set(monarchs.map((h) => h.country)).size === 1) {
        o.country = monarchs[0].country;
        o.countryRank = 3;
      }
      continue;
    }
    const staff = STAFF_OF_HEAD_RE.exec(o.title ?? "");
    if (!staff) continue;
    const folded = fold(staff[1]).replace(/\s+/g, " ");
    const office = abbreviations[folded] ?? folded;
    let head: Official | undefined;
    let at = -1;
    for (const m of doc.mentions) {
      const h = doc.officials[m.entity];
      if (!h || h === o || !h.country || m.start > first.start || m.start <= at || fold(h.title ?? "").replace(/\s+/g, " ") !== office) continue;
      head = h;
      at = m.start;
    }
    if (head) {
      o.country = head.country;
      o.countryRank = 3;
    }
  }
}

const POSSESSIVE_S = /^['’]s$/;
// A title's field ending in a capitalised word right after its "of", "for", "and" or "the", before a possessive.
const FIELD_POSSESSIVE_RE = /\b(?:of|for|and|the) \p{Lu}[\p{L}-]*$/u;

/** Is token k a possessive glued to the capitalised word before it, inside a title's field ("of Women's Affairs")? */
function fieldPossessive(toks: Tok[], k: number): boolean {
  return (POSSESSIVE_S.test(toks[k].text) || toks[k].text === "'" || toks[k].text === "’") && k >= 2 && toks[k - 1].cap && toks[k - 1].end === toks[k].start && ["of", "for", "and", "the"].includes(toks[k - 2].norm) && !!toks[k + 1]?.cap;
}

/** "according to Tokayev's spokesperson, Ruslan Zheldibay", "Lula's chief adviser X": an officer named by an office under
 * a person's possessive works for that person, and is of his country when neither his title nor his name said one. */
function ownersStaff(doc: Doc): void {
  const done = new Set<number>();
  for (const m of doc.mentions) {
    const o = m.kind === "name" ? doc.officials[m.entity] : undefined;
    // (Over a country from context: the possessive ties him to one person, the context to the report's sides.)
    if (!o || (o.country && o.countryRank <= 2) || done.has(o.id)) continue;
    // (A pretest: the possessive stands a few words before the name.)
    if (!/['’]s\s/.test(doc.text.slice(Math.max(0, m.start - 80), m.start))) continue;
    const s = doc.sentences[m.sentence];
    const at = s.toks.findIndex((t) => t.start >= m.start);
    let j = s.toks[at - 1]?.text === "," ? at - 2 : at - 1;
    // The office: up to four words, one of them a title's ("spokesperson", "chief of staff").
    let titled = false;
    for (let n = 0; n < 4 && j >= 0 && s.toks[j].word && !POSSESSIVE_S.test(s.toks[j].text); n++, j--) titled ||= isTitleWord(s.toks[j]);
    if (!titled || !POSSESSIVE_S.test(s.toks[j]?.text ?? "") || j < 1) continue;
    const end = s.toks[j - 1].end;
    const owner = mentionsIn(doc, m.sentence).find((x) => x.entity >= 0 && x.entity !== o.id && x.kind !== "pronoun" && x.end === end);
    const boss = owner ? doc.officials[owner.entity] : undefined;
    if (!boss?.country || boss.countryRank > 2 || isInternationalOrg(boss.organization)) continue;
    o.country = boss.country;
    o.countryRank = 3;
    done.add(o.id);
  }
}

/** A reporter abroad ("Tokyo (VNA) –") mostly names hosts, and one at home leaves his own side unqualified: an official
 * with no other clue belongs to the dateline's country, or with no dateline, to the country of the outlet. */
export function hostCountryFallback(doc: Doc): void {
  const dl = doc.read.dateline;
  const host = dl ? (placeCountry(dl) ?? lookupCountry(dl)?.code ?? null) : outletCountry(doc);
  if (!host) return;
  // At home, the one foreign country of the article, where the home side's names are recognisable by their naming
  // tradition (surnames.json `closed`: Vietnamese, Korean), so that an official whose name is not of it is foreign;
  // abroad, the host country below.
  if (hasNamingTradition(host)) documentPartnerCountry(doc, host);
  const counts = new Map<string, number>();
  for (const o of doc.officials) if (o.country) counts.set(o.country, (counts.get(o.country) ?? 0) + o.mentions);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  // At home the writer leaves his own side unqualified too, unless his side's names show their tradition: then a name
  // not of it is a foreigner's (documentPartnerCountry above).
  if (!top || (top === host && hasNamingTradition(host))) return;
  // "ANTANANARIVO – President Netumbo Nandi-Ndaitwah held talks with Botswana's President ... on the sidelines of the
  // SADC Summit": at a venue where the report names none of the host's officials, the venue is nobody's home; the one
  // country the report names that no official holds yet is the bare officials' own.
  // A report that names the dateline's country as often as a side of the pair is (twice; not only its city, nor "the
  // Malagasy capital" once) is told from there: a country named in passing ("the first investor in Morocco, France") is
  // nobody's side.
  let own = host;
  const named = countryCounts(doc);
  if (!counts.has(host) && (named.get(host) ?? 0) < 2) {
    const free = [...named.keys()].filter((c) => c !== host && !counts.has(c));
    if (free.length !== 1) return;
    own = free[0];
  }
  for (const o of doc.officials) {
    if (o.country) continue;
    o.country = own;
    o.countryRank = 4;
  }
}

function diacritics(s: string): number {
  return s.normalize("NFD").replace(/[^\u0300-\u036f]/g, "").length;
}

function originOf(parts: string[]): string | null {
  const first = surnameOrigin(parts[0]);
  if (first.length === 1) return first[0];
  // "Ha Kim Ngoc": a family name shared with Korean, but three unhyphenated syllables is the Vietnamese shape.
  const shaped = traditionsShaped(first, parts);
  if (shaped.length === 1) return shaped[0];
  const last = surnameOrigin(parts[parts.length - 1]);
  if (last.length === 1 && last[0] === "JP") return "JP";
  if (first.includes("JP") && first.length === 1) return "JP";
  return null;
}

/** Does a title hold the head noun of an office ("minister", "president", "ambassador": titles.json `heads`)? */
function hasHead(title: string | null): boolean {
  if (!title) return false;
  const words = fold(title).split(/[\s,-]+/);
  return roleHeads.some((h) => (h.includes(" ") ? ` ${words.join(" ")} `.includes(` ${h} `) : words.includes(h)));
}

const NOBLE_RANK_RE = /^(?:prince|princess|sheikh|sheikha)$/i;

/** Title, organisation and country evidence from one mention. */
function describe(doc: Doc, s: Sent, c: NameCandidate, o: Official): void {
  for (const range of [c.titleBefore, c.titleAfter]) {
    if (!range) continue;
    const info = readTitle(doc, s, range[0], range[1], range === c.titleBefore);
    // "received at the Ministry's General Diwan His Excellency X, Minister of Foreign Affairs of Tanzania,": words before
    // the name with no head noun of an office are no title when the apposition after it has one.
    if (range === c.titleBefore && c.titleAfter && !hasHead(info.title) && hasHead(readTitle(doc, s, c.titleAfter[0], c.titleAfter[1], false).title)) continue;
    // ("His Highness Prince Faisal bin Farhan, Minister of Foreign Affairs,": a rank of nobility before the name gives way
    // to the office after it.)
    if (info.title && (!o.title || (range === c.titleBefore && o.title.length < info.title.length && !o.title.includes(",")) || (range === c.titleAfter && NOBLE_RANK_RE.test(o.title) && !NOBLE_RANK_RE.test(info.title)))) o.title = info.title;
    if (info.organization && !o.organization) o.organization = info.organization;
    if (info.country && (o.countryRank > 1 || (o.countryImplicit && !info.implicit))) {
      o.country = info.country;
      o.countryRank = 1;
      o.countryImplicit = info.implicit;
    }
    // "Secretary of State Marco Rubio": an office only one country names so. Writers leave their own side's offices
    // unqualified, so it is no sign of which side the report qualifies (country-pair.ts); and it counts only where the
    // report names that country (`unnamedTitles`: "Cardinal X, Secretary of State" in a report on the Holy See).
    const only = !info.country && info.title ? titleCountries.get(fold(info.title)) : undefined;
    if (only && o.countryRank > 2) {
      o.country = only;
      o.countryRank = 2;
      o.countryImplicit = true;
      o.countryByTitle = true;
    }
  }
  for (const code of [c.ofCountry, c.counterpart?.country, possessiveApposition(doc, s, c)]) {
    if (!code || (o.countryRank <= 1 && !o.countryImplicit)) continue;
    o.country = code;
    o.countryRank = 1;
    o.countryImplicit = false;
  }
  // "Daw Aung San Suu Kyi", "Tan Sri X": a style of one country's honours. Writers style their own side's officials
  // so, unqualified: no sign of which side of a bilateral report the writer qualifies (country-pair.ts).
  const styled = o.countryRank > 2 ? styleCountry(s, c.from) : null;
  if (styled) {
    o.country = styled;
    o.countryRank = 2;
    o.countryImplicit = true;
  }
  if (o.origin && o.countryRank > 2) {
    o.country = o.origin;
    o.countryRank = 2;
  }
}

// "Nigeria's high commissioner in Pretoria, Ambassador X", "and Kenya's envoy to the AU, X": a lower-case office under a
// country's possessive, set off before the name (a style or a title word may stand between).
const POSSESSIVE_APPOSITION_RE = /(?:^|[,;]\s+|\band\s+)(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})['’]s\s+((?:[\p{Ll}-]+\s+){1,4})(?:(?:in|to)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?\s*)?,\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

function possessiveApposition(doc: Doc, s: Sent, c: NameCandidate): string | null {
  const before = doc.text.slice(Math.max(s.start, c.start - 120), c.start);
  if (!before.includes("'s") && !before.includes("’s")) return null;
  const m = POSSESSIVE_APPOSITION_RE.exec(before);
  if (!m || !m[2].trim().split(/\s+/).some((w) => titleWords.has(fold(w)))) return null;
  // The words between the comma and the name are a style or a title, not a name.
  const tail = before.slice(before.lastIndexOf(",") + 1).trim();
  if (tail && !tail.split(/\s+/).every((w) => titleWords.has(fold(w.replace(/\.$/, ""))) || personalTitles.has(fold(w.replace(/\.$/, ""))))) return null;
  return lookupCountry(m[1])?.code ?? null;
}

/** The country of a style before token `from` that belongs to one country's honours (titles.json `styleCountries`), or null. */
function styleCountry(s: Sent, from: number): string | null {
  const start = styleStartBefore(s.toks, from);
  if (start < 0) return null;
  for (let p = start; p < from; p++) {
    for (let n = Math.min(3, from - p); n >= 1; n--) {
      const code = styleCountries.get(s.toks.slice(p, p + n).map((t) => t.norm).join(" "));
      if (code) return code;
    }
  }
  return null;
}

interface TitleInfo {
  title: string | null;
  country: string | null;
  organization: string | null;
  implicit: boolean;
}

/** The text of tokens [from, to), with a space back between two words that scraping glued ("Foreign AffairsMinister"). */
function unglued(text: string, toks: Sent["toks"], from: number, to: number): string {
  let out = "";
  for (let k = from; k < to; k++) {
    if (k > from) out += toks[k].start === toks[k - 1].end && /\p{Ll}$/u.test(toks[k - 1].text) && /^\p{Lu}\p{Ll}/u.test(toks[k].text) ? " " : text.slice(toks[k - 1].end, toks[k].start);
    out += text.slice(toks[k].start, toks[k].end);
  }
  return out;
}

export function readTitle(doc: Doc, s: Sent, from: number, to: number, before = true): TitleInfo {
  const toks = s.toks;
  let country: string | null = null;
  let organization: string | null = null;
  let placeCountry: string | null = null;
  // The country came from a place or an institution ("Johor Mentri Besar", "Bank Indonesia Governor"), not from a country's name.
  let implicit = false;
  // Country: a leading demonym/country ("RoK Ambassador"), one right after "of/from (the)", or a demonym anywhere
  // ("Chairman of the Lao National Assembly"); never the country after "to" ("Ambassador to Vietnam").
  // An institution's country is only a fallback: "Speaker of the Milli Majlis of the Republic of Azerbaijan" names it.
  for (let k = from; k < to && (!country || implicit); k++) {
    const t = toks[k];
    const prev = toks[k - 1]?.norm;
    const prev2 = toks[k - 2]?.norm;
    // ("spoke to Kenyan President X": a "to" before the title is the verb's, not the title's.)
    const toAt = prev === "to" ? k - 1 : prev === "the" && prev2 === "to" ? k - 2 : -1;
    if (toAt >= from) continue;
    const hit = s.gaz[k];
    const leading = toks.slice(from, k).every((x) => /^(?:the|his|her|outgoing|incoming|new|former|then)$/i.test(x.text));
    const afterOf = prev === "of" || prev === "from" || (prev === "the" && (prev2 === "of" || prev2 === "from"));
    // "in Ramallah Spain's Minister of Foreign Affairs": a country's possessive owns the office, whatever stands before.
    const owner = !!hit && hit.type === "country" && s.gaz[k - 1] !== hit && /^['’]s$/.test(toks[k + hit.length]?.text ?? "");
    // "Deputy U.S. Trade Representative X", "Deputy UK Ambassador": a country's name after a rank word, before the rest
    // of the title, qualifies it as a leading one does.
    // (A code in capitals or a full name: "Png" of "Chief Executive Officer Png Cheong Boon" is a family name.)
    const ranked = !!hit && hit.type === "country" && k > from && s.gaz[k - 1] !== hit && toks.slice(from, k).every((x) => isTitleWord(x)) && !!toks[k + hit.length]?.cap && /^(?:\p{Lu}[\p{Lu}.]+|\p{Lu}\p{Ll}{3,})$/u.test(t.text);
    if (hit && (hit.type === "country" || hit.type === "demonym") && (leading || afterOf || owner || ranked || hit.type === "demonym")) {
      if (hit.type === "demonym" && !leading && !afterOf && !(toks[k + 1]?.cap ?? false)) continue;
      country = hit.value;
      implicit = false;
      // "King of Malaysia": a monarch's title names the realm whichever side writes it.
      if (afterOf && hit.type === "country") implicit = monarchBefore(toks, k - (prev === "of" || prev === "from" ? 1 : 2));
    } else if (!hit) {
      const tc = tokenCountry(t, doc.demonymChoice);
      if (tc && (leading || afterOf || tc.demonym)) {
        country = tc.code;
        implicit = false;
      } else if (afterOf && /-/.test(t.text)) {
        const [first, second] = t.text.split("-");
        const fc = tokenCountry(retoken(t, first, first.toLowerCase()), doc.demonymChoice);
        // "Chairman of the Georgia-Azerbaijan Friendship Group": a body of two countries is of neither.
        const sc = second ? tokenCountry(retoken(t, second, second.toLowerCase()), doc.demonymChoice) : null;
        if (fc && !sc) {
          country = fc.code;
          implicit = false;
        }
      }
    }
    if (!country && hit?.type === "org" && hit.value && (leading || afterOf)) {
      country = hit.value;
      implicit = true;
    }
    // "BOK Deputy Governor X" in a report that spelled out "the Bank of Korea (BOK)": the institution's country.
    if (!country && !hit && (leading || afterOf) && isAcronym(t)) {
      const code = definedAcronyms(doc).find((d) => d.acronym === t.text && d.country)?.country;
      if (code) {
        country = code;
        implicit = true;
      }
    }
    // "Governor of Osaka Prefecture", "Chairman of the Hanoi People's Committee": a known place's country, kept as a fallback.
    if (!placeCountry && hit?.type === "place" && hit.value && (leading || afterOf)) placeCountry = hit.value;
  }
  if (!country && placeCountry) {
    country = placeCountry;
    implicit = true;
  }
  // Organisation: a known one, "Minister of X" => "Ministry of X", or "of the <... Committee>".
  for (let k = from; k < to && !organization; k++) {
    const hit = s.gaz[k];
    if (hit?.type === "org" && !portfolioAt(toks, from, k)) organization = knownOrgs.find((x) => x.name === hit.name)?.name ?? hit.name;
  }
  const raw = unglued(doc.text, toks, from, to);
  if (!organization) {
    // "Minister of Industry and Trade" => "Ministry of Industry and Trade".
    const mi = toks.findIndex((t, k) => k >= from && k < to - 1 && t.norm === "minister" && toks[k + 1].norm === "of" && toks[k - 1]?.norm !== "prime");
    if (mi >= 0) {
      let e = mi + 2;
      // "Minister of State" is a rank, not a portfolio: "Minister of State for Trade" => "Ministry of Trade",
      // a bare "Minister of State" => none; "Minister of State Security" keeps its ministry.
      const rank = toks[e]?.norm === "state" && !(e + 1 < to && toks[e + 1].cap && !titleWords.has(toks[e + 1].norm));
      const head = rank ? (toks[e + 1]?.norm === "for" && e + 2 < to ? e + 2 : -1) : e;
      e = Math.max(head, e);
      // "Foreign Minister of Ghana": a country ends the field.
      // ("Minister of Women's Affairs": a possessive inside the field, glued to a capitalised word, is part of it.)
      while (e < to && !titleWords.has(toks[e].norm) && s.gaz[e]?.type !== "country" && (toks[e].cap || ["and", ",", "of", "for"].includes(toks[e].norm) || (fieldPossessive(toks, e) && e + 1 < to))) e++;
      while (e > head && ["and", ",", "of", "for"].includes(toks[e - 1].norm)) e--;
      if (head >= 0 && e > head) organization = rank ? `Ministry of ${doc.text.slice(toks[head].start, toks[e - 1].end)}` : `Ministry ${doc.text.slice(toks[mi + 1].start, toks[e - 1].end)}`;
    }
  }
  if (!organization) {
    const of = /\b(?:of|at) (?:the )?((?:[A-Z][\w’'-]*\s?)+(?:(?:of|for|and|on) (?:[A-Z][\w’'-]*\s?)+)*)/.exec(raw);
    if (of && of[1].trim().split(/\s+/).some((w) => orgWords.has(w.toLowerCase().replace(/[’']s$/, "")))) organization = of[1].trim();
  }
  let title = raw.replace(/\s*\([^)]*\)\s*$/, "");
  // "Zimbabwe's Minister of Industry": a country's possessive before the office, whichever side of the name it stands.
  // ("Cambodia's Minister of Women's Affairs": not a possessive inside the title's field, after its "of", "for" or "and".)
  let poss = -1;
  for (const m of title.matchAll(/['’]s /g)) if (!(FIELD_POSSESSIVE_RE.test(title.slice(0, m.index)) && !lookupCountry(/\S+$/.exec(title.slice(0, m.index))![0]))) poss = m.index!;
  if ((before || lookupCountry(title.slice(0, poss))) && poss >= 0 && !/\bPeople['’]s\b/.test(title.slice(Math.max(0, poss - 6), poss + 3))) title = title.slice(poss + 3);
  // Leading determiners, connectors and demonyms ("the", "Vietnamese and Lao", "RoK") and a trailing "of the <Country> (RoK)".
  for (;;) {
    const before = title;
    title = title.slice(leadingCountry(title));
    title = title.replace(LEADING_NOISE, "").replace(/^(?:and|of|for|to|at|,)\s+/i, "");
    if (title === before) break;
  }
  title = title.replace(/\s+of\s+(?:the\s+)?([A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*)*)(?:\s*\([^)]*\))?$/, (all, name: string) =>
    tokenCountry(looseTok(name, name.toLowerCase(), true)) ? "" : all,
  );
  // "the Assistant Foreign Minister for European Affairs, Ambassador X": a diplomat's rank after the office, set off by a
  // comma, is his style, not a second office.
  // (The pattern is tried from every comma of the title: a title without "Amb" has nothing for it.)
  title = title.trim();
  if (title.includes("Amb")) title = title.replace(TRAILING_RANK_RE, "");
  return { title: title || null, country, organization, implicit };
}

const PORTFOLIO_HEADS = new Set(["minister", "ministry", "secretary", "department"]);
const PORTFOLIO_LINKS = new Set(["of", "for", "and", ",", "the"]);

/** "Minister for Foreign Affairs, European Union and Cooperation", "Minister of ASEAN Affairs": an organisation named
 * inside a ministry's field is a portfolio of a national office, not the organisation the official works for. */
function portfolioAt(toks: Sent["toks"], from: number, k: number): boolean {
  for (let j = k - 1; j > from; j--) {
    const t = toks[j];
    if ((t.norm === "of" || t.norm === "for") && PORTFOLIO_HEADS.has(toks[j - 1].norm)) return true;
    if (!t.cap && !PORTFOLIO_LINKS.has(t.norm)) return false;
  }
  return false;
}

/** Does a monarch's title ("King", "Yang di-Pertuan Agong") end right before token `k`? */
function monarchBefore(toks: Sent["toks"], k: number): boolean {
  return monarchTitles.some((m) => {
    const words = m.split(" ");
    return words.every((w, n) => toks[k - words.length + n]?.norm === w);
  });
}

/** Length of a leading country or demonym of up to four words and the space after it ("RoK ", "New Zealand ",
 * "Saudi Arabian "), or 0. A two-letter word counts only where the token rules read it as a country. */
function leadingCountry(title: string): number {
  const words = [...title.matchAll(/\S+/g)].slice(0, 5);
  for (let n = Math.min(4, words.length - 1); n >= 1; n--) {
    const end = words[n - 1].index + words[n - 1][0].length;
    const phrase = title.slice(0, end);
    if (!/^\p{Lu}/u.test(phrase) || !lookupCountry(phrase)) continue;
    if (n === 1 && !tokenCountry(looseTok(phrase, phrase.toLowerCase(), true))) continue;
    return words[n].index;
  }
  return 0;
}

/** "Xuan Phuc" inside "Nguyen Xuan Phuc": the shorter name is an alias of the longer one. */
function mergeSubsumed(doc: Doc): void {
  const removed = new Set<number>();
  for (const a of doc.officials) {
    for (const b of doc.officials) {
      if (a === b || removed.has(b.id) || removed.has(a.id)) continue;
      if ((a.parts.length < b.parts.length && !a.distinct && a.parts.every((p) => b.parts.includes(p)) && !fatherIn(a, b)) || initialledForm(a, b) || doubleBarrelHalf(a, b)) {
        removed.add(a.id);
        b.aliases.add(a.name);
        b.mentions += a.mentions;
        b.evidence.push(...a.evidence);
        if (!b.title) b.title = a.title;
        // "Bin Touq" beside "Abdulla bin Touq Al Marri": a fragment's naming tradition (Khmer "Bin") is no sign where the
        // whole name shows another or none.
        const byOrigin = a.countryRank === 2 && a.country === a.origin && b.origin !== a.origin;
        if (a.countryRank < b.countryRank && !byOrigin) {
          b.country = a.country;
          b.countryRank = a.countryRank;
          b.countryImplicit = a.countryImplicit;
        }
        for (const m of doc.mentions) if (m.entity === a.id) m.entity = b.id;
      }
    }
  }
  if (removed.size) renumber(doc, removed);
}

/** "President Simons" beside "Jennifer Geerlings-Simons": a writer may shorten a hyphenated family name to one of its
 * halves. Only a one-word name, a capitalised half of three letters or more, of the full name's last word. */
function doubleBarrelHalf(a: Official, b: Official): boolean {
  if (a.distinct || a.parts.length !== 1 || b.parts.length < 2) return false;
  const halves = b.parts[b.parts.length - 1].split(/[-‐‑]/);
  const written = (b.name.split(/\s+/).pop() ?? "").split(/[-‐‑]/);
  return halves.length === 2 && written.length === 2 && halves.some((h, k) => h === a.parts[0] && h.length >= 3 && /^\p{Lu}/u.test(written[k]));
}

/** "K. Budrys" beside "Kęstutis Budrys": some ministries write a name after its first mention as the initials of its
 * given names before the family name. Each initial must be the first letter of a given name of the full one, in order,
 * and the written words must end it, so "R. Budrys" stays someone else. */
function initialledForm(a: Official, b: Official): boolean {
  if (a.distinct || a.parts.length < 2 || a.parts.length > b.parts.length) return false;
  const n = a.parts.length;
  const initials = a.parts.slice(0, n - 1);
  if (!initials.every((p) => /^\p{L}\.$/u.test(p))) return false;
  if (a.parts[n - 1] !== b.parts[b.parts.length - 1]) return false;
  const given = b.parts.slice(0, b.parts.length - 1);
  let k = 0;
  for (const g of given) if (k < initials.length && g[0] === initials[k][0]) k++;
  return k === initials.length && given[0][0] === initials[0][0];
}

const PATRONYMIC_PARTS = new Set([...nameParticles.patronymic].map((p) => p.toLowerCase()));

/** "King Abdullah II" beside "Crown Prince Al Hussein bin Abdullah II": a name that stands whole after "bin" in a longer one
 * is the father's. */
function fatherIn(a: Official, b: Official): boolean {
  const at = b.parts.indexOf(a.parts[0]);
  return at > 0 && PATRONYMIC_PARTS.has(b.parts[at - 1]) && a.parts.every((p, n) => b.parts[at + n] === p);
}

export function renumber(doc: Doc, removed: Set<number>): void {
  const map = new Map<number, number>();
  doc.officials = doc.officials.filter((o) => !removed.has(o.id));
  doc.officials.forEach((o, i) => {
    map.set(o.id, i);
    o.id = i;
  });
  for (const m of doc.mentions) m.entity = map.get(m.entity) ?? -1;
  doc.mentions = doc.mentions.filter((m) => m.entity >= 0);
}

/**
 * "Prime Minister X received Qatari Minister Y in Cairo": the host of a meeting at home belongs to
 * the country of the meeting's place, whatever other country the sentence names. Only for a host
 * whose title, name or counterpart phrase said nothing (rank 3 and weaker).
 */
export function hostAtHome(doc: Doc): void {
  // A meeting with no place, told in a report filed the same or the next day, was held where the report was filed.
  const dl = doc.read.dateline;
  const filed = dl ? (placeCountry(dl) ?? lookupCountry(dl)?.code ?? null) : null;
  for (const m of doc.meetings) {
    const recent = !!m.date && m.date.length === 10 && daysBetween(m.date, doc.date) <= 1 && daysBetween(m.date, doc.date) >= 0;
    const place = m.location ? (placeCountry(m.location) ?? lookupCountry(m.location)?.code ?? null) : recent ? filed : null;
    if (!place || m.status !== "held") continue;
    const guests = m.roles.filter((r) => r.role === "guest").map((r) => doc.officials.find((o) => o.name === r.name));
    // A guest from the place's own country means the place is not the host's home.
    if (guests.some((g) => g?.country === place && g.countryRank <= 2)) continue;
    for (const r of m.roles) {
      if (r.role !== "host") continue;
      const o = doc.officials.find((x) => x.name === r.name);
      if (!o || o.countryRank < 3) continue;
      if (isInternationalOrg(o.organization)) continue;
      o.country = place;
      o.countryRank = 3;
      o.countryByPlace = true;
    }
  }
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(to) - Date.parse(from)) / 86_400_000;
}

/** Last resort for the country: a single foreign demonym in the sentence ("the first trip by a German leader since Chancellor X"). */
function contextCountries(doc: Doc): void {
  for (const o of doc.officials) {
    if (o.countryRank <= 2) continue;
    for (const m of doc.mentions) {
      if (m.entity !== o.id || m.kind !== "name") continue;
      const s = doc.sentences[m.sentence];
      // Occurrences per country: demonyms, or with none, countries other than Vietnam ("the visit to Vietnam and
      // Australia of Prime Minister X"). A country that qualifies the next name of the sentence, when that is another
      // official whose title says the same country, is that official's ("Interior Minister X and Kenya's Foreign
      // Minister Y": Kenya is Y's); a demonym is not, since the members of a delegation share it ("His delegation
      // includes A, B, German Ambassador C and D").
      let names: typeof doc.mentions | null = null;
      // The sentence's name mentions in text order, read once and only when a rule asks.
      const sentenceNames = () => (names ??= doc.mentions.filter((x) => x.sentence === m.sentence && x.kind === "name").sort((x, y) => x.start - y.start));
      // A list of one delegation's members shares its demonym ("His delegation includes A, B, German Ambassador C").
      let delegation: boolean | null = null;
      const delegationList = () => (delegation ??= DELEGATION_RE.test(s.text));
      const ownedByNext = (at: number, code: string) => {
        const next = sentenceNames().find((x) => x.start >= at);
        const x = next && next.entity !== o.id ? doc.officials[next.entity] : undefined;
        return !!x && x.country === code && x.countryRank <= 1;
      };
      const opensNextTitle = (from: number) => {
        const next = sentenceNames().find((x) => x.start >= s.toks[from]?.start);
        if (!next || next.entity === o.id) return false;
        let j = from;
        // ("attended by A and Kyrgyz Ambassador to Kuwait B": a title's own connectors; not in a list of one delegation's
        // members, who share its demonym: "His delegation includes A, B, German Ambassador to Vietnam C".)
        const connectors = !delegationList();
        // ("A and Saudi commerce minister B": a title written in lower case too.)
        while (j < s.toks.length && s.toks[j].end <= next.start && s.toks[j].word && (s.toks[j].cap || titleWords.has(s.toks[j].norm) || titleFields.has(s.toks[j].norm) || (connectors && TITLE_CONNECTORS.has(s.toks[j].norm) && s.toks[j + 1]?.cap))) j++;
        // ("the Greek Ambassador in Cairo, Mr. Nikolaos Papageorgiou": a comma and a style may set the name off.)
        if (connectors && s.toks[j]?.text === "," && j > from) for (j++; j < s.toks.length && s.toks[j].end <= next.start && (s.toks[j].cap || s.toks[j].text === "."); ) j++;
        return j > from && s.toks[j]?.start === next.start && s.toks.slice(from, j).some((t) => titleWords.has(t.norm));
      };
      const appositionOfOther = (at: number) => {
        const prev = sentenceNames().filter((x) => x.end <= at).pop();
        return !!prev && prev.entity !== o.id && /^\s*,\s*(?:the\s+)?$/.test(doc.text.slice(prev.end, at));
      };
      // "..., Mr. A, and the Assistant Foreign Minister, B": between the official whose title opens at `from` and this name,
      // this one's title opens with its own article.
      const ownArticleAfter = (from: number) => {
        const other = sentenceNames().find((x) => x.start >= s.toks[from].start);
        if (!other || other.end > m.start) return false;
        // (Or when the name stands in another clause: "talks with Ukrainian President A on Tuesday, the final day of the
        // summit, PMO spokesperson B said". Only a comma or "and" and B's capitalised title coordinate B with A.)
        const between = doc.text.slice(other.end, m.start);
        return OWN_ARTICLE_RE.test(between) || !COORDINATED_TITLE_RE.test(between);
      };
      // "her Botswana counterpart, Dr X": the noun's own apposition.
      const nextIsOwn = (at: number) => {
        return sentenceNames().find((x) => x.start >= at)?.entity === o.id;
      };
      // A demonym before a lower-case noun qualifies someone or something else: "his Ethiopian counterpart", "the Canadian
      // minister was received by X", "40 Norwegian companies"; one that opens the title of an official on the other side
      // of a verb ("X held talks with Azerbaijani President Y") is Y's.
      const qualifies = (k: number, hit: NonNullable<Sent["gaz"][number]>) => {
        const after = s.toks[k + hit.length];
        if (!after) return false;
        if (!after.cap && !describesPerson(s, k, hit.length)) return false;
        if (roleReference(s, k, hit.length)) return false;
        if (s.toks[k].start > m.end && opposed(s, m.end, s.toks[k].start) && ownedByNext(s.toks[k].start, hit.value!)) return false;
        // "attended by Defense Minister A, Energy Minister B and Somali Foreign Minister C": after the name, a demonym
        // opening the capitalised title right before another official's name is that official's.
        if (s.toks[k].start > m.end && opensNextTitle(k + hit.length)) return false;
        // "Vice Mayor A and B, Swiss State Secretary for Economic Affairs,": a demonym opening the apposition of another
        // official's name is that official's.
        // (Not a list's next item: "A, B, German Ambassador to Vietnam C".)
        if (appositionOfOther(s.toks[k].start) && !delegationList() && !opensNextTitle(k + hit.length)) return false;
        // "attended by the Greek Ambassador in Cairo, Mr. A, and the Assistant Foreign Minister, B": and so it is before the
        // name too, when it opens another official's title.
        // (Not over a coordinated title without its own article: "Indonesian Foreign Minister A and Coordinating Minister B"
        // are both Indonesian.)
        if (s.toks[k].end <= m.start && !delegationList() && opensNextTitle(k + hit.length) && ownArticleAfter(k + hit.length)) return false;
        // "The Mozambican President will be received by the President of the Republic, X": across an opposing word, a
        // demonym before the name qualifies the other party.
        if (s.toks[k].end < m.start && opposed(s, s.toks[k + hit.length - 1].end, m.start)) return false;
        return true;
      };
      const collect = (type: "demonym" | "country") => {
        const out = new Set<string>();
        s.toks.forEach((t, k) => {
          const hit = s.gaz[k];
          if (hit?.type !== type || !hit.value || s.gaz[k - 1] === hit || (type === "country" && hit.value === "VN")) return;
          // "Prime Minister Luís Montenegro": a country's name inside a person's name qualifies no one.
          if (sentenceNames().some((x) => x.start <= t.start && t.end <= x.end)) return;
          // "the visit of President X to Australia", "relations with Japan": a destination or partner, not a qualifier.
          // "the latest developments in the eastern Democratic Republic of Congo": a region's words may stand between.
          let p = k - 1;
          if (REGION_WORDS.has(s.toks[p]?.norm ?? "")) while (p > 0 && (s.toks[p].norm === "the" || REGION_WORDS.has(s.toks[p].norm))) p--;
          // ("Country Director for the Maghreb and Malta": so is the last of coordinated places after one.)
          if (s.toks[p]?.norm === "and") for (p--; p > 0 && (s.toks[p].cap || s.toks[p].norm === "the"); p--);
          if (type === "country" && TO_COUNTRY.has(s.toks[p]?.norm ?? "")) return;
          // "invited him to visit India", "after touring Kenya": a destination too.
          if (type === "country" && TRAVEL_DIRECT.has(s.toks[k - 1]?.norm ?? "")) return;
          // "her Botswana counterpart", "the Kenya delegation": a country used as an adjective after a determiner
          // qualifies someone else.
          if (type === "country" && OTHER_SIDE.has(s.toks[k - 1]?.norm ?? "") && s.toks[k + hit.length] && !s.toks[k + hit.length].cap && s.toks[k + hit.length].word && !nextIsOwn(t.start)) return;
          // "the Ambassador of the Republic of Uzbekistan paid a farewell call on the Permanent Secretary, X": across an
          // opposing word, a country before the name qualifies the other party, as a demonym does.
          // ("her Botswana counterpart, Dr X": the noun the country qualifies is no opposing word between them.)
          if (type === "country" && t.end <= m.start && s.toks[k + hit.length] && opposed(s, s.toks[k + hit.length].end, m.start)) return;
          // "A and Nigeria's high commissioner, B": a country's possessive opening a conjunct after the name owns what follows.
          if (type === "country" && t.start > m.end && s.toks[k - 1]?.norm === "and" && /^['’]s$/.test(s.toks[k + hit.length]?.text ?? "")) return;
          if (type === "demonym" ? qualifies(k, hit) : !ownedByNext(t.start, hit.value)) out.add(hit.value);
        });
        return out;
      };
      const hasDemonym = s.toks.some((_t, k) => s.gaz[k]?.type === "demonym");
      const codes = hasDemonym ? collect("demonym") : collect("country");
      // With several, those that already belong to another official named in the sentence are taken ("Vietnamese and
      // Lao Prime Ministers Pham Minh Chinh and Sonexay Siphandone").
      if (codes.size > 1) {
        for (const other of doc.mentions) {
          if (other.sentence !== m.sentence || other.entity === o.id) continue;
          const c = doc.officials[other.entity]?.country;
          if (c && doc.officials[other.entity].countryRank <= 2) codes.delete(c);
        }
      }
      // An official of an international body ("European Commission President") takes no country from context.
      if (isInternationalOrg(o.organization)) break;
      if (codes.size === 1) {
        o.country = [...codes][0];
        o.countryRank = 3;
        break;
      }
    }
  }
}

const OPPOSING = new Set(cues.opposingWords);
const TITLE_CONNECTORS = new Set(["of", "to", "for", "in"]);
const TRAILING_RANK_RE = /(?<=\p{L}),\s+(?:Ambassador|Amb\.?)$/u;
const COORDINATED_TITLE_RE = /^\s*,?\s*and\s+[^,;]*$|^\s*,\s*(?:(?:\p{Lu}[\p{L}.'’-]*|of|for|and|the|in|to)\s+)*$/u;
const OWN_ARTICLE_RE = /^\s*,?\s*(?:and\s+)?the\s/i;
const DELEGATION_RE = /\b(?:delegation\s+(?:includes|included|comprises|comprised|comprising|consists|consisted|consisting|composed)|(?:his|her|their)\s+delegation|entourage|accompanied\s+by|accompanying)\b/i;
const CLAUSE_OPENERS = new Set(cues.clauseOpeners);
const TO_COUNTRY = new Set(["to", "with", "in", "into", "for"]);
const REGION_WORDS = new Set(cues.regionModifiers.words);
const TRAVEL_DIRECT = new Set(cues.travel.direct);
const OTHER_SIDE = new Set(cues.otherSideDeterminers);

/** Does a word between two offsets set the officials on either side apart ("held talks with", "received by")? */
function opposed(s: Sent, from: number, to: number): boolean {
  return s.toks.some((t) => t.start >= from && t.end <= to && OPPOSING.has(t.norm));
}

/** "X proposed ..., while the Namibian President called on SADC": a determiner, the demonym and title words with no name
 * after them, opening a clause or a conjunct, refer to another person of the report, not to a name of the sentence
 * ("Accompanying the Czech Prime Minister are ... X": a companion shares the country). */
function roleReference(s: Sent, k: number, len: number): boolean {
  if (!OTHER_SIDE.has(s.toks[k - 1]?.norm ?? "")) return false;
  if (k - 1 > 0 && !CLAUSE_OPENERS.has(s.toks[k - 2].norm)) return false;
  let e = k + len;
  if (!s.toks[e] || !isTitleWord(s.toks[e])) return false;
  while (s.toks[e] && s.toks[e].cap && isTitleWord(s.toks[e])) e++;
  const next = s.toks[e];
  return !next || !next.cap || next.text === ",";
}

/** "a German government leader since Chancellor X" describes a nearby name; "the Canadian minister", "his Ethiopian
 * counterpart" refer to someone else, and "Norwegian companies" to no person. */
function describesPerson(s: Sent, k: number, len: number): boolean {
  if (OTHER_SIDE.has(s.toks[k - 1]?.norm ?? "")) return false;
  for (let e = k + len; e < Math.min(s.toks.length, k + len + 3); e++) {
    const t = s.toks[e];
    if (t.cap || !t.word) return false;
    if (OPPOSING.has(t.norm)) return false;
    // "..., a Thai official said": the source of the report is someone else.
    if (roleHeads.some((h) => !h.includes(" ") && h === t.norm)) return !REPORTING_VERBS.has(s.toks[e + 1]?.norm ?? "");
  }
  return false;
}
const REPORTING_VERBS = new Set(cues.reportingVerbs.map((v) => v.toLowerCase()));

/** "Minister for Trade and Tourism Don Farrell" with no adjective: when the whole article names exactly one country besides
 * the dateline's, a foreign-looking official with no other clue belongs to it (officials of international bodies excepted). */
function documentPartnerCountry(doc: Doc, host: string): void {
  if (!doc.officials.some((o) => !o.country)) return;
  const codes = new Set<string>();
  for (const s of doc.sentences) {
    s.toks.forEach((_t, k) => {
      const hit = s.gaz[k];
      if ((hit?.type === "country" || hit?.type === "demonym") && hit.value && hit.value !== host) codes.add(hit.value);
    });
  }
  if (codes.size !== 1) return;
  const partner = [...codes][0];
  for (const o of doc.officials) {
    if (o.country || o.origin === host) continue;
    if (isInternationalOrg(o.organization)) continue;
    o.country = partner;
    o.countryRank = 4;
  }
}
