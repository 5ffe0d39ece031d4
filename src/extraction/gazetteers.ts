// Loads the JSON gazetteers under ./data and answers lookups on them. Data, not code: adding a
// country, a title word or a topic never needs a code change.
import { readFileSync } from "node:fs";
import { fold, tokenize, type Tok } from "./text.ts";

export const DATA_DIR = new URL("./data/", import.meta.url);
export const DATA_FILES = [
  "countries.json",
  "places.json",
  "titles.json",
  "surnames.json",
  "vocabulary.json",
  "organizations.json",
  "instruments.json",
  "topics.json",
  "cues.json",
  "office-holders.json",
] as const;

function load<T>(file: (typeof DATA_FILES)[number]): T {
  return JSON.parse(readFileSync(new URL(file, DATA_DIR), "utf8")) as T;
}

interface CountryRow {
  code: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  /** false: the two-letter code is not read as a word ("Al", "So", "To"); lookupCountry still takes it. */
  matchCode?: boolean;
  /** Capitals-only short forms the press uses for the country ("SA" for South Africa). One that is another country's
   * code or name too is read by the report's context (`sharedShortForms`). */
  shortForms?: string[];
}
interface PlaceRow {
  name: string;
  /** null: a region of several countries whose name holds a country's ("Latin America"), so that it counts for none. */
  country: string | null;
  /** "Bavarian", "Sabahan": a region's demonym says the person's country as a country's does. */
  demonyms?: string[];
}
interface OrgRow {
  name: string;
  acronym: string | null;
  country: string | null;
}
export interface SurnameRow {
  order: string;
  shortRef: "first" | "last" | "family" | "any";
  /** A full-name shape only this tradition gives under its family names (see surnames.json). */
  ownShape?: { minWords: number; hyphenated: boolean };
  /** The names listed cover nearly every holder of the tradition (see surnames.json). */
  closed?: boolean;
  names: string[];
}
export interface KnownInstrument {
  title: string;
  acronym: string;
  kind: string;
}

export const countries = load<CountryRow[]>("countries.json");
export const places = load<PlaceRow[]>("places.json");
const titlesData = load<{ roleSynonyms: Record<string, string[]>; words: string[]; openers: Record<string, string[]>; fields: string[]; heads: string[]; abbreviations: Record<string, string>; personal: string[]; styles: string[]; casedStyles: string[]; styleCountries: Record<string, string>; titleCountries: Record<string, string>; styleNames: string[]; styleGivenNames: string[]; titleFamilyNames: string[]; regnal: string[]; postNominals: string[]; monarchs: string[]; formerPrefixes: string[]; retired: string[]; particles: { inside: string[]; patronymic: string[]; family: string[]; articles: string[]; generational: string[]; elided?: string[] } }>("titles.json");
const surnamesData = load<Record<string, SurnameRow | string>>("surnames.json");
const vocabData = load<{ function: string[]; calendar: string[]; nouns: string[]; placeHeads: string[]; officeBuildings: string[] }>("vocabulary.json");
const orgData = load<{ known: OrgRow[]; orgWords: string[] }>("organizations.json");
const instrumentData = load<{ heads: Record<string, string>; known: KnownInstrument[]; modifiers?: string[]; determiners?: string[]; nonTopic?: string[]; verbs?: string[]; generic?: string[]; evaluative?: string[]; loose?: string[]; amounts?: string[]; documents?: string[]; capitalOnly?: string[]; purposes?: string[] }>("instruments.json");
const topicData = load<{ topics: Record<string, string[]> }>("topics.json");
export const cues = load<Cues>("cues.json");

export interface Cues {
  proposalVerbs: Record<string, string>;
  meetingVerbs: { pattern: string; kind: string; roles: "subject-host" | "subject-guest" | "peers" | "agent-host" }[];
  meetingNouns: Record<string, string>;
  plannedCues: string[];
  /** "to meet the new target": heads of an object that "meet" satisfies rather than encounters. */
  satisfiedObjects: { nouns: string[] };
  statusCues: Record<string, string[]>;
  /** "will start negotiations on", "agreed to begin negotiating": an intention, a start verb, a word of negotiation. */
  negotiationStarts: { intent: string[]; verbs: string[]; objects: string[]; nouns: string[]; nounIntent: string[]; revisions: string[] };
  /** "urged them to implement the agreement", "called on X to suspend its memorandum": verbs whose object exists. */
  existingInstrumentVerbs: { verbs: string[] };
  /** "The pact is awaiting ratification": cues that an instrument is signed but not in force, and the determiners of a
   * reference to it opening the next sentence. */
  pendingRatification: { cues: string[]; references: string[] };
  enteredForce: { cues: string[]; operating: string[] };
  textInNegotiation: { nouns: string[]; states: string[]; reviews: string[] };
  /** "which was concluded in January and is yet to be signed": cues that a text is agreed but its signing still pending. */
  pendingSignature: { cues: string[] };
  fronting: string[];
  reportingVerbs: string[];
  /** "told Asharq Al-Awsat that": reporting verbs whose object is the listener. */
  listenerVerbs: { verbs: string[] };
  groupReferences: string[];
  attendance: string[];
  untoldReferences: { nouns: string[]; verbs: string[] };
  /** Sentence openers that set what follows on the day of the encounter just told ("In the afternoon, ..."). */
  sameDayOpeners: string[];
  /** Openers naming a part of a day ("In the evening, ..."): the story's day, which a flashback told before them is not. */
  dayPartOpeners: string[];
  /** Words of a request or an invitation, whose "to attend the summit" names an event, not an encounter. */
  requests: string[];
  proposing: { verbs: string[] };
  /** "European Commissioner", "UN Secretary-General": words of a title held for a body above countries. */
  supranationalTitles: { words: string[] };
  nonActs: { objects: string[] };
  /** "in the presence of X", "joined by X", "attended on the Saudi side by X": people who join an encounter told nearby. */
  companions: string[];
  visitSpanCues: string[];
  pageFurniture: { linePrefixes: string[]; cookieWords: string[]; lineSuffixes: string[]; bylineRoles: string[]; listHeaders: string[]; ownerPrefixes: string[] };
  /** Words that set two officials of a sentence on opposite sides ("X held talks with Y", "received by"). */
  opposingWords: string[];
  spouses: string[];
  /** Determiners before "<demonym> <role noun>" that make it a reference to someone else ("the Canadian minister"). */
  otherSideDeterminers: string[];
  /** Words that open a clause or a conjunct before "the <demonym> <title>" ("..., while the Namibian President called"):
   * the role there is another person's, not a qualifier of a name in the sentence. */
  clauseOpeners: string[];
  /** "conveyed the greetings of X" (the messenger's side), "conveyed his best wishes to X" (the other side). */
  messages: { of: string; to: string; possessive: string };
  /** "a one-on-one session", "a closed-door meeting" (modifier and noun) beside a wider one ("the expanded session"). */
  privateSessions: { modifiers: string[]; nouns: string[]; wider: string[]; bare: { sessions: string[]; pretest: string[]; sequels: string[]; wider: string[] } };
  /** Words of travel before a destination; `direct` take it without "to" or "in". */
  travel: { words: string[]; direct: string[]; meet: string[]; hosts: string[] };
  /** "in the eastern Democratic Republic of Congo": a region's words between a preposition and a country. */
  regionModifiers: { words: string[] };
  remits: { heads: string[] };
  /** "one billion US dollars": currencies' names after a country word; `after` only after a number or a magnitude. */
  currencies: { plain: string[]; after: string[]; magnitudes: string[] };
  /** "Chongqing S. Rd.": street words after a place (a compass word between) make it a street. */
  streets: { words: string[]; compass: string[] };
  /** "Kassym-Jomart Tokayev held talks": verbs after which a bare full name opening a sentence is a person. */
  personSubjectVerbs: { verbs: string[] };
  /** "signed for Nigeria", "on behalf of Kenya": a signatory's verbs and the links before his country. */
  signedFor: { verbs: string[]; links: string[] };
  /** Nouns that a country word turns into one side of an encounter ("on the Saudi side", "the Turkmen delegation"). */
  sides: { nouns: string[]; openers: string[] };
  /** "also joined the discussions", "sat in on the Jamaican side": who joins the encounter just told. */
  joining: { verbs: string[]; partaking: string[]; nouns: string[]; sides: string[]; bare: string[]; alongWith: string[] };
  /** "the visiting delegation", "the visiting heads of state": the guests of the latest encounter that had guests. */
  visitors: { nouns: string[] };
  /** "discussed ... the upcoming summit": verbs whose object names a gathering talked about. */
  topicVerbs: { verbs: string[] };
  /** Titles "the two ministers" may name ("Adviser for Foreign Affairs"), folded-title patterns. */
  ministerTitles: { patterns: string[] };
  /** Stems of the field a title names ("foreign", "defen[cs]e"). */
  portfolioFields: { stems: string[] };
  /** Nouns of a gathering ("summit", "retreat") with the readings each has, and the words of a multi-party encounter. */
  gatherings: { nouns: Record<string, GatheringReading[]>; multipartyWords: string[] };
}

export type GatheringReading = "hosted" | "sidelines" | "multiparty" | "fronted";

/** The gathering nouns of one reading as a regular-expression alternation (no group); `capitalised` for an event's name
 * ("hosted the 4th Trilateral Meeting"). */
export function gatheringNouns(reading: GatheringReading, capitalised = false): string {
  return Object.entries(cues.gatherings.nouns)
    .filter(([, readings]) => readings.includes(reading))
    .map(([noun]) => (capitalised ? noun[0].toUpperCase() + noun.slice(1) : noun))
    .join("|");
}

export const titleWords = new Set(titlesData.words.map(fold));
/** Function words that open a title right before one of their title words (`titles.json` `openers`: "Under Secretary"). */
export const titleFields = new Set(titlesData.fields.map(fold));
export const titleOpeners = new Map(Object.entries(titlesData.openers).map(([w, heads]) => [fold(w), new Set(heads.map(fold))] as const));
/** "then-Prime Minister", "ex-President": prefixes of a past holder of the office, hyphenated to the title. */
export const formerPrefixes = new Set(titlesData.formerPrefixes.map(fold));
/** The titles a head of state or government holds ("president", "prime minister", "king"), folded: what "the leader" means. */
export const leaderTitles = [...(titlesData.roleSynonyms["head of state"] ?? []), ...(titlesData.roleSynonyms["head of government"] ?? [])].map(fold);
/** Role nouns and the titles they stand for (`titles.json` `roleSynonyms`: "head of government" is a prime minister), folded. */
export const roleSynonyms = new Map(Object.entries(titlesData.roleSynonyms).map(([role, list]) => [fold(role), list.map(fold)] as const));
/** Titles written right before a person's name ("Emperor Naruhito", "Mr Abe"). */
export const personalTitles = new Set(titlesData.personal.map(fold));
/** Name particles (`titles.json` `particles`): case-sensitive, as written. */
export const nameParticles = {
  inside: new Set(titlesData.particles.inside),
  patronymic: new Set(titlesData.particles.patronymic),
  family: new Set(titlesData.particles.family),
  generational: new Set(titlesData.particles.generational),
};
/** "al-Sharaa", "el-Sisi": a lower-case Arabic article hyphenated to a capitalised name. */
/** The Arabic articles of `titles.json` `particles.articles` ("al", "el", ...). */
export const nameArticles: string[] = titlesData.particles.articles;
export const ARTICLE_NAME_RE = new RegExp(`^(?:${titlesData.particles.articles.join("|")})[-‐‑]\\p{Lu}\\p{Ll}`, "u");
// Where ARTICLE_NAME_RE's hyphen may stand: right after one of the articles, when each is plain letters (null otherwise).
const ARTICLE_ENDS = titlesData.particles.articles.every((a: string) => /^[a-z]+$/i.test(a)) ? [...new Set(titlesData.particles.articles.map((a: string) => a.length))] : null;
const isArticleHyphen = (c: number) => c === 0x2d || c === 0x2010 || c === 0x2011;

const ELIDED_RE = new RegExp(`^(?:${(titlesData.particles.elided ?? []).join("|") || "(?!)"})['’](\\p{Lu}\\p{Ll}+)$`, "u");

/** "d'Abreu", "dell’Acqua": an elided particle joined to a capitalised family name (`titles.json` `particles.elided`);
 * "d'Affaires", "d'Ivoire" join a title word or a common word instead. */
export function elidedName(text: string): boolean {
  if (!text.includes("'") && !text.includes("’")) return false;
  const m = ELIDED_RE.exec(text);
  return !!m && !titleWords.has(fold(m[1])) && !vocabulary.has(fold(m[1]));
}

/** ARTICLE_NAME_RE.test(text), asked of every lower-case word: a word without a hyphen where an article would end (nearly
 * all of them) is ruled out before the pattern runs. */
export function articleName(text: string): boolean {
  if (ARTICLE_ENDS !== null && !hyphenAtArticleEnd(text, ARTICLE_ENDS)) return false;
  return ARTICLE_NAME_RE.test(text);
}
// A loop, not ends.some(callback): a callback reading `text` cost a closure and its context on each of ~280 words a report.
function hyphenAtArticleEnd(text: string, ends: number[]): boolean {
  for (const n of ends) if (isArticleHyphen(text.charCodeAt(n))) return true;
  return false;
}
/** Honorifics and forms of address before a name, as token sequences, longest first ("Datuk Seri" before "Datuk"). */
export const styles: string[][] = titlesData.styles.map((p) => tokenize(p, 0, p.length).map((t) => t.norm)).sort((a, b) => b.length - a.length);
/** Styles that count only written as listed ("HE", not the pronoun "He"): token texts by the style's tokens joined. */
export const casedStyles = new Map(titlesData.casedStyles.map((p) => { const toks = tokenize(p, 0, p.length); return [toks.map((t) => t.norm).join(" "), toks.map((t) => t.text)] as const; }));
/** Styles of one country's honours ("Daw" => MM), by the style's tokens (norm) joined with spaces. */
/** Offices only one country names so ("Secretary of State" => US), by the folded title; the entry "comment" aside. */
export const titleCountries = new Map(Object.entries(titlesData.titleCountries).filter(([t]) => t !== "comment").map(([t, code]) => [fold(t), code] as const));
export const styleCountries = new Map(Object.entries(titlesData.styleCountries).map(([p, code]) => [tokenize(p, 0, p.length).map((t) => t.norm).join(" "), code] as const));
/** Styles that are also name words inside a name ("Hassan Sheikh Mohamud"). */
export const styleNames = new Set(titlesData.styleNames.map(fold));
/** Styles that are also given names (`titles.json` `styleGivenNames`): "Puan Maharani". */
export const styleGivenNames = new Set(titlesData.styleGivenNames.map(fold));
export const titleFamilyNames = new Set(titlesData.titleFamilyNames.map(fold));
/** Regnal numerals, as written ("III"). */
export const regnalNumerals = new Set(titlesData.regnal);
export const postNominals = new Set(titlesData.postNominals);
export const retiredMarks = new Set(titlesData.retired.map(fold));
export const monarchTitles = titlesData.monarchs.map(fold);
export const roleHeads = titlesData.heads.map(fold).sort((a, b) => b.length - a.length);
export const abbreviations: Record<string, string> = titlesData.abbreviations;
// "Minister Delegate for Foreign Trade and Economic Attractiveness": an abstract noun's ending is no name's, listed or not.
// ("Nasution" is a name: not every Latin ending is abstract.)
const ABSTRACT_NOUN_RE = /.{4}(?:iveness|fulness|lessness|ation|ability|ibility|ivity)$/;
class Vocabulary extends Set<string> {
  override has(word: string): boolean {
    return super.has(word) || (word.length >= 9 && ABSTRACT_NOUN_RE.test(word));
  }
}
export const vocabulary: ReadonlySet<string> = new Vocabulary([...vocabData.function, ...vocabData.calendar, ...vocabData.nouns].map(fold));
export const functionWords = new Set(vocabData.function.map(fold));
export const calendar = new Set(vocabData.calendar.map(fold));
export const placeHeads = new Set(vocabData.placeHeads.map(fold));
/** "the Prime Minister's Office": nouns after an office's possessive that name a building or a service (`vocabulary.json`). */
export const officeBuildings: string[] = vocabData.officeBuildings;
export const orgWords = new Set(orgData.orgWords.map(fold));
export const knownOrgs = orgData.known;
/** Seats of government that stand for it ("Kremlin", "La Moncloa": `metonym` in organizations.json), by name. */
export const metonymOrgs = new Set(knownOrgs.filter((k) => "metonym" in k && k.metonym).map((k) => k.name));
/** Organisations above the countries ("United Nations", "ASEAN"): their officials take no country from context.
 * A national institution every state has ("Ministry of Foreign Affairs", `national` in the data) is not one. */
const international = new Set(knownOrgs.filter((k) => k.country === null && !("national" in k && k.national)).map((k) => k.name));
export const isInternationalOrg = (name: string | null): boolean => !!name && international.has(name);
export const instrumentHeads = instrumentData.heads;
export const knownInstruments = instrumentData.known;
export const instrumentModifiers = new Set<string>(instrumentData.modifiers ?? []);
export const instrumentDeterminers = new Set<string>(instrumentData.determiners ?? []);
export const instrumentNonTopic = new Set<string>(instrumentData.nonTopic ?? []);
export const instrumentVerbs = new Set<string>(instrumentData.verbs ?? []);
export const instrumentGeneric = new Set<string>(instrumentData.generic ?? []);
/** Verbs of an infinitive that names what an instrument is for ("an agreement to avoid double taxation"). */
export const instrumentPurposes: string[] = instrumentData.purposes ?? [];
export const instrumentEvaluative = new Set<string>(instrumentData.evaluative ?? []);
/** Heads that the press uses for an instrument of any kind ("deal", "pact"). */
export const instrumentLoose = new Set<string>(instrumentData.loose ?? []);
/** A word and a head that name a form one files ("customs declaration"), not an instrument, folded. */
export const instrumentDocuments = new Set<string>((instrumentData.documents ?? []).map(fold));
/** Heads that name an instrument only inside a capitalised title (`instruments.json` `capitalOnly`). */
export const instrumentCapitalOnly = new Set<string>((instrumentData.capitalOnly ?? []).map(fold));
/** Words of a sum of money before an instrument ("million", "USD"). */
export const instrumentAmounts = new Set<string>(instrumentData.amounts ?? []);
export const topicCues = topicData.topics;

// ---- countries -------------------------------------------------------------------------------

const countryByKey = new Map<string, CountryRow>();
for (const c of countries) {
  for (const k of [...(c.matchCode === false ? [] : [c.code]), c.name, ...c.aliases, ...c.demonyms]) {
    const key = fold(k);
    if (!countryByKey.has(key)) countryByKey.set(key, c);
  }
}

/** Demonyms that several countries share ("Dominican": Dominica and the Dominican Republic; "Congolese"), by their
 * tokens (norm) joined with spaces => the countries' codes in data order. The report's own names for a country decide
 * between them (`demonyms.ts`); the first row holds only when the report names none of them. */
export const sharedDemonyms = new Map<string, string[]>();
for (const c of countries) {
  for (const d of c.demonyms) {
    const key = tokenize(d, 0, d.length).map((t) => t.norm).join(" ");
    const list = sharedDemonyms.get(key) ?? [];
    if (!list.includes(c.code)) list.push(c.code);
    sharedDemonyms.set(key, list);
  }
}
for (const [key, list] of sharedDemonyms) if (list.length < 2) sharedDemonyms.delete(key);

/** Short forms several countries answer to ("SA": Saudi Arabia's code and South Africa's short form), folded => the
 * countries' codes, the form's owner first. The report's own names, places and demonyms decide between them
 * (`demonyms.ts`); the owner holds when the report names none of them. A short form no other country answers to is read
 * as its country's name. */
export const sharedShortForms = new Map<string, string[]>();
for (const c of countries) {
  for (const f of c.shortForms ?? []) {
    const key = fold(f);
    const owner = countryByKey.get(key);
    if (!owner) countryByKey.set(key, c);
    else if (owner !== c) sharedShortForms.set(key, [...(sharedShortForms.get(key) ?? [owner.code]), c.code]);
  }
}
const shortFormKeys = new Set(countries.flatMap((c) => (c.shortForms ?? []).map(fold)));

/** ISO code or any name, alias or demonym => { code, name }; null when unknown. */
export function lookupCountry(codeOrName: string): { code: string; name: string } | null {
  if (typeof codeOrName !== "string" || !codeOrName.trim()) return null;
  const s = codeOrName.trim();
  if (/^[A-Za-z]{2}$/.test(s)) {
    const byCode = countries.find((c) => c.code === s.toUpperCase());
    if (byCode) return { code: byCode.code, name: byCode.name };
  }
  const row = countryByKey.get(fold(s).replace(/^the /, ""));
  return row ? { code: row.code, name: row.name } : null;
}

// The first place of each folded name, as a search of the list in order would find it.
const placeByKey = new Map<string, PlaceRow>();
for (const p of places) if (!placeByKey.has(fold(p.name))) placeByKey.set(fold(p.name), p);

export function placeCountry(name: string): string | null {
  const key = fold(name);
  return placeByKey.get(key)?.country ?? null;
}

// ---- multi-token phrases -----------------------------------------------------------------------

export type PhraseType = "country" | "demonym" | "place" | "org" | "instrument";
export interface PhraseHit {
  type: PhraseType;
  /** Country code for country/demonym/place/org; acronym for known org/instrument. */
  value: string | null;
  name: string;
  length: number;
}

const phraseIndex = new Map<string, { toks: string[]; hit: Omit<PhraseHit, "length"> }[]>();
function addPhrase(phrase: string, hit: Omit<PhraseHit, "length">): void {
  const toks = tokenize(phrase).map((t) => t.norm);
  if (toks.length === 0) return;
  const list = phraseIndex.get(toks[0]) ?? [];
  list.push({ toks, hit });
  phraseIndex.set(toks[0], list);
}
for (const c of countries) {
  for (const n of [c.name, ...c.aliases]) addPhrase(n, { type: "country", value: c.code, name: c.name });
  for (const d of c.demonyms) addPhrase(d, { type: "demonym", value: c.code, name: c.name });
  // "Moroccans Living Abroad", "Nigerians in the diaspora": the people of a country name it as its demonym does.
  for (const d of c.demonyms) if (/(?:an|i)$/.test(d) && !countryByKey.has(fold(`${d}s`))) addPhrase(`${d}s`, { type: "demonym", value: c.code, name: c.name });
}
for (const p of places) {
  addPhrase(p.name, { type: "place", value: p.country, name: p.name });
  for (const d of p.demonyms ?? []) addPhrase(d, { type: "demonym", value: p.country, name: p.name });
}
for (const o of knownOrgs) {
  addPhrase(o.name, { type: "org", value: o.country, name: o.name });
  if (o.acronym) addPhrase(o.acronym, { type: "org", value: o.country, name: o.name });
}
for (const k of knownInstruments) {
  addPhrase(k.title, { type: "instrument", value: k.acronym, name: k.title });
}
for (const list of phraseIndex.values()) list.sort((a, b) => b.toks.length - a.toks.length);

/** Longest gazetteer phrase starting at toks[i] (case-insensitive, diacritics ignored). */
export function matchPhrase(toks: Tok[], i: number): PhraseHit | null {
  const list = phraseIndex.get(toks[i]?.norm ?? "");
  if (!list) return null;
  for (const { toks: p, hit } of list) {
    if (i + p.length > toks.length) continue;
    let ok = true;
    for (let k = 0; k < p.length; k++) {
      if (toks[i + k].norm !== p[k]) {
        ok = false;
        break;
      }
    }
    // Single short words such as "US" or "Lao" only count when written with a capital.
    if (ok && p.length === 1 && !toks[i].cap) ok = false;
    if (ok) return { type: hit.type, value: hit.value, name: hit.name, length: p.length };
  }
  return null;
}

const demonymSets = new WeakMap<CountryRow, Set<string>>();
function foldedDemonyms(row: CountryRow): Set<string> {
  let set = demonymSets.get(row);
  if (!set) demonymSets.set(row, (set = new Set(row.demonyms.map(fold))));
  return set;
}

/** Country code of a single token: "Vietnamese", "RoK", "Lao", parts of "Vietnam-Laos". `chosen`: the document's
 * reading of a demonym several countries share (`Doc.demonymChoice`). */
/** "US$1.3 billion", "NZ$40 million": a country's code glued to a currency sign names the money; "PRESS RELEASE NO.
 * 26/231": "No." before a number is the number sign. Neither is a mention of a side of the report. `after`: the
 * characters right after the token. */
export function codeNotCountry(t: Tok, after: string): boolean {
  if (!/^\p{Lu}{1,3}$/u.test(t.text)) return false;
  return after.startsWith("$") || (t.norm === "no" && /^\.\s?\d/.test(after));
}

export function tokenCountry(t: Tok, chosen?: ReadonlyMap<string, string>): { code: string; demonym: boolean } | null {
  if (!t.cap) return null;
  // A short form ("SA", "RSA") counts only in capitals, as a two-letter code does below.
  const short = shortFormKeys.has(t.norm);
  if (short && t.text !== t.text.toUpperCase()) return null;
  const pick = chosen?.get(t.norm);
  if (pick) return { code: pick, demonym: !short };
  const row = countryByKey.get(t.norm);
  if (!row) return null;
  // A two-letter code counts only in capitals: "Ng", "De", "Ma", "In", "It" are words and names, not NG, DE, MA, IN, IT.
  if (t.norm === row.code.toLowerCase() && t.text !== t.text.toUpperCase()) return null;
  return { code: row.code, demonym: foldedDemonyms(row).has(t.norm) };
}

// ---- names -------------------------------------------------------------------------------------

const surnameOrigins = new Map<string, string[]>();
export const shortRefConvention: Record<string, SurnameRow["shortRef"]> = {};
for (const [code, row] of Object.entries(surnamesData)) {
  if (typeof row === "string") continue;
  shortRefConvention[code] = row.shortRef;
  for (const n of row.names) {
    const key = fold(n);
    const list = surnameOrigins.get(key) ?? [];
    if (!list.includes(code)) list.push(code);
    surnameOrigins.set(key, list);
  }
}

const surnameRows = new Map<string, SurnameRow>();
for (const [code, row] of Object.entries(surnamesData)) if (typeof row !== "string") surnameRows.set(code, row);

/** Does a full name (its words) have the shape a naming tradition declares its own (`ownShape`)? */
export function hasOwnShape(row: Pick<SurnameRow, "ownShape"> | undefined, words: string[]): boolean {
  const shape = row?.ownShape;
  if (!shape) return false;
  return words.length >= shape.minWords && (shape.hyphenated || !words.some((w) => w.includes("-")));
}

/** The naming traditions among `codes` whose own shape the name has. */
export function traditionsShaped(codes: string[], words: string[]): string[] {
  return codes.filter((c) => hasOwnShape(surnameRows.get(c), words));
}

/** Are this country's officials recognisable by name: does surnames.json list nearly all its family names (`closed`)? */
export const hasNamingTradition = (code: string): boolean => !!surnameRows.get(code)?.closed;

/** Naming traditions a family name belongs to ("nguyen" => ["VN"], "lee" => ["KR", "CN"]). */
export function surnameOrigin(token: string): string[] {
  return surnameOrigins.get(fold(token)) ?? [];
}

export function expandAbbreviation(word: string): string {
  return abbreviations[fold(word)] ?? fold(word);
}

// "Daniel Noboa" in "Daniel Noboa Azín", "Kim Jong Un" for "Kim Jong-un": a name's words, diacritics, full stops and
// hyphens aside.
const holderWords = (name: string) => fold(name).replace(/[.'’]/g, "").split(/[\s-]+/).filter(Boolean);
const HOLDERS = Object.entries(load<{ holders: Record<string, string[]> }>("office-holders.json").holders).flatMap(([code, names]) => names.map((n) => ({ code, words: holderWords(n) })));

/** The country of an office holder the report may name without a word of it (office-holders.json), when one country's
 * listed name has all its words in this one, in order; null when none or several countries do. */
export function holderCountry(name: string): string | null {
  const words = holderWords(name);
  const codes = new Set<string>();
  for (const h of HOLDERS) {
    if (h.words.length === 1 ? words.length !== 1 || words[0] !== h.words[0] : !inOrder(h.words, words)) continue;
    codes.add(h.code);
  }
  return codes.size === 1 ? [...codes][0] : null;
}

function inOrder(sub: string[], all: string[]): boolean {
  let i = 0;
  for (const w of all) if (w === sub[i]) i++;
  return i === sub.length;
}
