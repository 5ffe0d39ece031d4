// Person names: runs of capitalised words that are not title, organisation, place or calendar
// words, accepted when something marks them as a person (a title before them, an apposition
// after them, "his Korean counterpart", or a known family name).
import { withoutGazetteer, type Sent } from "./doc.ts";
import type { PhraseHit } from "./gazetteers.ts";
import { articleName, calendar, codeNotCountry, elidedName, casedStyles, cues, functionWords, matchPhrase, metonymOrgs, nameParticles, monarchTitles, orgWords, personalTitles, placeCountry, placeHeads, postNominals, retiredMarks, regnalNumerals, roleHeads, formerPrefixes, styleGivenNames, styleNames, styles, surnameOrigin, titleFamilyNames, titleFields, titleOpeners, titleWords, tokenCountry, vocabulary } from "./gazetteers.ts";
import { COMBINING_JOINER, cuePattern, isAcronym, looseTok, mayBeCapitals, mayBeNumber, retoken, tokenize, type Tok } from "./text.ts";
import { abbreviations } from "./gazetteers.ts";

/** /^counterparts?$/ on a word, without the engine. */
const isCounterpart = (w: string) => w === "counterpart" || w === "counterparts";

const monarchWords = new Set(monarchTitles.filter((w) => !w.includes(" ")));
const officeHeads = new Set(roleHeads.filter((w) => !w.includes(" ") && !monarchWords.has(w)));
const abbreviationWords = new Set(Object.keys(abbreviations).map((k) => k.toLowerCase()));

export interface NameCandidate {
  sentence: number;
  /** Token range of the name. */
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  /** Title phrase before the name (token range), if any. */
  titleBefore: [number, number] | null;
  /** Apposition after the name ("X, Deputy Prime Minister ..."). */
  titleAfter: [number, number] | null;
  /** "his Korean counterpart X" / "his counterpart from the RoK, X": the demonym's country. */
  counterpart: { country: string | null } | null;
  /** "Prime Minister Hun Manet of Cambodia": a country right after the name. */
  ofCountry: string | null;
  /** A one-word name after a title; accepted only if no fuller name contains it. */
  single?: boolean;
  signal: boolean;
}

// The offices a title may sit "in" ("State Secretary in the Ministry of Foreign Affairs", "Minister in the Presidency").
const OFFICE_NOUNS = new Set(["ministry", "office", "department", "presidency", "cabinet", "chancellery", "secretariat"]);
const REGION_HEADS = new Set(["province", "region", "prefecture", "district", "county", "governorate", "oblast", "municipality", "regency"]);
const CONNECTORS = new Set(["of", "and", "to", "for", "the", "at", "'s", "&"]);
// Lower-case words that may sit inside a title ("the Chancellor's foreign and security policy adviser").
const TITLE_MODIFIERS = new Set([
  "foreign", "security", "policy", "economic", "political", "trade", "outgoing", "incoming", "new", "former", "then", "acting",
  "visiting", "senior", "permanent", "standing", "municipal", "provincial", "deputy", "vice", "general", "executive", "chief", "top",
  "defence", "defense", "parliamentary", "federal", "national", "special", "presidential", "military", "press", "media", "financial",
  // "Chief Minister of the southern state of Karnataka".
  "northern", "southern", "eastern", "western", "central", "north-eastern", "north-western", "south-eastern", "south-western",
]);

// "Jan", "Dec": a month's short form as written, capitalised, with no full stop.
const MONTH_SHORT_RE = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

const PLACE_NOUNS = new Set([
  "province", "city", "district", "commune", "town", "village", "port", "airport", "street", "road", "bridge", "river", "bay", "island",
  "islands", "pagoda", "temple", "mountain", "lake", "beach", "market", "square", "ward", "county", "state", "prefecture", "region",
]);

const PARTICLES = nameParticles.inside;
const PATRONYMICS = nameParticles.patronymic;
const FAMILY_PARTICLES = nameParticles.family;
const GENERATIONAL = nameParticles.generational;
const REPORTING = new Set(cues.reportingVerbs.map((v) => v.toLowerCase()));
const LISTENER_VERBS = new Set(cues.listenerVerbs.verbs);

/** "Prime MinisterPham Minh Chinh": scraping glued a title word to the name after it; the token is split in two.
 * "Foreign AffairsMinisterYusuf": a field word glued to the title word after it is cut off too. */
export function splitGluedTitles(toks: Tok[]): Tok[] {
  if (!toks.some(glued)) return toks;
  return toks.flatMap((t) => {
    if (!glued(t)) return [t];
    const parts = t.text.split(CAMEL_RE);
    const cuts: number[] = [];
    let at = 0;
    for (let k = 0; k + 1 < parts.length; k++) {
      at += parts[k].length;
      const left = parts[k].toLowerCase();
      const right = parts[k + 1].toLowerCase();
      if ((/^\p{Lu}\p{Ll}{3,}$/u.test(parts[k]) && titleWords.has(left)) || (titleWords.has(right) && vocabulary.has(left) && !functionWords.has(left))) cuts.push(at);
    }
    if (!cuts.length) return [t];
    return [0, ...cuts].flatMap((from, n) => tokenize(t.text.slice(from, cuts[n] ?? t.text.length), 0).map((x) => shift(x, t.start + from)));
  });
}
const GLUED_RE = /^(\p{Lu}\p{Ll}{3,})(?=\p{Lu}\p{Ll})/u;
// Between a lower-case letter and a capital followed by a lower-case one: where scraping glued two words.
const CAMEL_RE = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})/u;
const glued = (t: Tok) => t.cap && t.text.length >= 6 && laterCapital(t.text) && GLUED_RE.test(t.text);
// GLUED_RE needs a capital after four letters: an ASCII word with no capital there is ruled out without the engine.
function laterCapital(text: string): boolean {
  for (let i = 4; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return true;
  }
  return false;
}
const shift = (x: Tok, by: number): Tok => ({ text: x.text, start: x.start + by, end: x.end + by, norm: x.norm, cap: x.cap, word: x.word });

/** Marks each token with the gazetteer phrase covering it. */
export function annotateGazetteer(s: Sent): void {
  s.gaz = new Array(s.toks.length).fill(null);
  for (let i = 0; i < s.toks.length; ) {
    const hit = compoundTail(s.toks, i) ?? matchPhrase(s.toks, i);
    if (hit && !(hit.length === 1 && (codeAsInitials(s.toks, i) || currencyCode(s, i)))) {
      // "one billion US dollars": the money, no mention of the country (nor of a shorter one inside: "South African rand").
      if (!currencyName(s, i, hit)) for (let k = i; k < i + hit.length; k++) s.gaz[k] = hit;
      i += hit.length;
    } else i++;
  }
}

const CURRENCY_NAMES = new Set(cues.currencies.plain);
const CURRENCY_AFTER_NUMBER = new Set(cues.currencies.after);
const MAGNITUDES = new Set(cues.currencies.magnitudes);

/** "a platform worth one billion US dollars", "HK$" aside, "500 million Hong Kong dollars", "3 billion Korean won": a
 * country or demonym right before a currency's name (cues.json `currencies`) names the money; a name that is also a
 * word ("won", "real", "rand") only after a number or a magnitude ("Korea won the bid"). */
function currencyName(s: Sent, i: number, hit: PhraseHit): boolean {
  if (hit.type !== "country" && hit.type !== "demonym") return false;
  const next = s.toks[i + hit.length];
  if (!next?.word) return false;
  if (CURRENCY_NAMES.has(next.norm)) return true;
  if (!CURRENCY_AFTER_NUMBER.has(next.norm)) return false;
  const prev = s.toks[i - 1];
  return !!prev && (/^\d/.test(prev.text) || MAGNITUDES.has(prev.norm));
}

/** "the Nigeria-Equatorial Guinea pipeline": a hyphenated word whose last part opens a longer country or place
 * ("Equatorial Guinea", "New Zealand") gives its rest the whole name's entry, not the shorter "Guinea"'s. */
function compoundTail(toks: Tok[], i: number): PhraseHit | null {
  const prev = toks[i - 1];
  if (!prev || prev.end !== toks[i].start - 1 || !prev.norm.includes("-")) return null;
  const part = prev.text.slice(prev.text.lastIndexOf("-") + 1);
  if (!/^\p{Lu}/u.test(part)) return null;
  const head: Tok = { text: part, start: prev.end - part.length, end: prev.end, norm: prev.norm.slice(prev.norm.lastIndexOf("-") + 1), cap: prev.cap, word: prev.word };
  const hit = matchPhrase([head, ...toks.slice(i, i + 4)], 0);
  return hit && hit.length >= 2 ? { type: hit.type, value: hit.value, name: hit.name, length: hit.length - 1 } : null;
}

function currencyCode(s: Sent, i: number): boolean {
  return codeNotCountry(s.toks[i], s.text.slice(s.toks[i].end - s.start, s.toks[i].end - s.start + 3));
}

/** "Prime Minister KP Sharma Oli": capitals that spell a country code, between a title and two name words, are initials. */
function codeAsInitials(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (!mayBeCapitals(t.text, 2, 3) || !/^\p{Lu}{2,3}$/u.test(t.text) || !toks[i - 1] || !titleWords.has(toks[i - 1].norm)) return false;
  const nameWord = (x: Tok | undefined) => !!x && x.cap && x.word && !isAcronym(x) && !functionWords.has(x.norm) && !titleWords.has(x.norm) && !tokenCountry(x);
  return nameWord(toks[i + 1]) && nameWord(toks[i + 2]);
}

export function isTitleWord(t: Tok): boolean {
  return titleWords.has(t.norm) || hyphenTitle(t);
}

/** "Minister-President", "Vice-Governor": a hyphenated word made only of title words. */
function hyphenTitle(t: Tok): boolean {
  if (!t.norm.includes("-")) return false;
  // "then-Prime Minister", "ex-President": a past holder's prefix before the office.
  const parts = t.norm.split("-");
  return parts.every((p, n) => titleWords.has(p) || (n === 0 && parts.length > 1 && formerPrefixes.has(p)));
}

function hyphenPartsBlocked(t: Tok): boolean {
  if (!/[-‐‑]/.test(t.text)) return false;
  // "Se-hoon": a two-letter part matches a country code only when written in capitals ("RoK-US" aside).
  // "Jun-yong", "Mar-su": a month's abbreviation joined to a lower-case syllable is a Korean given name ("Jun-Jul" stays a range).
  // ("Ivonne A-Baki": a one-letter part is an initial, no word.)
  const parts = t.text.split(/[-‐‑]/);
  return parts
    .some((p, n) => p.length > 1 && /^\p{Lu}/u.test(p) && ((vocabulary.has(p.toLowerCase()) && !(calendar.has(p.toLowerCase()) && /^\p{Ll}/u.test(parts[n + 1] ?? ""))) || ((p.length > 3 || p === p.toUpperCase()) && tokenCountry(retoken(t, p, p.toLowerCase())) !== null)));
}

const nameLikeCache = new WeakMap<Sent, Int8Array>();
const lastNameLike: { s: Sent | null; cache: Int8Array | undefined } = { s: null, cache: undefined };

/** Could this token be part of a person's name? (Memoised per sentence: title scans ask many times.) */
export function nameLike(s: Sent, i: number): boolean {
  if (i < 0 || i >= s.toks.length) return false;
  // The rules ask about one sentence many times in a row: its table is kept at hand, not looked up in the WeakMap.
  let cache = s === lastNameLike.s ? lastNameLike.cache : nameLikeCache.get(s);
  if (!cache) nameLikeCache.set(s, (cache = new Int8Array(s.toks.length)));
  lastNameLike.s = s;
  lastNameLike.cache = cache;
  if (cache[i] === 0) cache[i] = computeNameLike(s, i) ? 1 : 2;
  return cache[i] === 1;
}

/** Is there an office's head ("Minister") in the title phrase that ends before the comma at token k? */
function officeBefore(s: Sent, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 12); j--) {
    const t = s.toks[j];
    if (t.cap && officeHeads.has(t.norm)) return true;
    if (!(t.cap || CONNECTORS.has(t.norm))) return false;
  }
  return false;
}

/** Does a country a title is "to" or "of" end at token k ("Ambassador of Slovakia to Serbia")? */
function titleCountryEndsAt(s: Sent, k: number): boolean {
  const hit = s.gaz[k];
  if (hit?.type !== "country" || s.gaz[k + 1] === hit) return false;
  let b = k;
  while (b > 0 && s.gaz[b - 1] === hit) b--;
  if (!["to", "of"].includes(s.toks[b - 1]?.norm ?? "")) return false;
  // Back over the title's other countries and connectors ("Ambassador of Slovakia to") to its title word.
  for (let j = b - 2; j >= Math.max(0, b - 8); j--) {
    const t = s.toks[j];
    if (isTitleWord(t)) return true;
    if (!(s.gaz[j]?.type === "country" || CONNECTORS.has(t.norm))) return false;
  }
  return false;
}

function computeNameLike(s: Sent, i: number): boolean {
  const t = s.toks[i];
  if (!t || !t.word) return false;
  // "Ahmad al-Sharaa", "President el-Sisi": the lower-case article makes one name word with the name it is joined to.
  // "Ricardo Viegas d'Abreu": an elided particle joined to a family name continues a name begun before it.
  if (!t.cap) return (articleName(t.text) || (elidedName(t.text) && nameLike(s, i - 1))) && !s.gaz[i] && !styleCovers(s.toks, i);
  // "Crown Prince Sheikh Sabah Khalid Al-Hamad Al-Sabah": right after a style, a one-word place before a name word is a given name.
  // "Khalid bin Hamad Al Sabah": after a family particle, a one-word place is the family's name.
  const placeName = s.gaz[i]?.type === "place" && s.gaz[i]?.length === 1 && nameLikeCore(withoutGazetteer(s), i);
  // "Ambassador of Slovakia to Serbia Milan Lajčiak", "Minister Victoria Mensah": right after a title (or the country a
  // title ends with), a one-word place before a name word is a given name.
  const afterTitle = placeName && !!s.toks[i - 1]?.cap && (isTitleWord(s.toks[i - 1]) || titleCountryEndsAt(s, i - 1)) && nameLikeCore(s, i + 1);
  if (s.gaz[i] && !afterTitle && !(placeName && ((styleStartBefore(s.toks, i) >= 0 && nameLike(s, i + 1)) || (FAMILY_PARTICLES.has(s.toks[i - 1]?.text ?? "") && nameLike(s, i - 2))))) return false;
  if (styleCovers(s.toks, i)) return false;
  if (mayBeNumber(t.text) && /^\p{N}/u.test(t.text)) return false;
  // Initials: "S. Jaishankar", "K.T. Hammond" before a name word; undotted "KP Sharma Oli", "Retno LP
  // Marsudi" only after a title or inside a name (elsewhere two capitals are an acronym).
  if (t.text.endsWith(".") && /^(?:\p{Lu}\.){1,3}$/u.test(t.text)) return nameLikeCore(s, i + 1) || (nameLike(s, i - 1) && nameLike(s, i + 1));
  if (mayBeCapitals(t.text, 2, 3) && /^\p{Lu}{2,3}$/u.test(t.text) && !titleWords.has(t.norm) && !vocabulary.has(t.norm) && (!tokenCountry(t) || codeAsInitials(s.toks, i)) && !abbreviationWords.has(t.norm)) {
    const prev = s.toks[i - 1];
    if (nameLikeCore(s, i + 1) && nameLikeCore(s, i + 2) && prev && isTitleWord(prev)) return true;
    // "Vice President JD Vance hosted": after a title, undotted initials before one name word that ends the name.
    if (nameLikeCore(s, i + 1) && !(s.toks[i + 2]?.cap && s.toks[i + 2]?.word) && prev?.cap && isTitleWord(prev)) return true;
    if (nameLikeCore(s, i + 1) && i > 0 && nameLikeCore(s, i - 1) && !s.toks[i + 2]?.cap) return true;
  }
  // "H.E. Dr Sultan bin Ahmed Al Jaber": a style word followed by a patronymic is a given name.
  if (styleNames.has(t.norm) && PATRONYMICS.has(s.toks[i + 1]?.text ?? "") && nameLikeCore(s, i + 2)) return true;
  if (isAcronym(t)) return capitalFamilyName(s, i);
  if (hyphenTitle(t)) return false;
  // "Foreign Affairs Minister January Makamba": between a title and a name word, a month is a given name.
  // "his Tanzanian counterpart January Makamba": so it is after "counterpart", which stands where a title would.
  const prev = s.toks[i - 1];
  const titleSlot = prev?.cap ? isTitleWord(prev) || (vocabulary.has(prev.norm) && !functionWords.has(prev.norm)) : prev?.norm === "counterpart";
  // ("Foreign Minister Jan de Vries", "Mayor Jan van Zanen": or a particle and a name word.)
  const nameNext = nameLikeCore(s, i + 1) || (PARTICLES.has(s.toks[i + 1]?.text ?? "") && nameLikeCore(s, i + 2));
  if (calendar.has(t.norm) && titleSlot && nameNext) return true;
  // "and Jan Larsson, CEO of Business Sweden": a month's short form written without its full stop, before a name word
  // and no number, is a given name.
  if (MONTH_SHORT_RE.test(t.text) && nameNext && !/^\p{N}/u.test(s.toks[i + 2]?.text ?? "")) return true;
  // "competition minister Parks Tau", "Minister Hope Mensah": right after a title written before names, a common word
  // before one name word that ends the name is a given name.
  if (prev && personalTitles.has(prev.norm) && !s.gaz[i] && vocabulary.has(t.norm) && !titleWords.has(t.norm) && !functionWords.has(t.norm) && nameLikeCore(s, i + 1) && !(s.toks[i + 2]?.cap && s.toks[i + 2]?.word)) return true;
  // "President Advocate Duma Gideon Boko", "Mr. Rose Mary Ng": right after a style, a common word before a name word is a given name.
  if (!titleWords.has(t.norm) && !functionWords.has(t.norm) && !s.gaz[i] && styleStartBefore(s.toks, i) >= 0 && nameLikeCore(s, i + 1)) return true;
  // "Commerce Minister Amir Khasru Mahmud Chowdhury": right after an office's head, a monarch's one-word title is a given
  // name, as no minister is also an emir.
  if (prev?.cap && monarchWords.has(t.norm) && officeHeads.has(prev.norm) && nameLikeCore(s, i + 1)) return true;
  // "The Minister of Foreign Affairs of the Islamic Emirate, Amir Khan Muttaqi,": so it is after the comma that sets off a
  // minister's name, before two name words.
  if (prev?.text === "," && monarchWords.has(t.norm) && nameLikeCore(s, i + 1) && nameLikeCore(s, i + 2) && officeBefore(s, i - 1)) return true;
  if (vocabulary.has(t.norm) || titleWords.has(t.norm)) {
    // "He Lifeng", "Park Noh-wan": a common word that is also a family name, followed by a given name.
    return surnameOrigin(t.norm).length > 0 && i + 1 < s.toks.length && s.toks[i + 1].cap && nameLikeCore(s, i + 1);
  }
  if (tokenCountry(t)) return false;
  if (hyphenPartsBlocked(t)) return false;
  return true;
}

/**
 * "Mr. IWAYA Takeshi", "H.E. Ms. Batmunkh BATTSETSEG": some ministries write the family name in
 * capitals. Elsewhere a word in capitals is an acronym, so it is a name word only right after a
 * style or next to a styled name word, beside a capitalised name word.
 */
function capitalFamilyName(s: Sent, i: number): boolean {
  const t = s.toks[i];
  if (!/^\p{Lu}{3,}$/u.test(t.text) || vocabulary.has(t.norm) || titleWords.has(t.norm) || tokenCountry(t) || abbreviationWords.has(t.norm)) return false;
  const titleCase = (k: number) => nameLikeCore(s, k);
  if (styleStartBefore(s.toks, i) >= 0) return titleCase(i + 1);
  // ("Admiral SEGUCHI Yoshio", "Ambassador ENDO Kazuya": so after a title word written before names.)
  const prev = s.toks[i - 1];
  if (prev?.cap && personalTitles.has(prev.norm) && !s.gaz[i]) return titleCase(i + 1);
  return titleCase(i - 1) && styleStartBefore(s.toks, i - 1) >= 0;
}

/** A capitalised common word, or a country's one-word name, that may be a family name. */
function familyWordAt(s: Sent, j: number): boolean {
  const t = s.toks[j];
  if (!t.cap || !t.word || isAcronym(t) || titleWords.has(t.norm) || functionWords.has(t.norm) || calendar.has(t.norm)) return false;
  const g = s.gaz[j];
  return g ? g.type === "country" && g.length === 1 : vocabulary.has(t.norm);
}

function nameLikeCore(s: Sent, i: number): boolean {
  const t = s.toks[i];
  return !!t && t.cap && t.word && !s.gaz[i] && !isAcronym(t) && !vocabulary.has(t.norm) && !titleWords.has(t.norm) && !tokenCountry(t) && !hyphenPartsBlocked(t);
}

/** The start of the last office in a title range [start, end) whose "and" joins an office of another country ("... of
 * Brunei Darussalam and President of Viet Nam"), or -1. */
function otherCountrysOffice(s: Sent, start: number, end: number): number {
  let last: string | null = null;
  let after = -1;
  for (let k = end - 1; k >= start; k--) {
    const hit = s.gaz[k];
    if (hit?.type === "country" && hit.value && s.gaz[k - 1] !== hit) {
      if (last && hit.value !== last && after > k) return after;
      last = hit.value;
      after = -1;
    }
    if (last && after < 0 && s.toks[k].norm === "and" && !s.toks[k].cap && s.toks[k + 1] && isTitleWord(s.toks[k + 1])) after = k + 1;
  }
  return -1;
}

const GATHERING_NOUNS = new Set(Object.keys(cues.gatherings.nouns));
const LINKING = new Set(["linking", "links", "linked", "connecting", "connects", "connected"]);

/** Is the run [from, to) one side of "between X and Y" whose other side is a known place or country? */
function betweenPlaces(s: Sent, from: number, to: number): boolean {
  const place = (k: number) => s.gaz[k]?.type === "place" || s.gaz[k]?.type === "country";
  const toks = s.toks;
  if (toks[from - 1]?.norm === "between" && toks[to]?.norm === "and") return place(to + 1);
  if (toks[from - 1]?.norm !== "and") return false;
  let k = from - 2;
  const hit = s.gaz[k];
  if (!hit || !place(k)) return false;
  while (k > 0 && s.gaz[k - 1] === hit) k--;
  return toks[k - 1]?.norm === "between";
}

/** A place, or a seat of government used as a metonym ("Carthage Palace"): where something happens, never part of an
 * office's title before a comma. */
function seatOrPlace(hit: PhraseHit | null | undefined): boolean {
  return !!hit && (hit.type === "place" || (hit.type === "org" && metonymOrgs.has(hit.name)));
}

/** Title phrase ending just before token i, scanning backwards; `nameEnd` (exclusive) lets a comma mark an apposition. */
/** "Presidents A and": a capitalised plural title opens the names before the "and" at `and` (up to seven words). */
function pluralTitleBefore(s: Sent, and: number): boolean {
  let k = and - 1;
  while (k >= 0 && and - k <= 7 && s.toks[k].word && (s.toks[k].cap || PARTICLES.has(s.toks[k].text)) && !isTitleWord(s.toks[k])) k--;
  const t = s.toks[k];
  return k < and - 1 && !!t && t.cap && isTitleWord(t) && t.norm.endsWith("s");
}

export function titleBefore(s: Sent, name: number, nameEnd = -1): { range: [number, number]; titled: boolean } | null {
  const toks = s.toks;
  // "Foreign Minister Datuk Seri Mohamad Hasan": the style is neither name nor title.
  const style = styleStartBefore(toks, name);
  const i = style >= 0 ? style : name;
  // "the Pope's Apostolic Journey": what follows a title's possessive belongs to the office holder; it is not named by it.
  if (/^['’]s$/.test(toks[i - 1]?.text ?? "") && toks[i - 2] && isTitleWord(toks[i - 2])) return null;
  let j = i - 1;
  let start = i;
  let end = i;
  let titled = false;
  // "The Prime Minister and Minister for Foreign Affairs, Hon. Sitiveni Rabuka": a style after a comma marks an apposition;
  // so does a comma after the name ("The Foreign Minister of Ghana, Shirley Ayorkor Botchwey, said").
  if (toks[i - 1]?.text === "," && (style >= 0 || (nameEnd > 0 && appositionCloses(s, nameEnd)))) {
    end = start = i - 1;
    j = i - 2;
  }
  while (j >= 0) {
    const t = toks[j];
    // "Minister of Women's Affairs", "the Ministry of Expatriates' Welfare": a plural noun's possessive inside a title's
    // field, after its "of", "for" or "and", is part of it.
    if ((t.text === "'" || t.text === "’" || /^['’]s$/.test(t.text)) && start === j + 1 && j >= 2 && toks[j - 1].cap && toks[j - 1].word && toks[j - 1].end === t.start && ["of", "for", "and", "the"].includes(toks[j - 2].norm)) {
      start = j - 1;
      j -= 2;
      continue;
    }
    if (t.text === ",") {
      // A comma inside a title sits between two capitalised non-name words ("Labour, Invalids and Social Affairs").
      // A place or a seat of government before the comma ("received, at Carthage Palace, Italian Prime Minister X") ends
      // the title; a country or an organisation does not ("the Foreign Minister of Australia, Senator X").
      // ("deals with China, Prime Minister X": a country after a word that joins no title ends it too.)
      // ("On the margins of the 39th AU Summit, Foreign Minister X": a gathering's noun before the comma ends it.)
      if (j + 1 < i && toks[j + 1].cap && j >= 1 && toks[j - 1].cap && !seatOrPlace(s.gaz[j - 1]) && !nameLike(s, j - 1) && !isTitleWord(toks[j - 1]) && !functionWords.has(toks[j - 1].norm) && j - 1 > 0 && !countryAfterLooseWord(s, j - 1) && !GATHERING_NOUNS.has(toks[j - 1].norm)) {
        j--;
        continue;
      }
      // "the Cabinet Secretary for Constitution, External Affairs and Culture, X": so does one after the first field of a
      // list, however unknown its word, right after the title's "of" or "for", when an "and" in the title closes the list.
      if (start === j + 1 && j >= 3 && toks[j - 1].cap && toks[j - 1].word && ["of", "for"].includes(toks[j - 2].norm) && isTitleLike(s, j - 3) && listClosesIn(toks, start, end)) {
        start = j - 1;
        j -= 2;
        continue;
      }
      break;
    }
    if (t.text === ")") {
      // "Minister of Trade (MoIT)", "of the Republic of China (Taiwan)": an acronym or a country in brackets.
      // ("Foreign Minister (Menlu) Sugiono": so does the office's own short form in the report's language, one word after a
      // title word.)
      if (j >= 2 && toks[j - 2].text === "(" && (isAcronym(toks[j - 1]) || s.gaz[j - 1]?.type === "country" || (j >= 3 && toks[j - 1].cap && toks[j - 1].word && isTitleWord(toks[j - 3])))) {
        j -= 3;
        continue;
      }
      // "Secretary of State (Defence Procurement)", "Minister of State (Trade Policy)": a portfolio in brackets after a title.
      const open = bracketedPortfolio(s, j);
      if (open > 0) {
        j = open - 1;
        continue;
      }
      break;
    }
    // "Deputy Prime Minister/Foreign Minister X": two offices joined by a slash are one title.
    if (t.text === "/" && start === j + 1 && titled && toks[j - 1] && isTitleWord(toks[j - 1]) && toks[j - 1].end === t.start && toks[j + 1].start === t.end) {
      j--;
      continue;
    }
    // "His Majesty Sultan Haitham bin Tarik": a style before the title is not part of it.
    if (j < i - 1 && styleEndsAt(toks, j)) break;
    if (isTitleWord(t)) {
      titled = true;
      start = j;
      j--;
      continue;
    }
    // "Kremlin spokesman X", "Speaker of the Milli Majlis X" name an office of the seat; "received at Baabda Palace the
    // President X" names where.
    const seat = s.gaz[j];
    if (seat?.type === "org" && metonymOrgs.has(seat.name)) {
      let b = j;
      let e = j;
      while (s.gaz[b - 1] === seat) b--;
      while (s.gaz[e + 1] === seat) e++;
      const ofBefore = toks[b - 1]?.norm === "of" || (toks[b - 1]?.norm === "the" && toks[b - 2]?.norm === "of");
      if (!ofBefore && !(toks[e + 1] && isTitleWord(toks[e + 1]))) break;
    }
    // "the Prime Minister of Côte d'Ivoire, X": a lower-case word inside a country's or place's name is part of it.
    if (!t.cap && s.gaz[j] && s.gaz[j - 1] === s.gaz[j]) {
      j--;
      continue;
    }
    // "Minister of Foreign Affairs of New Zealand": a function word inside a country's name is part of the title.
    // ("Under Secretary of War for Policy X": a title's opener before its first title word is part of it.)
    if (t.cap && t.word && !s.gaz[j] && (calendar.has(t.norm) || (functionWords.has(t.norm) && !isTitleWord(t)))) {
      if (start === j + 1 && titleOpeners.get(t.norm)?.has(toks[j + 1].norm)) start = j;
      break;
    }
    if (t.cap && t.word && !nameLike(s, j)) {
      start = j;
      j--;
      continue;
    }
    // "the Minister of Decentralisation, X,", "the Minister of State for Youth and Civics, X,": right before the comma that
    // sets off the name, an unknown capitalised word after "of", "for" or "and" is the end of the title's field.
    if (t.cap && t.word && j === i - 2 && start === end && end === i - 1 && ["of", "for", "and", "&"].includes(toks[j - 1]?.norm ?? "") && j >= 2 && (isTitleWord(toks[j - 2]) || (toks[j - 2].cap && toks[j - 2].word && vocabulary.has(toks[j - 2].norm) && !nameLike(s, j - 2)))) {
      start = j;
      j--;
      continue;
    }
    // "the Governor of Lower Austria, X,": so is one right before the country or place a title word's "of" names (the
    // region's own qualifier); "the Consul General of Japan in Düsseldorf, X,": and one after the "in" of a title or of the
    // country it names, right before the comma (a city no gazetteer lists).
    if (t.cap && t.word && start === j + 1 && s.gaz[j + 1] && s.gaz[j + 1] !== s.gaz[j] && ["country", "place"].includes(s.gaz[j + 1]!.type) && toks[j - 1]?.norm === "of" && j >= 2 && isTitleWord(toks[j - 2])) {
      start = j;
      j--;
      continue;
    }
    if (t.cap && t.word && !s.gaz[j] && j === i - 2 && start === end && end === i - 1 && toks[j - 1]?.norm === "in" && j >= 2 && (isTitleWord(toks[j - 2]) || ofCountryEndsAt(s, j - 2))) {
      start = j;
      j -= 2;
      continue;
    }
    // "The President of the Generalitat, X,", "the President of the Generalitat of Catalonia, X,": so is one after a title
    // word's "of the" (the body the office heads), right before the comma or before the "of" of a place in the title.
    if (t.cap && t.word && ((j === i - 2 && start === end && end === i - 1) || (start === j + 2 && toks[j + 1].norm === "of")) && toks[j - 1]?.norm === "the" && toks[j - 2]?.norm === "of" && j >= 3 && isTitleWord(toks[j - 3])) {
      start = j;
      j--;
      continue;
    }
    // "Minister of State for Communication and Political Affairs": so is one between "of" or "for" and an "and" that joins
    // it to a field already in the title.
    if (t.cap && t.word && start === j + 2 && start < i && ["and", "&"].includes(toks[j + 1].norm) && ["of", "for"].includes(toks[j - 1]?.norm ?? "") && j >= 2 && isTitleLike(s, j - 2)) {
      start = j;
      j--;
      continue;
    }
    // "Minister of Energy and Mineral Resources": an unknown capitalised word between a connector and a field word
    // already in the title belongs to the field.
    // "Chairman of the Shura Council": so does one after "of the".
    // ("Commissioner for Agriculture, Rural Development, Blue Economy and Sustainable Environment, X": so does one after
    // a comma of a list of fields that an "and" in the title closes.)
    const joined = ["and", "of", "for", "&"].includes(toks[j - 1]?.norm ?? "") || (toks[j - 1]?.norm === "the" && toks[j - 2]?.norm === "of") || (toks[j - 1]?.text === "," && toks[j - 2]?.cap && vocabulary.has(toks[j - 2].norm) && !nameLike(s, j - 2) && listClosesIn(toks, start, end));
    if (t.cap && t.word && start === j + 1 && j + 1 < i && vocabulary.has(toks[j + 1].norm) && !nameLike(s, j + 1) && joined) {
      start = j;
      j--;
      continue;
    }
    // "Minister of Trade, Agribusiness and Industry": so does one listed between a comma after a field word and "and"
    // before the field word the title ends with.
    if (t.cap && t.word && start === j + 2 && ["and", "&"].includes(toks[j + 1].norm) && toks[j - 1]?.text === "," && toks[j - 2]?.cap && vocabulary.has(toks[j - 2].norm) && !nameLike(s, j - 2) && !isTitleWord(toks[j - 2])) {
      start = j;
      j--;
      continue;
    }
    // "the Minister for Energy and Blue Transition, John Mensah,": so do the unknown words of a second portfolio between
    // the title's "and" and the comma that sets off the name.
    if (t.cap && t.word && start === end && end === i - 1) {
      let k = j;
      // (A sentence may open with the capitalised words: "Veldran, Kelania, 3 March ...".)
      while (k > j - 3 && k >= 0 && toks[k].cap && toks[k].word) k--;
      if (secondPortfolio(s, k + 1, j + 1)) {
        start = k + 1;
        j = k;
        continue;
      }
    }
    // "the khokim of Samarkand region, X,", "the governor of Arica and Parinacota, X,": right before the comma that sets off
    // the name, the place a regional office is "of" (capitalised words, joined by "and", then perhaps a place noun).
    // ("the khokim of Samarkand region Erkinjon Turdimov": with no comma, when a lower-case place noun ends the field.)
    if (start === end && ((end === i - 1 && toks[end]?.text === ",") || (end === i && !t.cap && PLACE_NOUNS.has(t.norm)))) {
      const k = placeFieldOf(s, j);
      if (k > 0) {
        j = k - 1;
        continue;
      }
    }
    // "the Kurdistan Region's head of foreign relations, X": a field in lower case after "of" or "for" and a title word,
    // right before the name, is the end of that title.
    if (!t.cap && start === end) {
      const k = lowerCaseField(s, j);
      if (k > 0) {
        j = k - 1;
        continue;
      }
    }
    if (!t.cap && TITLE_MODIFIERS.has(t.norm)) {
      start = j;
      j--;
      continue;
    }
    // "the Indian external affairs minister X", "Malaysia's home minister X": a portfolio in lower case right before the
    // title word is part of the title, and so is the country word before it.
    // ("Raksha Mantri Shri Rajnath Singh": a portfolio of another language, capitalised, right before its title word.)
    if (t.word && titleFields.has(t.norm) && start === j + 1 && (isTitleWord(toks[j + 1]) || (!t.cap && (titleFields.has(toks[j + 1].norm) || TITLE_MODIFIERS.has(toks[j + 1].norm))))) {
      start = j;
      j--;
      continue;
    }
    // "Head of the Presidential Administration": a capitalised modifier inside a title, after a connector, is part of it
    // (at a title's start, "Presidential Spokesman", it is left out, as a lower-case one would not be).
    if (t.cap && TITLE_MODIFIERS.has(t.norm) && start === j + 1 && j + 1 < i && CONNECTORS.has(toks[j - 1]?.norm ?? "")) {
      start = j;
      j--;
      continue;
    }
    // "the Thai Prime Minister at the Gyalyong Tshogkhang": a title does not end in "the" or "at"; what follows is a place.
    if (!t.cap && (t.norm === "the" || t.norm === "at") && j === end - 1) break;
    if (!t.cap && CONNECTORS.has(t.norm)) {
      // "received at Villa Somalia the Minister of Foreign Affairs of Ethiopia, X": a capitalised word before the title's
      // article is a place or a name, not the start of the title.
      if (t.norm === "the" && toks[j - 1]?.cap && toks[j - 1].word) break;
      // "the Dutch minister and Vietnamese Minister of Agriculture X": a lower-case office before "and" and a capitalised
      // title after it is another person's, named by a role noun.
      if (t.norm === "and" && toks[j - 1] && !toks[j - 1].cap && isTitleWord(toks[j - 1]) && toks[j + 1]?.cap) break;
      // ("Business Secretary X of the United Kingdom and Omani Minister Y": a demonym and a title word right after "and"
      // open another person's title, unlike a field's nationality, "and Moroccan Expatriates".)
      // ("Vietnamese and Lao Prime Ministers A and B": not after another demonym, which shares the title.)
      if (t.norm === "and" && start === j + 1 && s.gaz[j + 1]?.type === "demonym" && s.gaz[j - 1]?.type !== "demonym" && toks[j + 2] && isTitleWord(toks[j + 2])) break;
      j--;
      continue;
    }
    // "the Minister Delegate in charge of Moroccans Living Abroad, X": "in charge of" after a title word joins its field.
    if (!t.cap && t.norm === "charge" && toks[j - 1]?.norm === "in" && toks[j + 1]?.norm === "of" && j >= 2 && isTitleWord(toks[j - 2])) {
      j -= 2;
      continue;
    }
    // "The Ambassador of Spain in Colombia, X,": "in" and the country of the post after the country an envoy's title
    // names (or after the title word itself: "Ambassador in Colombia").
    if (!t.cap && t.norm === "in" && s.gaz[j + 1]?.type === "country" && start === j + 1 && j >= 1 && (isTitleWord(toks[j - 1]) || ofCountryEndsAt(s, j - 1))) {
      j--;
      continue;
    }
    // "State Secretary in the Ministry of Foreign Affairs X": "in the" and an office noun after a title word join its field.
    if (!t.cap && t.norm === "in" && toks[j + 1]?.norm === "the" && OFFICE_NOUNS.has(toks[j + 2]?.norm ?? "") && j >= 1 && isTitleWord(toks[j - 1])) {
      j--;
      continue;
    }
    // "Minister responsible for Trade, X": so does "responsible for" after a title word.
    if (!t.cap && t.norm === "responsible" && toks[j + 1]?.norm === "for" && j >= 1 && isTitleWord(toks[j - 1])) {
      j--;
      continue;
    }
    // "the Governor of the region, X,", "the mayor of the city X": a lower-case place noun after a title word's "of the",
    // right before the name, ends that title (the place is the one the report is about).
    if (!t.cap && PLACE_NOUNS.has(t.norm) && start === end && toks[j - 1]?.norm === "the" && toks[j - 2]?.norm === "of" && j >= 3 && isTitleWord(toks[j - 3])) {
      titled = true;
      start = j - 3;
      j -= 4;
      continue;
    }
    // "Chief Minister of the southern state of Karnataka": a lower-case place noun before "of" a place is part of the title.
    if (!t.cap && PLACE_NOUNS.has(t.norm) && toks[j + 1]?.norm === "of" && s.gaz[j + 2]?.type === "place") {
      start = j;
      j--;
      continue;
    }
    // "Consul in Kota Kinabalu", "Adviser to the President on Information": a place after "in", or a field after
    // "on", continues a title when a title word stands before the preposition.
    // "the Consul General of Spain in Jerusalem, X": so does a place after the country a title names.
    // "Chair of the Committee on Foreign Affairs, X": so does a field after "on" when a body's noun stands before it.
    const bodyOn = t.norm === "on" && toks[j - 1]?.cap && orgWords.has(toks[j - 1].norm);
    if (!t.cap && (t.norm === "in" || t.norm === "on") && start === j + 1 && j > 0 && (isTitleWord(toks[j - 1]) || bodyOn || (t.norm === "in" && ofCountryEndsAt(s, j - 1))) && (t.norm === "on" || s.gaz[j + 1]?.type === "place")) {
      j--;
      continue;
    }
    break;
  }
  if (start >= end) return null;
  // "the Sultan and Yang Di-Pertuan of Brunei Darussalam and President of the Socialist Republic of Viet Nam Luong Cuong":
  // offices of two countries joined by "and" are two people's; the name holds the last.
  const cut = otherCountrysOffice(s, start, end);
  if (cut > start) start = cut;
  return { range: [start, end], titled };
}

/** Is there one of `nouns` (a place's, a building's or a body's) among the capitalised words from token `from` to token
 * `to` (exclusive), with none but capitalised words before it? */
function capitalRunHas(toks: Tok[], from: number, to: number, nouns: Set<string>): boolean {
  for (let j = from; j < to && toks[j]?.cap && toks[j].word; j++) if (nouns.has(toks[j].norm)) return true;
  return false;
}

/** Is token k the end of a country's name that a word joining no title ("with", "over", "in") stands before? */
function countryAfterLooseWord(s: Sent, k: number): boolean {
  const hit = s.gaz[k];
  if (hit?.type !== "country") return false;
  let b = k;
  while (b > 0 && s.gaz[b - 1] === hit) b--;
  const before = s.toks[b - 1];
  // ("the economic mission to India, Minister-President X": "to" after a lower-case word that is no title's joins the
  // country to no title; "the Ambassador to India, Dr X" it does.)
  const word = s.toks[b - 2];
  if (before?.norm === "to" && word?.word && !word.cap && !isTitleWord(word) && !TITLE_MODIFIERS.has(word.norm)) return true;
  return !!before && !before.cap && !CONNECTORS.has(before.norm);
}

/** A title read back from a name stops where the name before it ends ("Ambassador Lai Thai Binh and DFA Undersecretary X":
 * a name that opens with a province's words is no field of the next title). */
function clippedTitle(s: Sent, tb: { range: [number, number]; titled: boolean } | null, prevEnd: number): { range: [number, number]; titled: boolean } | null {
  // (Only across "and": a run inside a bracketed portfolio, "(Independent Charge)", is no name before the title.)
  if (!tb || tb.range[0] >= prevEnd || s.toks[prevEnd]?.norm !== "and") return tb;
  let start = prevEnd;
  while (start < tb.range[1] && (s.toks[start].text === "," || (!s.toks[start].cap && CONNECTORS.has(s.toks[start].norm)))) start++;
  if (start >= tb.range[1]) return null;
  return { range: [start, tb.range[1]], titled: s.toks.slice(start, tb.range[1]).some(isTitleWord) };
}

/** Where the "of" or "for" stands that opens a field of one to three lower-case words ending at token e (common nouns
 * and a title's modifiers: "of foreign relations", "for economic affairs") after a title word; otherwise -1. */
function lowerCaseField(s: Sent, e: number): number {
  const toks = s.toks;
  let k = e;
  let noun = false;
  while (k > e - 3 && k > 0) {
    const t = toks[k];
    if (t.cap || !t.word || s.gaz[k]) return -1;
    if (vocabulary.has(t.norm) && !functionWords.has(t.norm)) noun = true;
    else if (!TITLE_MODIFIERS.has(t.norm)) break;
    k--;
  }
  if (!noun || k >= e) return -1;
  if ((toks[k].norm === "of" || toks[k].norm === "for") && toks[k - 1] && isTitleWord(toks[k - 1])) return k;
  // "minister for Europe and foreign affairs X": the lower-case field may be the second of two joined by "and", the first
  // a place or a field of one to three words ("Europe", "culture").
  if (toks[k].norm !== "and") return -1;
  let m = k - 1;
  while (m > k - 4 && m > 0 && toks[m].word && !functionWords.has(toks[m].norm) && (toks[m].cap ? s.gaz[m]?.type === "country" || s.gaz[m]?.type === "place" || (vocabulary.has(toks[m].norm) && !nameLike(s, m)) : vocabulary.has(toks[m].norm) || TITLE_MODIFIERS.has(toks[m].norm))) m--;
  return m < k - 1 && (toks[m].norm === "of" || toks[m].norm === "for") && toks[m - 1] && isTitleWord(toks[m - 1]) ? m : -1;
}

/** "Dutch king Willem-Alexander", "Spain's king Felipe": a monarch's title in lower case names a monarch only after the
 * country it belongs to. */
function ownedMonarch(s: Sent, k: number): boolean {
  if (!monarchWords.has(s.toks[k].norm)) return false;
  if (s.gaz[k - 1]?.type === "demonym" || s.gaz[k - 1]?.type === "country") return true;
  return /^['’]s$/.test(s.toks[k - 1]?.text ?? "") && s.gaz[k - 2]?.type === "country";
}

/** Where the "of" stands that opens a place ending at token e, after a title word ("governor of Arica and Parinacota",
 * "khokim of Samarkand region"): one or two runs of one or two capitalised words, joined by "and", that are no title words,
 * then perhaps a lower-case place noun; otherwise -1. */
function placeFieldOf(s: Sent, e: number): number {
  const toks = s.toks;
  let k = e;
  if (toks[k] && !toks[k].cap && PLACE_NOUNS.has(toks[k].norm)) k--;
  let words = 0;
  for (let runs = 0; runs < 2; runs++) {
    let run = 0;
    while (run < 2 && toks[k]?.cap && toks[k].word && !isTitleWord(toks[k]) && !functionWords.has(toks[k].norm)) {
      run++;
      k--;
    }
    if (!run) return -1;
    words += run;
    if (toks[k]?.norm !== "and" || toks[k].cap) break;
    k--;
  }
  return words > 0 && toks[k]?.norm === "of" && toks[k - 1] && isTitleWord(toks[k - 1]) ? k : -1;
}

/** "the Minister for Energy and Blue Transition, John Mensah": one to three capitalised words, none a known family name,
 * after the "and" of a title and before a comma and a full name, are the title's second portfolio, not a person. */
function secondPortfolio(s: Sent, from: number, to: number): boolean {
  const toks = s.toks;
  if (to <= from || to - from > 3 || !["and", "&"].includes(toks[from - 1]?.norm ?? "")) return false;
  if (toks[to]?.text !== "," || !nameLike(s, to + 1) || !nameLike(s, to + 2)) return false;
  for (let k = from; k < to; k++) if (surnameOrigin(toks[k].norm).length > 0 || s.gaz[k]) return false;
  return !!titleBefore(s, from)?.titled;
}

/** Does a country named after "of" ("of Spain", "of the Philippines") end at token e, inside a title? */
function ofCountryEndsAt(s: Sent, e: number): boolean {
  const hit = s.gaz[e];
  if (hit?.type !== "country" || s.gaz[e + 1] === hit) return false;
  let k = e;
  while (k > 0 && s.gaz[k - 1] === hit) k--;
  if (s.toks[k - 1]?.norm === "the") k--;
  return s.toks[k - 1]?.norm === "of";
}

/** Where the bracket closed at token `close` opens, when it holds only a portfolio (one to four capitalised words and
 * connectors) right after a title-like word; otherwise -1. */
function bracketedPortfolio(s: Sent, close: number): number {
  const toks = s.toks;
  for (let k = close - 1; k >= Math.max(0, close - 6); k--) {
    const t = toks[k];
    if (t.text === "(") return k < close - 1 && toks[k + 1].cap && isTitleLike(s, k - 1) ? k : -1;
    if (!(t.cap && t.word && !isAcronym(t)) && !["and", "of", "for", "&", ","].includes(t.norm)) return -1;
  }
  return -1;
}

/** A title's last word: a title word, or a capitalised word that is no name ("Republic", "Commission"). */
/** Does an "and" join the last of a title's listed fields between tokens `from` and `to`? */
function listClosesIn(toks: Sent["toks"], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (toks[k].norm === "and" || toks[k].norm === "&") return true;
  return false;
}

function isTitleLike(s: Sent, k: number): boolean {
  const t = s.toks[k];
  return !!t && t.cap && t.word && (isTitleWord(t) || !nameLike(s, k));
}

/** What may follow a name set off by commas: a comma, the sentence's end, a closing bracket or a reporting verb. */
function appositionCloses(s: Sent, e: number): boolean {
  const t = s.toks[pastPostNominals(s.toks, e)];
  return !t || [",", ".", ")", ";", ":"].includes(t.text) || REPORTING.has(t.norm);
}

/** "Simon Harris TD", "Jane Doe MP, OBE", "Andrew Holness, ON, PC, MP,": the first token after the letters that follow a
 * name from token e on. */
function pastPostNominals(toks: Tok[], e: number): number {
  let k = e;
  while (postNominals.has(toks[k]?.text ?? "") || (toks[k]?.text === "," && postNominals.has(toks[k + 1]?.text ?? ""))) k++;
  return k;
}

/** Apposition after the name ending at token i (exclusive): ", Deputy Prime Minister and ...". */
export function titleAfter(s: Sent, name: number): [number, number] | null {
  const toks = s.toks;
  const i = pastPostNominals(toks, name);
  if (toks[i]?.text !== ",") return null;
  // "A, and Deputy Prime Minister B": the title after ", and" is the next person's.
  if (toks[i + 1]?.norm === "and" || toks[i + 1]?.norm === "or") return null;
  // "talks with President A, Dr. B said", "A, H.E. B and ...": a style after the comma opens the next person's name; its
  // full stop closes no apposition.
  if (styleAt(toks, i + 1) > 0 && nameLike(s, i + 1 + styleAt(toks, i + 1))) return null;
  let k = i + 1;
  const start = k;
  let titledEarly = false;
  while (k < toks.length) {
    const t = toks[k];
    if (t.text === "(") {
      const close = toks.findIndex((x, idx) => idx > k && x.text === ")");
      if (close > 0 && close - k <= 3) {
        k = close + 1;
        continue;
      }
      break;
    }
    if (t.text === ",") {
      if (k + 1 < toks.length && toks[k + 1].cap && toks[k - 1].cap && !nameLike(s, k + 1)) {
        k++;
        continue;
      }
      break;
    }
    if (isTitleWord(t)) {
      if (k - start <= 3) titledEarly = true;
      k++;
      continue;
    }
    // ("X, Chairman of Egypt's Financial Regulatory Authority,": an unknown word inside a body's name is no name.)
    if (t.cap && t.word && (!nameLike(s, k) || capitalRunHas(toks, k + 1, k + 4, orgWords))) {
      k++;
      continue;
    }
    if (!t.cap && (TITLE_MODIFIERS.has(t.norm) || CONNECTORS.has(t.norm) || t.norm === "'s")) {
      k++;
      continue;
    }
    break;
  }
  // "with his Tanzanian counterpart A, Mexican Foreign Secretary B": a title that runs into a name is the next person's.
  // ("A, First Deputy PM and Minister of Transport B, Albanian Minister for Europe and Foreign Affairs C": whatever word
  // the title ends with.)
  if (toks[k]?.cap && nameLike(s, k) && (isTitleWord(toks[k - 1]) || (toks[k - 1]?.cap && toks[k - 1]?.word))) return null;
  // "A, Angola's Minister of Transport, B": an office a country's possessive opens, set off before a name, is that name's.
  if (toks[k]?.text === "," && nameLike(s, k + 1) && possessiveCountryAt(s, start)) return null;
  while (k > start && (CONNECTORS.has(toks[k - 1].norm) || toks[k - 1].text === ",")) k--;
  if (!titledEarly || k <= start) return null;
  return [start, k];
}

/** Does a country's possessive open the phrase at token `k` ("Angola's", "the Democratic Republic of Congo's")? */
function possessiveCountryAt(s: Sent, k: number): boolean {
  if (s.toks[k]?.norm === "the" && s.gaz[k + 1]?.type === "country") k++;
  const hit = s.gaz[k];
  if (hit?.type !== "country") return false;
  let e = k;
  while (s.gaz[e + 1] === hit) e++;
  return /^['’]s$/.test(s.toks[e + 1]?.text ?? "");
}

/** "Minister of Foreign Affairs Sugiono": a capitalised title with a personal title word and a field ("of Foreign Affairs")
 * ends right before token `from`, and no capitalised word follows it. */
function loneAfterFieldTitle(s: Sent, from: number): boolean {
  const next = s.toks[from + 1];
  if (next?.cap && next.word) return false;
  // "the Minister of Territorial Policy and Democratic Memory, Ángel Víctor Torres Pérez,": a word closing the field before
  // a comma and a whole name (its style aside) is the title's last word; the name after the comma holds the office.
  if (next?.text === ",") {
    const k = from + 2 + styleAt(s.toks, from + 2);
    if (nameLike(s, k) && nameLike(s, k + 1)) return false;
  }
  // "... and Competition Parks Tau": a short word there is more often a family name whose given name the field took.
  if (s.toks[from].text.length < 5) return false;
  const tb = titleBefore(s, from);
  if (!tb?.titled || tb.range[1] !== from) return false;
  const words = s.toks.slice(tb.range[0], from);
  // "... and Competition Parks Tau": a field's last word that is no common word is a given name the title took.
  const last = words[words.length - 1];
  // ("Minister for Foreign Affairs of Indonesia Sugiono": a title ending in its country, too.)
  const country = s.gaz[from - 1]?.type === "country";
  return words.some((t) => t.norm === "of" || t.norm === "for") && words.some((t) => t.cap && personalTitles.has(t.norm)) && last.cap && (vocabulary.has(last.norm) || titleWords.has(last.norm) || country);
}

/** An apposition after a name that the punctuation closes (", King of Malaysia, at"), not the title of the next name in a
 * list (", Speaker of Parliament Nabih Berri"). */
function closedApposition(s: Sent, i: number): [number, number] | null {
  const ta = titleAfter(s, i);
  return ta && [",", ".", ";", ")"].includes(s.toks[ta[1]]?.text ?? ".") ? ta : null;
}

const SPOUSES = new Set(cues.spouses);
/** "accompanied by his wife, Nehmat Aoun": a spouse named without a title is a person too. */
function spouseBefore(toks: Tok[], i: number): boolean {
  const k = toks[i - 1]?.text === "," ? i - 2 : i - 1;
  return SPOUSES.has(toks[k]?.norm ?? "") && ["his", "her", "their"].includes(toks[k - 1]?.norm ?? "");
}

// "his Trinidad and Tobago counterpart, Sean Sobers,", "his visiting New Zealand counterpart X": up to three words
// before "counterpart", the last of them naming the country.
// ("his Senegalese counterpart, the Minister of African Integration and Foreign Affairs, Mr. X": the title's article may
// stand between.)
const COUNTERPART_RE = /\b(?:his|her|their)\s+((?:[\p{L}-]+\s+){0,3}?)counterparts?(?:\s+from\s+(?:the\s+)?([^,]+?))?\s*,?\s*(?:the\s+)?$/u;

// "their French counterparts, Jean-Noel Barrot and Catherine Vautrin": a later name of the plural's list.
// ("Asaad al-Shaibani", "Ricardo Viegas d'Abreu": a name word may open with a lower-case article or particle.)
const COUNTERPARTS_LIST_RE = /\b(?:his|her|their)\s+((?:[\p{L}-]+\s+){0,3}?)counterparts(?:\s+from\s+(?:the\s+)?([^,]+?))?\s*,?\s*(?:(?:\p{Lu}|\p{Ll}{1,4}['’-]\p{Lu})[\p{L}'’.-]*\s+){1,4}(?:,\s*(?:and\s+)?|and\s+)$/u;

// "Their foreign ministers, Pablo Quirno and Gabriela Sommerfeld, also signed", "The defence ministers, A and B, met": the
// names in apposition to a plural role noun (a role head of titles.json with its plural "s") are people, and so are
// those after the countries it is "of" ("The defence ministers of Peru and Brazil, A and B, met").
const PLURAL_ROLE = `(?:the|their|our|both|two|his|her)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${roleHeads.filter((h) => /^[a-z ]+$/.test(h) && !h.endsWith("s")).map((h) => h.replace(/ /g, "\\s+").replace(/y$/, "ie") + "s").join("|")})(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[^,;.]{1,60}?|\\s+of\\s+the\\s+two\\s+(?:countries|nations|sides|governments))?\\s*,\\s*`;
const PLURAL_ROLE_FIRST_RE = cuePattern(`\\b${PLURAL_ROLE}$`, "iu");
const PLURAL_ROLE_LATER_RE = cuePattern(`\\b${PLURAL_ROLE}(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}(?:,\\s*(?:and\\s+)?|and\\s+)$`, "iu");

function pluralRoleBefore(text: string, s: Sent, start: number): boolean {
  const before = text.slice(Math.max(s.start, start - 120), start);
  return PLURAL_ROLE_FIRST_RE.test(before) || PLURAL_ROLE_LATER_RE.test(before);
}

function counterpartBefore(text: string, s: Sent, start: number, choice?: Map<string, string>): NameCandidate["counterpart"] {
  const before = text.slice(Math.max(s.start, start - 120), start);
  const first = COUNTERPART_RE.exec(before);
  const m = first ?? COUNTERPARTS_LIST_RE.exec(before);
  if (!m) return null;
  let country: string | null = null;
  const words = m[1].trim().split(/\s+/).filter(Boolean);
  // "his Angolan and Congolese counterparts, João Lourenço and Félix Tshisekedi": countries coordinated before the plural
  // go to the names of its list in order.
  const coordinated = countriesInOrder(words);
  if (coordinated.length > 1 && words.some((w) => w === "and") && /counterparts/.test(m[0])) country = coordinated[first ? 0 : 1];
  // The longest run of words ending before the noun: "his Papua New Guinea counterpart" is not "Guinea".
  for (let k = 0; k < words.length && !country; k++) {
    const w = words.slice(k).join(" ");
    // ("his Dominican counterpart" in a report on the Dominican Republic: a demonym two countries share, as the report chose.)
    const c = tokenCountry(looseTok(w, w.toLowerCase(), /^\p{Lu}/u.test(w)), choice);
    if (c) {
      country = c.code;
      break;
    }
  }
  // ("his Queensland counterpart, X": a known region or city before the noun gives its country.)
  for (let k = 0; k < words.length && !country; k++) if (/^\p{Lu}/u.test(words[k])) country = placeCountry(words.slice(k).join(" "));
  if (!country && m[2]) {
    const inner = /\(([^)]+)\)/.exec(m[2])?.[1] ?? m[2].replace(/\s*\(.*$/, "");
    for (const cand of [m[2].replace(/\s*\(.*$/, ""), inner]) {
      const c = tokenCountry(looseTok(cand, cand.toLowerCase(), true));
      if (c) {
        country = c.code;
        break;
      }
    }
  }
  return { country };
}

/** The countries that words name, in order, each the longest phrase of up to three words ("New Zealand and Angolan"). */
function countriesInOrder(words: string[]): string[] {
  const out: string[] = [];
  for (let k = 0; k < words.length; k++) {
    for (let n = Math.min(3, words.length - k); n >= 1; n--) {
      const w = words.slice(k, k + n).join(" ");
      const c = tokenCountry(looseTok(w, w.toLowerCase(), /^\p{Lu}/u.test(w)));
      if (!c) continue;
      out.push(c.code);
      k += n - 1;
      break;
    }
  }
  return out;
}

// What a person, named by family name alone, does in a report ("Sánchez proposed", "Sheinbaum asked").
const ACTS = new Set([...REPORTING, "proposed", "asked", "urged", "called", "invited", "suggested", "welcomed", "thanked", "demanded", "announced", "expressed"]);

/** Family names that stand alone, outside any longer run of name words, before a verb of speech or request. */
export function speakingSingles(sents: Sent[]): Set<string> {
  const out = new Set<string>();
  for (const s of sents) {
    const toks = s.toks;
    for (let i = 0; i + 1 < toks.length; i++) {
      if (!ACTS.has(toks[i + 1].norm) || !nameLike(s, i) || isTitleWord(toks[i]) || (i > 0 && toks[i - 1].cap && toks[i - 1].word)) continue;
      out.add(toks[i].norm);
    }
  }
  return out;
}

const ADDRESS_FORMS = new Set(["mr", "mrs", "ms", "madam"]);

/** Family names written alone after a form of address ("signed by Mr. Macron"): a writer addresses people so. */
export function addressedSingles(sents: Sent[]): Set<string> {
  const out = new Set<string>();
  for (const s of sents) {
    const toks = s.toks;
    for (let i = 1; i < toks.length; i++) {
      const k = toks[i - 1].text === "." ? i - 2 : i - 1;
      if (k < 0 || !toks[k].cap || !ADDRESS_FORMS.has(toks[k].norm) || !nameLike(s, i) || (toks[i + 1]?.cap && toks[i + 1]?.word)) continue;
      out.add(toks[i].norm);
    }
  }
  return out;
}

const CAPITALS_WORD_RE = /^\p{Lu}[\p{Lu}\p{M}'’-]+$/u;

const OPENING_QUOTES = new Set(['"', "“", "'", "‘"]);
const CLOSING_QUOTES = new Set(['"', "”", "'", "’"]);

/** "Pushpa Kamal Dahal 'Prachanda'", "Ferdinand \"Bongbong\" Marcos Jr.": the token after a nickname set in quotes that
 * opens at `k` (its quote a token of its own, or glued to its first word as the tokenizer leaves a single one), or -1. */
export function quotedNicknameEnd(toks: Tok[], k: number): number {
  const t = toks[k];
  if (!t || k === 0 || t.start === toks[k - 1].end) return -1;
  let w = k;
  if (OPENING_QUOTES.has(t.text)) w++;
  else if (!/^['‘]\p{Lu}/u.test(t.text)) return -1;
  const first = w;
  while (w < toks.length && w - first < 3 && toks[w].cap && toks[w].word && (w === k || !/^['‘]/.test(toks[w].text))) w++;
  if (w === first || !CLOSING_QUOTES.has(toks[w]?.text ?? "") || toks[w].start !== toks[w - 1].end) return -1;
  return w + 1;
}

/** A name's tokens without a nickname quoted inside it. */
export function nameTokens(toks: Tok[], from: number, to: number): Tok[] {
  for (let k = from + 1; k < to; k++) {
    const e = quotedNicknameEnd(toks, k);
    if (e > 0 && e < to) return [...toks.slice(from, k), ...toks.slice(e, to)];
  }
  return toks.slice(from, to);
}

// "Mr Cheikh NIANG", "Mr KACOU Houadja Léon Adom": a form of address, then a family name of four capitals or more beside
// a given name.
const CAPITAL_FAMILY_RE = /\b(?:Mr|Mrs|Ms|Mme|Madam|Madame|M)\.?\s+(?:\p{Lu}\p{Ll}+\s+){1,2}\p{Lu}{2}[\p{Lu}\p{M}]{2,}\b|\b(?:Mr|Mrs|Ms|Mme|Madam|Madame|M)\.?\s+\p{Lu}{2}[\p{Lu}\p{M}]{2,}\s+\p{Lu}\p{Ll}+/gu;
let capitalsOf: string | null = null;
let capitalsFound = false;
/** Does the report write family names in capitals (a francophone habit), twice or more? */
function capitalFamilyNames(text: string): boolean {
  if (text !== capitalsOf) {
    capitalsOf = text;
    capitalsFound = (text.match(CAPITAL_FAMILY_RE)?.length ?? 0) >= 2;
  }
  return capitalsFound;
}

/** Full-name candidates (two or more name tokens) in one sentence. */
export function findNameCandidates(text: string, s: Sent, choice?: Map<string, string>): NameCandidate[] {
  const out: NameCandidate[] = [];
  const toks = s.toks;
  const bare = withoutGazetteer(s);
  for (let i = 0; i < toks.length; ) {
    // "President Santiago Peña", "The President of the Republic, Santiago Peña Palacios,": right after a title
    // (and a comma), a one-word place followed by a name word is a given name.
    // "his Paraguayan counterpart, Santiago Peña Palacios,": so after "counterpart", which stands where a title would.
    const slot = toks[i - 1]?.text === "," ? i - 2 : i - 1;
    // ("Presidents Luiz Inácio Lula da Silva and Santiago Peña": so after the "and" of names under a plural title.)
    const afterTitle = (toks[i - 1]?.text === "," ? i > 1 && isTitleLike(s, i - 2) : i > 0 && toks[i - 1].cap && isTitleWord(toks[i - 1])) || isCounterpart(toks[slot]?.norm ?? "") || (toks[i - 1]?.norm === "and" && pluralTitleBefore(s, i - 1));
    const placeGiven = s.gaz[i]?.type === "place" && s.gaz[i]?.length === 1 && afterTitle && nameLikeCore(bare, i) && nameLike(s, i + 1);
    if (!nameLike(s, i) && !placeGiven) {
      i++;
      continue;
    }
    let j = placeGiven ? i + 1 : i;
    // Given names may coincide with places ("Vương Đình Huệ" / Hue, "Nguyen Hoa Binh" / Hoa Binh) once a
    // Vietnamese family name has started the run.
    const vnStart = surnameOrigin(toks[i].norm).includes("VN");
    // "José de Lima Massano": after a particle, a place name followed by a name word is a family name.
    const placeInName = (k: number) => s.gaz[k]?.type === "place" && s.gaz[k]?.length === 1 && nameLikeCore(bare, k) && nameLike(s, k + 1);
    for (;;) {
      // "Pushpa Kamal Dahal 'Prachanda'": a nickname in quotes is no part of the name; "Ferdinand "Bongbong" Marcos Jr.":
      // the name goes on after one inside it (the officials step takes the nickname as an alias).
      const nick = j > i ? quotedNicknameEnd(toks, j) : -1;
      if (nick > 0) {
        if (nameLike(s, nick)) j = nick;
        else break;
      }
      if (j < toks.length && (nameLike(s, j) || (vnStart && j > i && s.gaz[j]?.type === "place" && nameLikeCore(bare, j)))) j++;
      // "Lai Thai Binh" (Thai, the demonym; Thai Binh, a province): so may a demonym or a place that opens with a
      // Vietnamese name word, before another name word or inside the place's own words.
      else if (vnStart && j > i && (s.gaz[j]?.type === "demonym" || s.gaz[j]?.type === "place") && surnameOrigin(toks[j].norm).includes("VN") && (nameLike(s, j + 1) || (s.gaz[j + 1] === s.gaz[j] && nameLikeCore(bare, j + 1)))) j++;
      // "Ho An Phong", "Le The Anh": a capitalised common word between a Vietnamese family name and another name word.
      else if (vnStart && j > i && j + 1 < toks.length && toks[j].cap && toks[j].word && toks[j].text.length <= 4 && vocabulary.has(toks[j].norm) && !titleWords.has(toks[j].norm) && !s.gaz[j] && nameLike(s, j + 1)) j++;
      // "Ursula von der Leyen", "Anwar bin Ibrahim": lower-case particles inside a name.
      else if (j > i && PARTICLES.has(toks[j]?.text ?? "") && (nameLike(s, j + 1) || (PARTICLES.has(toks[j + 1]?.text ?? "") && nameLike(s, j + 2)))) j += PARTICLES.has(toks[j + 1]?.text ?? "") ? 2 : 1;
      else if (j > i && PARTICLES.has(toks[j]?.text ?? "") && placeInName(j + 1)) j += 2;
      // "Prime Minister Luís Montenegro the first": right after a title written before names, a country's one-word name
      // after one or two name words, closing the name, is the family name ("Secretary of State Susana Sumelzo Jordán"); so
      // is a one-word place's right after a given name ("President Ana Lima and ...").
      else if (j > i && j <= i + 2 && i > 0 && toks[i - 1].cap && (personalTitles.has(toks[i - 1].norm) || !!titleBefore(s, i)?.titled) && (s.gaz[j]?.type === "country" || (s.gaz[j]?.type === "place" && j === i + 1)) && s.gaz[j]!.length === 1 && toks[j].word && !/^\p{Lu}+$/u.test(toks[j].text) && !(toks[j + 1]?.cap && toks[j + 1]?.word) && !/^['’]s$/.test(toks[j + 1]?.text ?? "")) {
        j++;
        break;
      }
      // "The Turkish Ambassador to Moldova, Mehmet Selim Oran, also attended": so is a one-word place's after two name
      // words in an apposition to a title, closed by its comma.
      else if (j === i + 2 && i > 1 && toks[i - 1].text === "," && s.gaz[j]?.type === "place" && s.gaz[j]!.length === 1 && toks[j].word && !/^\p{Lu}+$/u.test(toks[j].text) && toks[j + 1]?.text === "," && !!titleBefore(s, i, j + 1)?.titled) {
        j++;
        break;
      }
      // "Mr Robert BEUGRÉ MAMBÉ", "Mr Ibrahima SY": after a form of address, family names written in capitals (a
      // francophone habit) close the name, whatever else the capitals could spell (SY, Syria's code).
      // (Only in a report written so throughout: elsewhere capitals after a name are an acronym, "Anthony Albanese MP".)
      else if (j > i && j < toks.length && honorificBefore(toks, i) && CAPITALS_WORD_RE.test(toks[j].text) && !postNominals.has(toks[j].text) && !(toks[j + 1]?.cap && toks[j + 1]?.word && !CAPITALS_WORD_RE.test(toks[j + 1].text)) && capitalFamilyNames(text)) j++;
      // "Hassan Sheikh Mohamud": a style that is also a name word, inside a run.
      else if (j > i && j + 1 < toks.length && styleNames.has(toks[j].norm) && nameLike(s, j + 1)) j++;
      // "Minister for Resources Madeleine King, who ...": a title word that is also a family name closes a given name
      // right after a title.
      else if (j === i + 1 && j < toks.length && titleFamilyNames.has(toks[j].norm) && toks[j].cap && !(toks[j + 1]?.cap && toks[j + 1]?.word) && toks[j + 1]?.norm !== "of" && !!titleBefore(s, i)?.titled) {
        j++;
        break;
      }
      // "Charles III", "Abdullah II": a regnal numeral closes a name.
      else if (j > i && j < toks.length && regnalNumerals.has(toks[j].text) && !regnalNumerals.has(toks[j - 1].text)) {
        j++;
        // "Abdullah II bin Al Hussein": a lineage after the numeral stays with the name.
        const fam = FAMILY_PARTICLES.has(toks[j + 1]?.text ?? "") ? 1 : 0;
        if (PATRONYMICS.has(toks[j]?.text ?? "") && nameLikeCore(bare, j + 1 + fam)) j += 2 + fam;
        break;
      }
      else break;
    }
    // "Ferdinand R. Marcos, Jr.": a generational suffix set off by a comma still closes the name.
    if (j - i >= 2 && toks[j]?.text === "," && GENERATIONAL.has(toks[j + 1]?.text ?? "") && toks[j + 1].start === toks[j].end + 1) j += 2;
    // "Dr. Catherine Mary West", "Mr. John Snow": after an honorific, a capitalised common word ending the run is a family name.
    if (j - i >= 2 && j < toks.length && honorificBefore(toks, i) && toks[j].cap && toks[j].word && vocabulary.has(toks[j].norm) && !titleWords.has(toks[j].norm) && !s.gaz[j] && !toks[j + 1]?.cap) j++;
    // "the Minister for the Indo-Pacific, Catherine West,", "The Portuguese Prime Minister, Luís Montenegro,": so is a common
    // word or a country's one-word name that closes a name set off by commas after a title.
    else if (j > i && j < toks.length && toks[i - 1]?.text === "," && familyWordAt(s, j) && appositionCloses(s, j + 1) && titleBefore(s, i, j + 1)?.titled) j++;
    let from = i;
    const to = j;
    i = j;
    // A capitalised first word of the sentence ("Congratulating Han") is not part of the name.
    if (from === 0 && to - from >= 2 && surnameOrigin(toks[0].norm).length === 0 && /(?:ing|ed)$/.test(toks[0].norm)) from = 1;
    // "Minister of Trade and Integration Serik Zhumangarin": after a connector inside a title, an unknown
    // first word of a three-word run is the last word of the title's field, not a given name.
    // "... and Moroccan Expatriates Nasser Bourita": a demonym may stand between.
    // "... of the Republic of Colombia Luis Gilberto Murillo Urrutia": a country after "of" closes the field itself.
    const joint = from - 1 - (from > 1 && (s.gaz[from - 1]?.type === "demonym" || (s.gaz[from - 1]?.type === "country" && toks[from - 2]?.norm !== "of")) ? 1 : 0);
    let field: { range: [number, number]; titled: boolean } | null = null;
    // "Chancellor of the Exchequer Rachel Reeves": so after "of the", "for the".
    // (One field word and a name of two: "of the Republican Guard Ali Hassan" leaves no such reading.)
    const connector = ["and", "of", "for", "&"].includes(toks[joint]?.norm ?? "") || (to - from === 3 && toks[joint]?.norm === "the" && ["of", "for"].includes(toks[joint - 1]?.norm ?? ""));
    // ("of the Philippines Ma. Theresa Lazaro": a given name abbreviated with its full stop is no field's word.)
    if (to - from >= 3 && joint >= 0 && connector && surnameOrigin(toks[from].norm).length === 0 && !PARTICLES.has(toks[from + 1].text) && !toks[from].text.endsWith(".")) {
      const tb = titleBefore(s, from);
      if (tb?.titled) {
        from++;
        field = { range: [tb.range[0], from], titled: true };
      }
    }
    if (secondPortfolio(s, from, to)) continue;
    // "Sayyid Badr bin Hamad Al Busaidi": particles do not count towards the length of a name.
    let particles = 0;
    // ("Mohamed Obaid Al Qataam Al Zaabi": nor do the capitalised family particles before a name word.)
    for (let k = from; k < to; k++) if (PARTICLES.has(toks[k].text) || (k > from && k + 1 < to && FAMILY_PARTICLES.has(toks[k].text))) particles++;
    // (Nor does a nickname quoted inside it.)
    if (nameTokens(toks, from, to).length - particles > 5) continue;
    if (to - from === 1) {
      // "King Charles Street", "King Fahd Causeway": a lone name before a place's or building's noun names the place.
      if (capitalRunHas(toks, to, to + 4, placeHeads)) continue;
      // "Emperor Naruhito", "President Prabowo": a lone name right after a title word; kept aside, the
      // officials step only accepts it when no fuller name in the document contains it.
      // ("Foreign Minister (Menlu) Sugiono": the office's short form in brackets may stand between.)
      const bracketed = from > 3 && toks[from - 1].text === ")" && toks[from - 3].text === "(" && toks[from - 2].cap && toks[from - 2].word;
      const at = bracketed ? from - 4 : from - 1;
      if (at >= 0 && personalTitles.has(toks[at].norm) && (toks[at].cap || (!bracketed && ownedMonarch(s, at)))) {
        const tb = titleBefore(s, from);
        out.push({ sentence: s.index, from, to, start: toks[from].start, end: toks[from].end, text: toks[from].text, titleBefore: tb?.titled ? tb.range : null, titleAfter: closedApposition(s, to), counterpart: null, ofCountry: null, signal: false, single: true });
      } else if (from > 1 && nameLikeCore(s, from) && loneAfterFieldTitle(s, from)) {
        // "Minister of Foreign Affairs Sugiono said": a lone name right after a title that ends in its field.
        const tb = titleBefore(s, from);
        out.push({ sentence: s.index, from, to, start: toks[from].start, end: toks[from].end, text: toks[from].text, titleBefore: tb!.range, titleAfter: null, counterpart: null, ofCountry: null, signal: false, single: true });
      } else if (toks[(styleStartBefore(toks, from) >= 0 ? styleStartBefore(toks, from) : from) - 1]?.text === "," && nameLikeCore(s, from) && appositionCloses(s, to) && titleBefore(s, from, to)?.titled) {
        // "the Chief Minister of the southern state of Karnataka, Siddaramaiah, in Bengaluru": one name set off by commas
        // after a title, on the same terms; styles may stand between ("the Prime Minister, Hon. Lord Fakafanua,").
        const tb = titleBefore(s, from, to);
        out.push({ sentence: s.index, from, to, start: toks[from].start, end: toks[from].end, text: toks[from].text, titleBefore: tb!.range, titleAfter: null, counterpart: null, ofCountry: null, signal: false, single: true });
      } else if (styleStartBefore(toks, from) >= 0 && nameLikeCore(s, from) && closedApposition(s, to)) {
        // "to meet Lord Fakafanua, the Speaker of the Legislative Assembly,": one name after a style, its title in
        // apposition after it.
        out.push({ sentence: s.index, from, to, start: toks[from].start, end: toks[from].end, text: toks[from].text, titleBefore: null, titleAfter: closedApposition(s, to), counterpart: null, ofCountry: null, signal: false, single: true });
      } else if (pluralTitleSecond(s, out, from, to)) {
        // "Foreign Ministers Vivian Balakrishnan and Sugiono": a plural title names both; the second may be one word.
        const prev = out[out.length - 1];
        out.push({ sentence: s.index, from, to, start: toks[from].start, end: toks[from].end, text: toks[from].text, titleBefore: prev.titleBefore, titleAfter: null, counterpart: null, ofCountry: null, signal: false, single: true });
      } else if (from > 0 && !s.gaz[from] && !vocabulary.has(toks[from].norm) && !titleWords.has(toks[from].norm)) {
        // "his Indonesian counterpart, Sugiono,": a person of one name (common in Indonesia and Myanmar) in
        // apposition to a counterpart phrase, on the same terms.
        const cp = counterpartBefore(text, s, toks[from].start, choice);
        if (cp) out.push({ sentence: s.index, from, to, start: toks[from].start, end: toks[from].end, text: toks[from].text, titleBefore: null, titleAfter: null, counterpart: cp, ofCountry: null, signal: false, single: true });
      }
      continue;
    }
    // "at Thai Khu Fah Building", "the Chiang Kai-shek Memorial Hall": a run before a place's or building's noun names the place.
    // ("the Sir Dawda Kairaba Jawara International Conference Centre": up to three capitalised words may stand between.)
    if (capitalRunHas(toks, to, to + 4, placeHeads)) continue;
    // ("the Governor of Samut Sakhon Province, Mr. X": so does a run right before a region's noun.)
    if (toks[to]?.cap && REGION_HEADS.has(toks[to].norm)) continue;
    // ("the Friendship Bridge linking Bueng Kan and Bolikhamxay": what a road or bridge links are places.)
    if ((from > 0 && LINKING.has(toks[from - 1].norm)) || (from > 1 && toks[from - 1].norm === "and" && LINKING.has(toks[from - 2]?.norm ?? ""))) continue;
    // ("the bridge opens between Nong Khai and Vientiane": an untitled run coordinated after "between" with a known place is
    // a place too.)
    if (!titleBefore(s, from)?.titled && betweenPlaces(s, from, to)) continue;
    // ("the Hassanal Bolkiah Aquarium project", "the Sir Edney Cain Building": or one that ends in such a noun, when the
    // noun is no family name.)
    if (placeHeads.has(toks[to - 1].norm) && !surnameOrigin(toks[to - 1].norm).length) continue;
    // "a former head of the Republican Guard", "Chief of the General Staff": what a title is "of the" is an institution.
    if (from > 1 && toks[from - 1].norm === "the" && toks[from - 2].norm === "of") continue;
    // ("the Minister of Popular Power for Foreign Affairs, X": so is a run between a title word's "of" and the "for" of
    // its field.)
    if (from > 1 && toks[from - 1].norm === "of" && isTitleWord(toks[from - 2]) && toks[to]?.norm === "for" && toks[to + 1]?.cap) continue;
    const start = toks[from].start;
    const end = toks[to - 1].end;
    const tb = clippedTitle(s, field ?? titleBefore(s, from, to), out[out.length - 1]?.to ?? -1);
    // "the Minister of Energy, Bogdan Ivan, the Deputy Prime Minister of the Republic of Moldova, Cristina Gherasimov": in
    // a list of titles each set before its name, the title after a name is the next person's.
    const after = titleAfter(s, to);
    const listed = !!after && !!tb?.titled && toks[from - 1]?.text === "," && toks[to]?.text === "," && toks[to + 1]?.norm === "the" && toks[after[1]]?.text === "," && nameLike(s, after[1] + 1);
    const ta = listed ? null : after;
    // "his Zimbabwean counterpart, President Emmerson Mnangagwa": the title may stand between.
    // "his Ghanaian counterpart, Prof. Jane Opoku-Agyemang": or a style.
    const styled = styleStartBefore(toks, from);
    const cp = counterpartBefore(text, s, start, choice) ?? (tb?.titled ? counterpartBefore(text, s, toks[tb.range[0]].start, choice) : null) ?? (styled >= 0 ? counterpartBefore(text, s, toks[styled].start, choice) : null);
    const ofHit = toks[to]?.norm === "of" ? (s.gaz[to + 1] ?? (toks[to + 1]?.norm === "the" ? s.gaz[to + 2] : null)) : null;
    const ofCountry = ofHit && ofHit.type === "country" ? ofHit.value : null;
    const origin = surnameOrigin(toks[from].norm).length > 0 || surnameOrigin(toks[to - 1].norm).includes("JP");
    const article = from > 0 && ["the", "a", "an"].includes(toks[from - 1].norm);
    // "Truong Hai Auto Corporation", "Ha Tinh province", "in Ha Tinh": a place or an organisation, unless a title says otherwise.
    const next = toks[to];
    const placeOrOrg = !!next && next.word && (vocabulary.has(next.norm) || PLACE_NOUNS.has(next.norm)) && !["and", "of", "for", "to", "in", "on", "at", "as", "with", "who", "said"].includes(next.norm);
    const locative = from > 0 && ["in", "at", "from", "across", "near", "into", "of"].includes(toks[from - 1].norm);
    // "Halimah Yacob said", "said Olaf Scholz.", "according to Kim Tae-ho": people speak.
    const said = toks[pastPostNominals(toks, to)];
    // ("told Asharq Al-Awsat that": the name after "told" is spoken to, and may be a newspaper.)
    const speaks = (!!said && REPORTING.has(said.norm)) || (from > 0 && ((REPORTING.has(toks[from - 1].norm) && !LISTENER_VERBS.has(toks[from - 1].norm)) || (toks[from - 1].norm === "to" && toks[from - 2]?.norm === "according")));
    const signal = !!(tb?.titled || ta || cp || pluralRoleBefore(text, s, start) || spouseBefore(toks, from) || pluralListOwner(s, from) || honorificBefore(toks, from) || (origin && !article && !placeOrOrg && !locative) || (speaks && !article) || speakerLabel(text, toks, from, to));
    out.push({
      sentence: s.index,
      from,
      to,
      start,
      end,
      // A hard-wrapped name keeps one space between its words.
      text: nameText(text, toks, from, to),
      titleBefore: tb?.titled ? tb.range : null,
      titleAfter: ta,
      counterpart: cp,
      ofCountry,
      signal,
    });
  }
  return out;
}

/** The name as written, its words joined by one space (a hard-wrapped name), without a nickname quoted inside it. */
function nameText(text: string, toks: Tok[], from: number, to: number): string {
  const kept = nameTokens(toks, from, to);
  const whole = text.slice(toks[from].start, toks[to - 1].end);
  const written = kept.length === to - from ? whole : kept.map((t, n) => (n && kept[n - 1].end === t.start ? "" : " ") + t.text).join("").trim();
  return written.replace(/\s+/g, " ").replaceAll(COMBINING_JOINER, "");
}

/** "Foreign Ministers Fidan, Bayramov and Georgia's Maka Botchorishvili": the last name of a plural title's list, after its
 * country's possessive. */
function pluralListOwner(s: Sent, from: number): boolean {
  const toks = s.toks;
  if (!/^['’]s$/.test(toks[from - 1]?.text ?? "")) return false;
  const hit = s.gaz[from - 2];
  if (hit?.type !== "country") return false;
  let k = from - 2;
  while (s.gaz[k - 1] === hit) k--;
  if (toks[k - 1]?.norm !== "and") return false;
  let names = 0;
  for (let j = k - 2; j >= 0; j--) {
    const t = toks[j];
    if (t.text === ",") continue;
    if (/s$/.test(t.norm) && titleWords.has(t.norm.slice(0, -1))) return names > 0;
    if (!(t.cap && t.word && nameLikeCore(s, j))) return false;
    names++;
  }
  return false;
}

/** Token `from` is a lone name after "and" that closes a pair whose first name follows a plural title ("Ministers"). */
function pluralTitleSecond(s: Sent, out: NameCandidate[], from: number, to: number): boolean {
  const prev = out[out.length - 1];
  if (!prev || prev.sentence !== s.index || !prev.titleBefore || prev.to !== from - 1 || s.toks[from - 1].norm !== "and") return false;
  const head = s.toks[prev.titleBefore[1] - 1];
  return !!head && /s$/.test(head.norm) && titleWords.has(head.norm.slice(0, -1)) && nameLikeCore(s, from) && appositionCloses(s, to);
}

/**
 * "Vladimir Putin: Comrade General Secretary, friends," and "To Lam (retranslated):": in a transcript a name
 * that opens a line and is followed by a colon (a bracketed note may stand between) labels what a person said.
 */
function speakerLabel(text: string, toks: Tok[], from: number, to: number): boolean {
  let k = to;
  if (toks[k]?.text === "(") {
    const close = toks.findIndex((x, idx) => idx > k && idx <= k + 4 && x.text === ")");
    if (close < 0) return false;
    k = close + 1;
  }
  // "Visitor Counter : 1432": a label's colon is written against the name, and words follow it.
  if (toks[k]?.text !== ":" || toks[k].start !== toks[k - 1].end || !/^\p{L}/u.test(toks[k + 1]?.text ?? "")) return false;
  let p = toks[from].start - 1;
  while (p >= 0 && (text[p] === " " || text[p] === "\t")) p--;
  return p < 0 || text[p] === "\n";
}

// Styles by their first and last token, longest first, so a token that starts or ends none costs one lookup.
const STYLES_BY_FIRST = groupStyles((st) => st[0]);
// One-word styles listed also with a full stop ("Ing", "Ing."): abbreviations.
const ABBREVIATED_STYLES = new Set(styles.filter((st) => st.length === 2 && st[1] === ".").map((st) => st[0]));
const STYLES_BY_LAST = groupStyles((st) => st[st.length - 1]);
function groupStyles(key: (st: string[]) => string): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const st of styles) out.set(key(st), [...(out.get(key(st)) ?? []), st]);
  return out;
}

/**
 * Length of the style ("Datuk Seri", "H.E.", "U") that starts at token p, or 0. A style stands
 * before a capitalised word and not inside a name: in "Hassan Sheikh Mohamud" Sheikh is a name.
 */
function styleAt(toks: Tok[], p: number): number {
  const byFirst = STYLES_BY_FIRST.get(toks[p]?.norm ?? "");
  if (!byFirst) return 0;
  const prev = toks[p - 1];
  // "Foreign Minister of Mauritius Shri Dhananjay Ramful": a country may end the title before the style.
  if (prev && prev.cap && prev.word && !isTitleWord(prev) && !vocabulary.has(prev.norm) && !isAcronym(prev) && !styleEndsAt(toks, p - 1) && !tokenCountry(prev)) return 0;
  // "Ahmaddin bin Haji Abdul Rahman": after a patronymic the style word belongs to the father's name.
  if (prev && PATRONYMICS.has(prev.text)) return 0;
  for (const st of byFirst) {
    if (p + st.length >= toks.length) continue;
    let k = 0;
    while (k < st.length && toks[p + k].norm === st[k]) k++;
    if (k < st.length || !casedAsListed(toks, p, st)) continue;
    // ("Ing Kantha Phavi": an abbreviated style written without its full stop that is also a listed family name opens a name.)
    if (st.length === 1 && toks[p + 1].text !== "." && ABBREVIATED_STYLES.has(st[0]) && surnameOrigin(toks[p].norm).length > 0) continue;
    // "Dr. Catherine West": a full stop may close a one-word style; "Rt Hon. Anita Among": or an
    // abbreviated last word of a longer one (written without its own full stop in the list).
    let e = toks[p + k].text === "." && (st.length === 1 || /^\p{Lu}\p{Ll}{1,3}$/u.test(toks[p + k - 1].text)) ? p + k + 1 : p + k;
    // "Tan Sri Dato' (Dr.) Johari bin Abdul": a style in brackets may follow.
    e = bracketedStyleEnd(toks, e);
    const next = toks[e];
    // ("Puan Maharani": a style that is also a given name, before a single name word, opens the name.)
    if (st.length === 1 && e === p + 1 && styleGivenNames.has(st[0]) && !(toks[e + 1]?.cap && toks[e + 1]?.word)) continue;
    if (next?.cap && next.word) return e - p;
  }
  return 0;
}

/** A style of `casedStyles` ("HE") must be written as listed. */
function casedAsListed(toks: Tok[], p: number, st: string[]): boolean {
  const texts = casedStyles.get(st.join(" "));
  return !texts || texts.every((x, n) => toks[p + n].text === x);
}

/** Past "(Dr.)" at token k: a bracket holding one style and its full stop; else k. */
function bracketedStyleEnd(toks: Tok[], k: number): number {
  if (toks[k]?.text !== "(") return k;
  // "Lt. Gen. (Rtd) Ali Salim", "Brigadier (Ret'd) Mark Phillips": a retired officer's mark after the rank.
  if (retiredMarks.has(toks[k + 1]?.norm ?? "")) {
    const e = toks[k + 2]?.text === "." ? k + 3 : k + 2;
    if (toks[e]?.text === ")") return e + 1;
  }
  for (const st of STYLES_BY_FIRST.get(toks[k + 1]?.norm ?? "") ?? []) {
    let n = 0;
    while (n < st.length && toks[k + 1 + n]?.norm === st[n]) n++;
    if (n < st.length || !casedAsListed(toks, k + 1, st)) continue;
    let e = k + 1 + n;
    if (toks[e]?.text === "." && st.length === 1) e++;
    if (toks[e]?.text === ")") return e + 1;
  }
  return k;
}

/** Does a style end with token e (inclusive)? Only the start of the style is checked for context. */
function styleEndsAt(toks: Tok[], e: number): boolean {
  for (const st of STYLES_BY_LAST.get(toks[e]?.norm ?? "") ?? []) {
    const p = e - st.length + 1;
    if (p < 0) continue;
    let k = 0;
    while (k < st.length && toks[p + k].norm === st[k]) k++;
    if (k === st.length && casedAsListed(toks, p, st)) return true;
  }
  return false;
}

// "Samdech Akka Moha Sena Padei Techo": a Khmer style may run to six words.
const LONGEST_STYLE = styles.reduce((m, st) => Math.max(m, st.length), 1);

function styleCovers(toks: Tok[], i: number): boolean {
  for (let p = i; p >= Math.max(0, i - LONGEST_STYLE - 3); p--) if (p + styleAt(toks, p) > i) return true;
  return false;
}

/** Where the style right before token i begins, or -1. */
export function styleStartBefore(toks: Tok[], i: number): number {
  // "H.E. Amb. Albert Muchanga", "H.E. Ms. Batmunkh BATTSETSEG": styles stack; the first one is where they start.
  // "Dato Seri Setia Dr Awang Haji Mohd Amin Liew": a Bruneian minister may carry four.
  let start = -1;
  for (let guard = 0; guard < 5; guard++) {
    const end = start < 0 ? i : start;
    let found = -1;
    // A bracketed style after it ("Dato' (Dr.)") adds up to four tokens.
    for (let p = end - 1; p >= Math.max(0, end - LONGEST_STYLE - 4); p--) if (p + styleAt(toks, p) === end) found = p;
    if (found < 0) break;
    start = found;
  }
  // ", the Hon. Hugh Todd", ", the Most Hon. Andrew Holness": the article belongs to the style.
  if (start > 0 && toks[start - 1].norm === "the" && (toks[start - 2]?.text === "," || isTitleWord(toks[start - 2] ?? toks[start - 1]))) start--;
  return start;
}

function honorificBefore(toks: Tok[], i: number): boolean {
  return styleStartBefore(toks, i) >= 0;
}
