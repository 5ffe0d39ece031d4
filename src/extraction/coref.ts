// Coreference: short names ("Dien", "Ambassador Oh"), pronouns, role nouns ("the host",
// "his Korean counterpart", "the Deputy PM") and groups ("the two leaders") resolve to officials.
import { mentionsIn, type Doc, type Mention, type Sent } from "./doc.ts";
import { abbreviations, ARTICLE_NAME_RE, cues, nameArticles, nameParticles, expandAbbreviation, functionWords, regnalNumerals, shortRefConvention, titleOpeners, titleWords, tokenCountry } from "./gazetteers.ts";
import { readFileSync } from "node:fs";
import { DATA_DIR, holderCountry, lookupCountry, officeBuildings, placeCountry } from "./gazetteers.ts";
import { cuePattern, escapeRe, fold, holdsAny, looseTok, lowerText, mayBeCapitals, mayMatch, type Tok, WORD_START } from "./text.ts";
import { isTitleWord, styleStartBefore } from "./names.ts";
import { sentenceLabelLength } from "./transcripts.ts";

const titles = JSON.parse(readFileSync(new URL("titles.json", DATA_DIR), "utf8")) as { heads: string[]; roleSynonyms: Record<string, string[]>; styleAbbreviations: Record<string, string[]>; styles: string[] };
const ROLE_HEADS = [...new Set([...titles.heads, ...Object.keys(titles.roleSynonyms), "pm", "deputy pm", "host", "hosts", "guest", "visitor", "visiting leader"])]
  .map(fold)
  .sort((a, b) => b.length - a.length);
const ROLE_RE = cuePattern(
  `\\b(the|his|her|their|its)\\s+((?:[\\p{L}-]+\\s+){0,2}?)(${ROLE_HEADS.map((h) => h.replace(/[\s-]+/g, "[\\s-]+")).join("|")})\\b`,
  "giu",
);
const ROLE_HEAD_SET = new Set(ROLE_HEADS);
const OFFICE_BUILDING_RE = new RegExp(`^['’]s\\s+(?:${officeBuildings.map((w) => w.replace(/\s+/g, "\\s+")).join("|")})\\b`, "u");
const DIPLOMACY_HEAD_RE = /\b(?:the|its)\s+(?:(\p{Lu}[\p{L}-]+)\s+)?head\s+of\s+(?:(\p{Lu}[\p{L}-]+)\s+)?diplomacy\b/giu;
const STYLE_GAP_RE = /^\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
// Every role reference ends in one of the heads: a sentence with none of them skips ROLE_RE.
const ROLE_HEAD_RE = new RegExp(`(?:${ROLE_HEADS.map((h) => h.replace(/[\s-]+/g, "[\\s-]+")).join("|")})`, "iu");
// "the two governors", "both central bank governors": a count or "both" before the plural of any role head names a
// group as the listed phrases do.
const plural = (h: string) => (/(?:s|sh|ch|x)$/.test(h) ? `${h}es` : /[^aeiou]y$/.test(h) ? `${h.slice(0, -1)}ies` : `${h}s`);
const PLURAL_HEADS = [...new Set(titles.heads.map(fold).filter((h) => /^[a-z]+$/.test(h)))].map(plural);
const COUNTED_GROUP = `(?:the\\s+(?:two|three)|both(?:\\s+the)?)\\s+(?:visiting\\s+)?(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,2}?(?:${PLURAL_HEADS.join("|")})`;
// "The two met for three hours", "The pair last spoke in March": "the two" or "the pair" as a subject, before its verb.
const BARE_PAIR = `(?:the\\s+two|the\\s+pair)(?=\\s+(?:(?:also|then|later|last|first|had|have|will|would)\\s+)?(?:met|meet|held|hold|discussed|agreed|signed|spoke|talked|exchanged|reviewed|co-chaired|are|were)\\b)`;
const GROUP_PHRASES = cues.groupReferences.filter((g) => g !== "they").map((g) => g.replace(/\s+/g, "\\s+"));
// cuePattern cannot read this pattern's start, so the leading `\b` (a call per position under i and u) is rewritten
// here: every alternative opens with an ASCII word character (the listed phrases checked at load, the counted groups
// and "the two"/"the pair" by construction), where WORD_START is the same test.
const GROUP_OPEN = GROUP_PHRASES.every((g) => /^[a-z0-9_]/i.test(g)) ? WORD_START : "\\b";
const GROUP_RE = new RegExp(`${GROUP_OPEN}(?:${GROUP_PHRASES.join("|")}|${COUNTED_GROUP}|${BARE_PAIR})\\b`, "giu");
// Every group phrase holds one of these words (the counted groups and "the two"/"the pair" by construction, the listed
// phrases checked here): a sentence whose lower-cased form has none of them skips GROUP_RE. Should a listed phrase lack
// them all, every sentence runs the pattern.
const GROUP_WORDS = ["two", "three", "both", "pair", "leaders", "ministers", "heads", "presidents", "diplomats"];
const GROUP_WORDS_COVER = cues.groupReferences.filter((g) => g !== "they").every((g) => GROUP_WORDS.some((w) => g.toLowerCase().includes(w)));
const holdsGroupWord = holdsAny(GROUP_WORDS);
const mayHoldGroup = (lower: string) => !GROUP_WORDS_COVER || holdsGroupWord(lower);
const PRONOUN_RE = /\b(he|she|him)\b/gi;
// Quotation marks and the pronoun "I", read in turn per sentence (a release's author, a quoted speaker); the characters
// either needs, tested first.
const QUOTE_OR_I_RE = /["“”]|\bI\b/g;
const QUOTE_OR_I_CHARS = /["“”I]/;
// A royal style's abbreviation, alone before a verb, opening a sentence ("HRH urged"); and the styles it abbreviates,
// written before a name (`styleAbbreviations` in titles.json).
const ROYAL_STYLES = new Map(
  Object.entries(titles.styleAbbreviations).map(([short, long]) => [short, new RegExp(`\\b(?:${[short, ...long].map((l) => l.replace(/\s+/g, "\\s+")).join("|")})\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s+){0,3}$`, "u")]),
);
const BARE_STYLE_RE = new RegExp(`^(${[...ROYAL_STYLES.keys()].join("|")})\\s+(?:also\\s+)?\\p{Ll}`, "u");
// "Samdech Thipadei proposed ...": a style of several words alone as a sentence's subject is the person last named with it.
const STYLE_WORDS = new Set(titles.styles.flatMap((t) => t.split(/\s+/)).map((w) => fold(w).replace(/\.$/, "")));
/** ", " alone, or with styles of address before a name (", Mr. ", ", H.E. Dr "). */
function styledGap(gap: string): boolean {
  const m = /^\s*,\s*((?:[\p{L}.'’]+\s+)*)$/u.exec(gap);
  return !!m && m[1].split(/\s+/).filter(Boolean).every((w) => STYLE_WORDS.has(fold(w).replace(/\.$/, "")));
}
const LONG_STYLES = titles.styles.filter((t) => /\s/.test(t)).sort((a, b) => b.length - a.length);
const BARE_LONG_STYLE_RE = new RegExp(`^(${LONG_STYLES.map((t) => escapeRe(t).replace(/\s+/g, "\\s+")).join("|")})\\s+(?:also\\s+|,\\s+for\\s+(?:his|her)\\s+part,\\s+)?\\p{Ll}`, "u");
// ("According to X, who briefed reporters, Samdech Thipadei Prime Minister welcomed ...": and so is the style with the
// office's title words after it, opening a clause after a comma.)
const CLAUSE_LONG_STYLE_RE = new RegExp(`,\\s+(${LONG_STYLES.map((t) => escapeRe(t).replace(/\s+/g, "\\s+")).join("|")})((?:\\s+\\p{Lu}[\\p{L}-]*){1,3})\\s+(?:also\\s+)?\\p{Ll}`, "gu");
/** A style as written before a name, its first word alone or with up to two words more of a longer form after it ("Samdech
 * Thipadei" for "Samdech Moha Borvor Thipadei Keo Vanna"), and up to three capitalised words before the name. */
function styleBefore(style: string): RegExp {
  const [first, ...rest] = style.trim().split(/\s+/).map(escapeRe);
  return new RegExp(`${first}\\s+(?:\\p{Lu}[\\p{L}'-]*\\s+){0,2}?${rest.join("\\s+")}\\s+(?:\\p{Lu}[\\p{L}'-]*\\s+){0,3}$`, "u");
}
const FRONTING = new Set(cues.fronting.map(fold));
// Between an object and a later "him", words that open another clause whose subject "him" may be: "X met Y, who thanked
// him", "X told Y that he would invite him".
const OBJECT_BARRIER_RE = new RegExp(`\\b(?:who|whom|that|which|while|whereas|but|${cues.reportingVerbs.map((v) => v.replace(/[^\w\s]/g, "")).join("|")})\\b|[;:"“”]`, "i");

/** The spans of the quotations of a sentence that close before `at` (straight or curly double quotes). */
function quotationsBefore(s: Sent, at: number): [number, number][] {
  if (!/["“”]/.test(s.text)) return [];
  const out: [number, number][] = [];
  const re = /["“][^"“”]*["”]/g;
  let q: RegExpExecArray | null;
  while ((q = re.exec(s.text)) && s.start + q.index + q[0].length <= at) out.push([s.start + q.index, s.start + q.index + q[0].length]);
  return out;
}

/** Which tokens of a name a writer uses for a short reference, by naming tradition. */
function shortRefs(allParts: string[], origin: string | null): string[] {
  // "Francisco Tiu Laurel Jr.": a generational suffix is never the short form.
  // "Charles III": nor is a regnal numeral.
  const parts = allParts.length > 2 || regnal.has(allParts[allParts.length - 1]) ? allParts.filter((p, k) => k === 0 || !NAME_SUFFIXES.has(p.replace(/\.$/, ""))) : allParts;
  const conv = origin ? shortRefConvention[origin] : undefined;
  if (conv === "last") return [parts[parts.length - 1]];
  if (conv === "first") return [parts[0]];
  const out = [parts[0], parts[parts.length - 1]];
  // "Luiz Inacio Lula da Silva" => "Lula": the word before a lower-case particle is a common short form.
  for (let k = 1; k + 1 < parts.length; k++) if (NAME_PARTICLES.has(parts[k + 1]) && !NAME_PARTICLES.has(parts[k])) out.push(parts[k]);
  // "Hugo de Zela Martínez" => "de Zela": a first family name after its particle, before a second one.
  for (let k = 1; k + 2 < parts.length; k++) if (NAME_PARTICLES.has(parts[k]) && !NAME_PARTICLES.has(parts[k + 1])) out.push(parts[k + 1]);
  // "Josep Borrell Fontelles" => "Borrell", "Tengku Zafrul Aziz" => "Zafrul": with no known tradition, a three-word name's
  // middle word (a first family name or a personal name) is also used alone.
  if (!origin && parts.length === 3 && parts[1].length > 2 && !NAME_PARTICLES.has(parts[1])) out.push(parts[1]);
  // "Carlos Ramiro Martínez Alvarado" => "Martínez": two given names and two family names, the first family name alone.
  if (!origin && parts.length === 4 && parts.every((p) => p.length > 2 && !NAME_PARTICLES.has(p))) out.push(parts[2]);
  // "Abdel Fattah el-Sisi" => "Sisi": the family name is also written without its article.
  const last = BARE_AFTER_ARTICLE_RE.exec(parts[parts.length - 1]);
  if (last) out.push(last[1]);
  // "Sayyid Badr bin Hamad Al Busaidi" => "Albusaidi": and an article written apart is also written joined to it.
  if (parts.length >= 3 && ARTICLES.has(parts[parts.length - 2])) out.push(parts[parts.length - 2] + parts[parts.length - 1]);
  return out;
}
const BARE_AFTER_ARTICLE_RE = new RegExp(`^(?:${nameArticles.join("|")})[-‐‑](\\p{L}{3,})$`, "u");
const regnal = new Set([...regnalNumerals].map((r) => r.toLowerCase()));
const ARTICLES = new Set(nameArticles.map((a) => a.toLowerCase()));
const NAME_SUFFIXES = new Set([...[...nameParticles.generational].map((g) => g.toLowerCase()), ...regnal]);
const NAME_PARTICLES = new Set(["da", "de", "do", "dos", "das", "von", "van", "der", "den", "del", "della", "di", "du", "la", "las", "los", "bin", "binti", "al", "el", "ibn"]);

// A release's signature: a line of a name after styles only ("Senator the Hon Penny Wong"), then a line with an office.
const SIGNATURE_STYLES_RE = /^[ \t]*(?:(?:Senator|the|The|Hon|Rt|Dr|Mr|Ms|Mrs|Prof)\.?[ \t]+)*$/;
const SIGNATURE_OFFICE_RE = /^[ \t]*[^\n]{0,60}\b(?:Minister|Secretary|President|Premier|Chancellor)\b[^\n]{0,60}$/;

/** The one official a document is signed by, as a ministerial media release is: the "I" of its body. */
function releaseAuthor(doc: Doc): number | null {
  const found = new Set<number>();
  for (const o of doc.officials) {
    for (const e of o.evidence) {
      // A signature line is short: look at most 60 characters either side (long lines cost no scan).
      const before = doc.text.slice(Math.max(0, e.start - 60), e.start);
      const after = doc.text.slice(e.end, e.end + 150);
      const lineBreak = before.lastIndexOf("\n");
      if ((lineBreak < 0 && e.start > 60) || !SIGNATURE_STYLES_RE.test(before.slice(lineBreak + 1))) continue;
      const lines = /^([^\n]*)\n([^\n]*)(?:\n|$)/.exec(after);
      if (!lines || !/^[ \t]*(?:MP)?[ \t]*$/.test(lines[1])) continue;
      // "Prime Minister of Australia" over "The Hon Anthony Albanese MP": a masthead gives the office first.
      const above = lineBreak < 0 ? "" : /(?:^|\n)([^\n]*)\n$/.exec(doc.text.slice(Math.max(0, e.start - before.length + lineBreak - 120), e.start - before.length + lineBreak + 1))?.[1] ?? "";
      if (SIGNATURE_OFFICE_RE.test(lines[2]) || SIGNATURE_OFFICE_RE.test(above)) found.add(o.id);
    }
  }
  return found.size === 1 ? [...found][0] : null;
}

// (Not "to" or "from": "spoke to Lima", "a letter from Lima" may name the person.)
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "outside"]);

export function resolveCoreference(doc: Doc): void {
  const refIndex = new Map<string, number[]>();
  for (const o of doc.officials) {
    // A one-word nickname ("Jokowi") is used like a short name.
    const nick = [...o.aliases].filter((a) => !/\s/.test(a)).map(fold);
    for (const p of [...shortRefs(o.parts, o.origin), ...nick]) {
      const list = refIndex.get(p) ?? [];
      list.push(o.id);
      refIndex.set(p, list);
    }
  }
  // ("Mohamad Hasan, popularly known as Tok Mat": a nickname of several words is used as written.)
  const phrases = doc.officials.flatMap((o) => [...o.aliases].filter((a) => /\s/.test(a)).map((a) => ({ re: new RegExp(`(?<![\\p{L}\\p{M}])${escapeRe(a)}(?![\\p{L}\\p{M}])`, "gu"), id: o.id })));
  const lastSeen = new Map<number, number>();
  const leads = new Map<number, Set<string>>();
  doc.focus = [];
  const author = releaseAuthor(doc);
  // A quotation opened after "Foreign Minister X stated:" runs over several sentences; its "I" is X.
  let speaker: number | null = null;
  let open = false;
  for (const s of doc.sentences) {
    const covered = (a: number, b: number) => mentionsIn(doc, s.index).some((m) => a < m.end && b > m.start);
    // "Today I spoke by phone with ...": outside quotation marks, the "I" of a release is the minister who signs it.
    // (Both scans below read quotation marks and "I": a sentence with none of them has nothing for them.)
    const quotesOrI = QUOTE_OR_I_CHARS.test(s.text);
    if (author !== null && quotesOrI) {
      let quoted = false;
      QUOTE_OR_I_RE.lastIndex = 0;
      for (let m: RegExpExecArray | null; (m = QUOTE_OR_I_RE.exec(s.text)); ) {
        if (m[0] !== "I") quoted = !quoted;
        else if (!quoted && !covered(s.start + m.index, s.start + m.index + 1)) addMention(doc, s, s.start + m.index, s.start + m.index + 1, "pronoun", author);
      }
    }
    QUOTE_OR_I_RE.lastIndex = 0;
    for (let m: RegExpExecArray | null; quotesOrI && (m = QUOTE_OR_I_RE.exec(s.text)); ) {
      if (m[0] !== "I") {
        open = m[0] === "“" ? true : m[0] === "”" ? false : !open;
        if (open) {
          const prev = s.index > 0 && m.index === 0 ? doc.sentences[s.index - 1] : null;
          const intro = prev && /:\s*$/.test(prev.text) ? mentionsIn(doc, prev.index).filter((x) => x.kind !== "pronoun").pop() : undefined;
          speaker = intro ? intro.entity : null;
        }
      } else if (open && speaker !== null && !covered(s.start + m.index!, s.start + m.index! + 1)) addMention(doc, s, s.start + m.index!, s.start + m.index! + 1, "pronoun", speaker);
    }
    for (const { re, id } of phrases) {
      re.lastIndex = 0;
      for (const m of s.text.matchAll(re)) {
        const start = s.start + m.index!;
        if (!covered(start, start + m[0].length)) addMention(doc, s, start, start + m[0].length, "alias", id);
      }
    }
    // Short names.
    s.toks.forEach((t, k) => {
      // "President al-Sharaa": a name word may start with the lower-case Arabic article.
      let ids = refIndex.get(t.norm);
      if (!ids || !(t.cap || ARTICLE_NAME_RE.test(t.text)) || !t.word || covered(t.start, t.end)) return;
      // "Speaker Among recalled", "Prime Minister May said": a family name that is also a function word
      // counts only right after a capitalised title word, where the word cannot be the preposition.
      if (functionWords.has(t.norm) && !(k > 0 && s.toks[k - 1].cap && isTitleWord(s.toks[k - 1]) && s.toks[k - 1].end === t.start - 1)) return;
      // "will travel to La Paz": a word of a place of several words is no short name ("Paz").
      if (s.gaz[k]?.type === "place" && s.gaz[k]!.length > 1) return;
      // "President Marcos Lima ... hosted him at the palace in Lima": a place after a preposition of place is the place.
      if ((s.gaz[k]?.type === "place" || s.gaz[k]?.type === "country") && k > 0 && PLACE_PREPOSITIONS.has(s.toks[k - 1].norm)) return;
      // A one-word place may also be a given name ("Huệ" / Hue): only the exact written form counts.
      if (s.gaz[k]) ids = writtenIn(doc, ids, t.text);
      if (!ids.length) return;
      const id = pick(styledAlike(ids, s, k, doc, leads), lastSeen, doc);
      addMention(doc, s, t.start, t.end, "alias", id);
      doc.officials[id].aliases.add(t.text);
    });
    // Role nouns and groups need the focus of earlier sentences.
    const prevFocus = lastFocus(doc, s.index);
    let m: RegExpExecArray | null;
    // "the head of Algerian diplomacy", "the Spanish head of diplomacy": the foreign minister (titles.json "chief
    // diplomat"), of the demonym's country.
    DIPLOMACY_HEAD_RE.lastIndex = 0;
    const diplomacy = lowerText(s).includes("diplomacy");
    while (diplomacy && (m = DIPLOMACY_HEAD_RE.exec(s.text))) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (covered(start, end)) continue;
      const id = resolveRole(doc, m[1] ?? m[2] ?? "", "chief diplomat", prevFocus, lastSeen, s);
      if (id !== null) addMention(doc, s, start, end, "role", id);
    }
    ROLE_RE.lastIndex = 0;
    const roles = mayMatch(ROLE_HEAD_RE, lowerText(s));
    while (roles && (m = ROLE_RE.exec(s.text))) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (covered(start, end)) continue;
      const after = doc.text.slice(end, end + 40);
      // "the Minister-President of Bavaria": the first half of a hyphenated title whose second half is itself a head
      // (while "the Secretary-General" is a secretary).
      const joined = /^-(\p{L}+)/u.exec(after);
      // ("the Minister-President held talks": the compound names the one official whose title holds it.)
      if (joined && ROLE_HEAD_SET.has(fold(joined[1]))) {
        const compound = `${fold(m[3])}-${fold(joined[1])}`;
        const holders = m[2].trim() ? [] : doc.officials.filter((o) => o.title && fold(o.title).includes(compound));
        if (holders.length === 1 && !covered(start, end + joined[0].length)) addMention(doc, s, start, end + joined[0].length, "role", holders[0].id);
        continue;
      }
      // "His Highness the Amir Sheikh Tamim ...": a style before the name it belongs to, not a reference.
      if (mentionsIn(doc, s.index).some((x) => x.kind === "name" && x.start >= end && x.start - end < 60 && STYLE_GAP_RE.test(doc.text.slice(end, x.start)))) continue;
      // "his four-day official visit", "the official talks": the adjective, not a person.
      if (/^official$/i.test(m[3]) && /^\s+(?:visits?|trips?|tours?|talks|meetings?|ceremony|reception|residence|statement|working|delegation)\b/i.test(after)) continue;
      // "the state guest house", "the host country": a noun the role word qualifies, not a person.
      if (/^(?:host|hosts|guest)$/i.test(m[3]) && /^\s+(?:house|houses|country|countries|city|nation|government|venue|team)\b/i.test(after)) continue;
      // "at the Prime Minister's Office in Jerusalem": an office's building or service is a place, no reference to a person.
      if (OFFICE_BUILDING_RE.test(after)) continue;
      // "the Chancellor Olaf Scholz": a title before a name, not a reference. ("The Secretary General thanked": a title
      // word after the head goes on the title, and a lower-case word after it tells a reference.)
      const titleGoesOn = /^\s+(\p{Lu}\p{Ll}+)\s+\p{Ll}/u.exec(after);
      const more = titleGoesOn && titleWords.has(fold(titleGoesOn[1])) ? titleGoesOn[0].length - titleGoesOn[0].trimStart().length + titleGoesOn[1].length : 0;
      if (!more && /^\s+\p{Lu}[\p{Ll}]/u.test(after) && !/^\s+(?:to|of|for|and|in|on|at|as)\b/.test(after)) continue;
      if (/^\s*(?:of|to)\s+(?:the\s+)?\p{Lu}/u.test(after) && !/^(?:host|guest)/i.test(m[3])) {
        // "the Ambassador of the Republic of Uzbekistan paid a call": a role and its country, with no name after it.
        // ("Sugiono, the Minister of Foreign Affairs of the Republic of Indonesia,": an apposition of the name before it.)
        const apposition = mentionsIn(doc, s.index).some((x) => x.kind !== "pronoun" && x.end <= start && /^\s*,\s*$/.test(doc.text.slice(x.end, start)));
        const of = apposition ? null : countryAfterRole(doc, s, end);
        if (!of) {
          // "The head of the Cabinet asked ...": the one official whose own title is of that body, not a deputy of it.
          const body = apposition || m[2].trim() ? null : BODY_AFTER_ROLE_RE.exec(after);
          // ("the Minister of Foreign Affairs, Amb. Yusuf Tuggar,": a title in apposition before its name, not a reference.)
          const named = body && mentionsIn(doc, s.index).some((x) => x.kind === "name" && x.start > end && x.start - end < 80 && TITLE_BEFORE_NAME_RE.test(doc.text.slice(end, x.start)));
          // ("The President of the Moldovan Parliament": a demonym before the body names the holder's country.)
          const demonym = body && !named ? DEMONYM_BODY_RE.exec(after) : null;
          const nation = demonym ? tokenCountry(looseTok(demonym[2], fold(demonym[2]), true), doc.demonymChoice) : null;
          const bodyWord = nation?.demonym ? demonym![3] : body?.[2] ?? "";
          const held = !body || named ? "" : body[1] ? `of the ${fold(bodyWord)}` : `${fold(m[3])} of ${fold(bodyWord)}`;
          const holders = held ? doc.officials.filter((o) => o.title && fold(o.title).includes(held) && !/\b(?:deputy|vice|assistant|first deputy)\b/i.test(o.title) && (!nation?.demonym || o.country === nation.code)) : [];
          if (body && holders.length === 1) addMention(doc, s, start, end + (nation?.demonym ? demonym![0].length : body[0].length), "role", holders[0].id);
          continue;
        }
        const id = resolveRole(doc, of.country, m[3], prevFocus, lastSeen, s);
        if (id !== null && !m[2].trim()) addMention(doc, s, start, of.end, "role", id);
        continue;
      }
      // "the Vice-President, Kashim Shettima, held talks": the title of the name in apposition after it.
      // ("the Prime Minister,\nMr. Mokhtar Ould Djay,": with the name's style between.)
      if (/^\s*,\s*/.test(after) && mentionsIn(doc, s.index).some((x) => x.kind === "name" && x.start > end && styledGap(doc.text.slice(end, x.start)))) continue;
      // ("with the Commissioner for Internal Affairs and Migration, Mr. Magnus Brunner": with the office's field between.)
      // (Not "his Special Adviser on Information, Mr X": whose adviser he is tells his country.)
      const field = /^the$/i.test(m[1]) ? /^\s+(?:for|of|in|on)\s+[^,;.:]{1,80}(?=,)/.exec(after) : null;
      if (field && mentionsIn(doc, s.index).some((x) => x.kind === "name" && x.start > end + field[0].length && styledGap(doc.text.slice(end + field[0].length, x.start)))) continue;
      // "Mette Frederiksen, the host of the summit,": an apposition of the name before it, not another reference.
      if (/^(?:host|guest)/i.test(m[3]) && /^\s+of\b/.test(after) && /,\s*$/.test(doc.text.slice(start - 3, start)) && mentionsIn(doc, s.index).some((x) => x.kind === "name" && /^\s*,\s*$/.test(doc.text.slice(x.end, start)))) continue;
      const id = resolveRole(doc, m[2], m[3], prevFocus, lastSeen, s);
      if (id !== null) addMention(doc, s, start, end + more, "role", id);
    }
    // "Prime Minister Anwar received his counterpart at Perdana Putra": a bare counterpart (no name after it) is the
    // official of another country whose title has the possessor's office, when exactly one has.
    BARE_COUNTERPART_RE.lastIndex = 0;
    while (/counterpart/i.test(s.text) && (m = BARE_COUNTERPART_RE.exec(s.text))) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (covered(start, end) || /^\s*,?\s*(?:\p{Lu}|the\s+\p{Lu})/u.test(doc.text.slice(end, end + 6))) continue;
      const named = m[1] ? demonymCountry(doc, m[1]) : null;
      // ("his Excellency counterpart" is no demonym: only a word that names a country narrows the counterpart.)
      if (m[1] && !named) continue;
      // ("Peters, who held a phone call with Wang Yi last month, is due to meet his Chinese counterpart": the possessor is
      // the subject, not someone inside a relative clause closed before it.)
      const asides = [...s.text.matchAll(CLOSED_RELATIVE_RE)].map((r) => [s.start + r.index!, s.start + r.index! + r[0].length]);
      const possessor = mentionsIn(doc, s.index).filter((x) => x.end <= start && x.kind !== "pronoun" && !asides.some(([a, b]) => x.start > a && x.end < b && b <= start)).pop();
      const id = bareCounterpart(doc, possessor?.entity, named);
      if (id !== null) addMention(doc, s, start, end, "role", id);
    }
    // "EAM proposed ...", "the FM said": a bare abbreviated office (titles.json `abbreviations`) used as a subject,
    // not before a name ("PM Modi"), refers to the holder of the office it expands to.
    s.toks.forEach((t, k) => {
      if (!mayBeCapitals(t.text, 2, 4) || !/^\p{Lu}{2,4}$/u.test(t.text) || !abbreviations[t.norm] || covered(t.start, t.end)) return;
      const next = s.toks[k + 1];
      if (next && next.cap && next.word) return;
      const id = resolveRole(doc, "", abbreviations[t.norm], prevFocus, lastSeen, s);
      if (id !== null) addMention(doc, s, t.start, t.end, "role", id);
    });
    // "3. Ambassador proposed that ...", "Ambassador and the Deputy Minister reviewed": a mission's release names its own
    // head by the bare office, without article or name, as the subject opening a sentence; that is the holder of the
    // office, not whoever was named last. ("Secretary de la Fuente proposed": a lower-case particle opens a name.)
    {
      let k = 0;
      while (k < s.toks.length && !s.toks[k].word) k++;
      const t = s.toks[k];
      // ("Raksha Mantri proposed": an office of two capitalised words, one of the heads.)
      const two = t && s.toks[k + 1]?.cap && ROLE_HEAD_SET.has(`${t.norm} ${s.toks[k + 1].norm}`) ? 1 : 0;
      const last = s.toks[k + two];
      const next = s.toks[k + two + 1];
      if (t && t.cap && (two || ROLE_HEAD_SET.has(t.norm)) && !covered(t.start, last.end) && next && !(next.cap && next.word) && !/^(?:of|to|for|in|at|on|'s|’s)$/i.test(next.text) && (next.norm === "and" || (next.word && !next.cap && !nameParticles.inside.has(next.text) && !(s.toks[k + two + 2]?.cap && s.toks[k + two + 2]?.word)))) {
        const id = resolveRole(doc, "", doc.text.slice(t.start, last.end), prevFocus, lastSeen, s);
        if (id !== null) addMention(doc, s, t.start, last.end, "role", id);
      }
    }
    // "HRH urged both sides to ...": a royal style standing alone as the subject is the person last named with it.
    {
      const bare = BARE_STYLE_RE.exec(s.text);
      if (bare && !covered(s.start + bare.index, s.start + bare.index + bare[1].length)) {
        const long = ROYAL_STYLES.get(bare[1])!;
        const styled = doc.mentions.filter((x) => x.start < s.start && x.kind === "name" && long.test(doc.text.slice(Math.max(0, x.start - 40), x.start)));
        const id = styled.length ? styled[styled.length - 1].entity : null;
        if (id !== null) addMention(doc, s, s.start + bare.index, s.start + bare.index + bare[1].length, "role", id);
      }
      const long = bare ? null : BARE_LONG_STYLE_RE.exec(s.text);
      if (long && !covered(s.start, s.start + long[1].length)) {
        const style = styleBefore(long[1]);
        const styled = doc.mentions.filter((x) => x.start < s.start && x.kind === "name" && style.test(doc.text.slice(Math.max(0, x.start - 60), x.start)));
        if (styled.length) addMention(doc, s, s.start, s.start + long[1].length, "role", styled[styled.length - 1].entity);
      }
      if (!bare && !long && s.text.includes(",")) {
        CLAUSE_LONG_STYLE_RE.lastIndex = 0;
        for (let c: RegExpExecArray | null; (c = CLAUSE_LONG_STYLE_RE.exec(s.text)); ) {
          const from = s.start + c.index + c[0].indexOf(c[1]);
          const to = from + c[1].length + c[2].length;
          if (covered(from, to) || !c[2].trim().split(/\s+/).every((w) => titleWords.has(fold(w)))) continue;
          const style = styleBefore(c[1]);
          const styled = doc.mentions.filter((x) => x.start < from && x.kind === "name" && style.test(doc.text.slice(Math.max(0, x.start - 60), x.start)));
          if (styled.length) addMention(doc, s, from, to, "role", styled[styled.length - 1].entity);
        }
      }
    }
    GROUP_RE.lastIndex = 0;
    const groups = mayHoldGroup(lowerText(s));
    while (groups && (m = GROUP_RE.exec(s.text))) {
      const start = s.start + m.index;
      // "the two defence ministers, A and B": the names set off after the phrase are the group; it refers to no one before.
      const apposed = /^\s*,\s*/.exec(s.text.slice(m.index + m[0].length));
      if (apposed && mentionsIn(doc, s.index).some((x) => x.kind !== "pronoun" && x.start === start + m![0].length + apposed[0].length)) continue;
      doc.groups.push({ start, end: start + m[0].length, sentence: s.index, text: m[0], entities: [] });
    }
    // Pronouns: the subject of a sentence refers to the previous focus; later ones to this sentence's subject.
    const frontEnd = frontedEnd(s);
    PRONOUN_RE.lastIndex = 0;
    while ((m = PRONOUN_RE.exec(s.text))) {
      const start = s.start + m.index;
      if (covered(start, start + m[0].length)) continue;
      // "A and HE Touhid Hossain co-chaired": "HE" before a capitalised word is His Excellency, no pronoun.
      // ("HE the President of Finland invited ...": or before "the" and a capitalised title.)
      if (m[0] === "HE" && /^\s+(?:the\s+)?\p{Lu}/u.test(s.text.slice(m.index + 2, m.index + 8))) continue;
      // ("'I urged Indonesia to act, and Pak Prabowo agreed,' he wrote": a name inside a quotation closed before the pronoun
      // is not the subject of the sentence that quotes it.)
      const quoted = quotationsBefore(s, start);
      const before = mentionsIn(doc, s.index).filter((x) => x.end <= start && x.start >= frontEnd && !quoted.some(([a, b]) => x.start > a && x.end < b));
      let id: number | null;
      if (!before.length) id = prevFocus;
      else id = before[0].entity;
      // ("Traoré, whom he last met in March": the subject of a relative clause on a person is not that person; it is the
      // focus the sentence goes on from.)
      if (id !== null && before.length && WHOM_BEFORE_RE.test(doc.text.slice(Math.max(s.start, start - 24), start)) && before[before.length - 1].entity === id) {
        id = prevFocus !== id ? prevFocus : null;
      }
      // "X conveyed his greetings to Prime Minister Y and invited him to visit": an object pronoun is not the subject of
      // its own clause; it is the person named last since, unless a clause of speech or a relative clause opens between.
      if (/^him$/i.test(m[0]) && before.length > 1) {
        const last = [...before].reverse().find((x) => x.entity !== before[0].entity && x.kind !== "pronoun");
        if (last && !OBJECT_BARRIER_RE.test(doc.text.slice(last.end, start))) id = last.entity;
      }
      // "Museveni asked him to encourage ...": with only the subject named before it in its clause, an object pronoun is
      // someone else, the man the sentence before named last (or nobody we know), never the subject asking himself.
      if (/^him$/i.test(m[0]) && before.length && before.every((x) => x.entity === before[0].entity) && !OBJECT_BARRIER_RE.test(doc.text.slice(before[before.length - 1].end, start))) {
        const prior = s.index > 0 ? mentionsIn(doc, s.index - 1).filter((x) => x.kind !== "pronoun" && x.entity !== before[0].entity && genderOf(doc, x.entity) !== "f") : [];
        id = prior.length ? prior[prior.length - 1].entity : null;
      }
      // Gender agreement when it is known ("Nguyen Thi Hong ... She proposed"): the most recent person of that gender
      // in this or the previous sentence.
      const want = /^she$/i.test(m[0]) ? "f" : "m";
      const g = id !== null && id >= 0 ? genderOf(doc, id) : null;
      if (id !== null && id >= 0 && (g === null ? want === "f" : g !== want)) {
        const recent = [...mentionsIn(doc, s.index).filter((x) => x.end <= start), ...(s.index > 0 ? mentionsIn(doc, s.index - 1) : [])]
          .filter((x) => x.kind !== "pronoun" && genderOf(doc, x.entity) === want)
          .sort((a, b) => (a.sentence === b.sentence ? b.start - a.start : b.sentence - a.sentence));
        if (recent.length) id = recent[0].entity;
      }
      if (id !== null && id >= 0) {
        addMention(doc, s, start, start + m[0].length, "pronoun", id);
        if (/^(?:he|she)$/i.test(m[0])) learnGender(doc, id, m[0]);
      }
    }
    const subj = sentenceSubject(doc, s);
    doc.focus[s.index] = subj ? subj.entity : -1;
    for (const x of mentionsIn(doc, s.index)) lastSeen.set(x.entity, x.start);
  }
  principalsForGroups(doc);
  delegationLeader(doc);
  const counts = new Map<number, number>();
  for (const x of doc.mentions) counts.set(x.entity, (counts.get(x.entity) ?? 0) + 1);
  for (const o of doc.officials) o.mentions = counts.get(o.id) ?? 0;
}

// "The Chinese delegation was led by Liu Haixing, Minister of ...": the one delegation a report names its leader of.
const DELEGATION_LED_RE = /\bdelegation\s+(?:was|is|will\s+be|had\s+been|has\s+been)\s+(?:led|headed)\s+by\s+$/i;
// "a high-level delegation of the Communist Party of China", "the delegation", "the Chinese delegation".
const DELEGATION_RE = /\b(?:a|the)\s+((?:[\p{L}-]+\s+){0,2})delegation\b/giu;

/** "X and a high-level delegation of the CPC held talks ... The Chinese delegation was led by Y ... A day earlier, the
 * delegation had called on Z": in a report that names the leader of one delegation, a delegation within a few sentences
 * of it (before or after) is its leader, unless a demonym names another country. */
function delegationLeader(doc: Doc): void {
  const leaders: { sentence: number; entity: number }[] = [];
  for (const s of doc.sentences) {
    if (!/delegation/i.test(s.text)) continue;
    for (const m of mentionsIn(doc, s.index)) {
      if (m.kind === "name" && DELEGATION_LED_RE.test(doc.text.slice(Math.max(s.start, m.start - 60), m.start))) leaders.push({ sentence: s.index, entity: m.entity });
    }
  }
  if (new Set(leaders.map((l) => l.entity)).size !== 1) return;
  const { sentence, entity } = leaders[0];
  const country = doc.officials[entity].country;
  for (const s of doc.sentences.slice(Math.max(0, sentence - 2), sentence + 9)) {
    DELEGATION_RE.lastIndex = 0;
    for (const m of s.text.matchAll(DELEGATION_RE)) {
      const start = s.start + m.index!;
      const end = start + m[0].length;
      // ("the delegation of Viet Nam led by ...", "a delegation led by X": named where it stands.)
      if (/^\s+(?:led|headed|of\s+(?:the\s+)?\p{Lu}[\p{L}-]*\s+(?:led|headed))\b/u.test(doc.text.slice(end, end + 60)) && s.index !== sentence) continue;
      // ("invited X to lead a party delegation to China": after the leader is told, "a delegation" is another one.)
      if (/^a\s/i.test(m[0]) && s.index > sentence) continue;
      const words = m[1].trim().split(/\s+/).filter(Boolean);
      const named = words.map((w) => tokenCountry(looseTok(w, fold(w), /^\p{Lu}/u.test(w)), doc.demonymChoice)?.code).find(Boolean);
      if (named && named !== country) continue;
      if (mentionsIn(doc, s.index).some((x) => x.start < end && x.end > start)) continue;
      addMention(doc, s, start, end, "role", entity);
    }
  }
}

/** The officials of `ids` whose name has the word exactly as written. Its own function: a callback reading the token
 * gave every token of every sentence a context object. */
function writtenIn(doc: Doc, ids: number[], text: string): number[] {
  return ids.filter((id) => new RegExp(`(?:^|\\s)${text}(?:$|\\s)`, "u").test(doc.officials[id].name));
}

function addMention(doc: Doc, s: Sent, start: number, end: number, kind: Mention["kind"], entity: number): void {
  doc.mentions.push({ start, end, sentence: s.index, text: doc.text.slice(start, end), kind, entity });
}

/** "HRH Prince Salman" in a report naming "Prince Salman bin Hamad Al Khalifa" and "Shaikh Salman bin Khalifa Al
 * Khalifa": a short name that fits several officials goes to those whose full name was written after one of the styles
 * or title words written before it (all of them when none or no style fits). `leads` keeps each official's words. */
function styledAlike(ids: number[], s: Sent, k: number, doc: Doc, leads: Map<number, Set<string>>): number[] {
  if (ids.length < 2) return ids;
  const before = leadWords(s.toks, k);
  if (!before.size) return ids;
  const fit = ids.filter((id) => {
    let words = leads.get(id);
    if (!words) {
      words = new Set();
      for (const m of doc.mentions) {
        if (m.entity !== id || m.kind !== "name") continue;
        const toks = doc.sentences[m.sentence].toks;
        for (const w of leadWords(toks, toks.findIndex((t) => t.start === m.start))) words.add(w);
      }
      leads.set(id, words);
    }
    for (const w of before) if (words.has(w)) return true;
    return false;
  });
  return fit.length ? fit : ids;
}

/** The styles and capitalised title words written right before token k ("His Royal Highness Prince", "Finance Minister
 * Shaikh"), folded, articles and possessives aside. */
function leadWords(toks: Tok[], k: number): Set<string> {
  const out = new Set<string>();
  if (k <= 0) return out;
  let j = styleStartBefore(toks, k);
  if (j < 0) j = k;
  while (j > 0 && toks[j - 1].cap && isTitleWord(toks[j - 1])) j--;
  for (let i = j; i < k; i++) if (toks[i].word && !LEAD_SKIP.has(toks[i].norm)) out.add(toks[i].norm);
  return out;
}
const LEAD_SKIP = new Set(["the", "his", "her", "their"]);
// A leader's title that names no minister ("President", "King"; not "Prime Minister and Minister of Defence").
const LEADER_NOT_MINISTER_RE = /^(?:(?!\bminister\b).)*\b(?:president|king|queen|emir|amir|sultan|chancellor)\b(?:(?!\bminister\b).)*$/i;
const WHOM_BEFORE_RE = /,\s+(?:with\s+|to\s+|from\s+)?whom\s+$/i;

function pick(ids: number[], lastSeen: Map<number, number>, doc: Doc): number {
  if (ids.length === 1) return ids[0];
  return ids.slice().sort((a, b) => (lastSeen.get(b) ?? -1) - (lastSeen.get(a) ?? -1) || doc.officials[b].mentions - doc.officials[a].mentions)[0];
}

function lastFocus(doc: Doc, index: number): number | null {
  for (let i = index - 1; i >= 0; i--) if (doc.focus[i] >= 0) return doc.focus[i];
  return null;
}

/** End of a fronted phrase ("During a reception ... for X, ..."), or the sentence start. */
function frontedEnd(s: Sent): number {
  // ("LIN: According to the Presidential Office, Lai invited ..., and he proposed ...": a transcript's speaker label is no
  // antecedent of what is said after it, and a fronted phrase may follow it.)
  const label = sentenceLabelLength(s.text);
  const from = s.start + label;
  const k = label ? s.toks.findIndex((t) => t.start >= from) : 0;
  const first = s.toks[k]?.norm ?? "";
  if (FRONTING.has(first) || /ing$/.test(first)) {
    const comma = s.toks.find((t) => t.text === "," && t.start > from);
    if (comma) return comma.end;
  }
  return from;
}

// The verb of an act of speech or proposal right after its subject ("Mr Anutin proposed", "X also asked").
const ACT_AFTER_RE = /^\s+(?:also\s+)?(?:proposed|suggested|asked|urged|called|invited|requested|recommended|said|stressed|noted|told)\b/i;

const TAIL_SPEAKER_RE = /,\s*(?:said|noted|added|stressed|affirmed|told)\s+([^,]+?)\.?$|,\s*([^,]+?)\s+(?:said|noted|added|stressed)\.?$/;
// (Its verbs, asked first: the pattern is tried from every comma, and most sentences hold none of them.)
const holdsSpeechVerb = holdsAny(["said", "noted", "added", "stressed", "affirmed", "told"]);

/** The grammatical subject, roughly: skip a fronted phrase ("During a reception ... for X, Dien hailed"). */
export function sentenceSubject(doc: Doc, s: Sent): Mention | null {
  const ms = mentionsIn(doc, s.index);
  if (!ms.length) return null;
  // "..., said Dien." / "..., Kim noted."
  const tail = holdsSpeechVerb(lowerText(s)) ? TAIL_SPEAKER_RE.exec(s.text) : null;
  if (tail) {
    const at = s.start + (tail.index ?? 0);
    const inTail = ms.find((m) => m.start >= at);
    if (inTail) return inTail;
  }
  // "DR. A B, UAE MINISTER OF STATE FOR FOREIGN TRADE: Well, Becky, Minister McClay came with ...": a transcript's speaker
  // label is no subject of what is said after it; the first person named after it is.
  const label = sentenceLabelLength(s.text);
  if (label) return ms.find((m) => m.start >= s.start + label) ?? null;
  const first = s.toks[0]?.norm ?? "";
  // "According to Yoshimura, ...": the source is the speaker the next sentence continues with.
  if (first === "according" && s.toks[1]?.norm === "to") {
    const comma = s.toks.find((t) => t.text === ",");
    // ("According to spokesman X, Mr Anutin proposed ...": a name opening the clause after the source, before an act of
    // its own, is the subject the next sentence continues with.)
    const acting = comma ? ms.find((m) => m.kind !== "pronoun" && m.start > comma.start && /^\s*(?:Mr\.?|Ms\.?|Mrs\.?|Dr\.?)?\s*$/.test(doc.text.slice(comma.end, m.start)) && ACT_AFTER_RE.test(doc.text.slice(m.end, m.end + 30))) : undefined;
    if (acting) return acting;
    const src = ms.find((m) => !comma || m.end <= comma.start);
    if (src) return src;
  }
  if (FRONTING.has(first) || /ing$/.test(first)) {
    const comma = s.toks.find((t) => t.text === ",");
    if (comma) {
      // ("At the meeting, in which A and B took part, Minister C said ...": an aside after the fronted phrase holds no subject.)
      const aside = FRONTED_ASIDE_RE.exec(doc.text.slice(comma.end, s.end));
      const from = aside ? comma.end + aside[0].length : comma.start;
      const after = ms.find((m) => m.start > from) ?? ms.find((m) => m.start > comma.start);
      if (after) return after;
    }
  }
  return ms[0];
}
const FRONTED_ASIDE_RE = /^\s*(?:\p{Ll}+ed\s+by|(?:in|at|during)\s+which)\b[^,;]*,/u;

/** A title of a region's office ("President of Zanzibar", "Chief Minister of Sabah"): it names a place that is no country. */
function regionalTitle(title: string | null): boolean {
  if (!title) return false;
  for (const m of title.matchAll(/\bof\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})/gu)) {
    const words = m[1].split(/\s+/);
    for (let n = words.length; n > 0; n--) {
      const place = words.slice(0, n).join(" ");
      if (lookupCountry(place)) break;
      if (placeCountry(place)) return true;
    }
  }
  return false;
}

// (cuePattern: run from every position before a name, where a leading `\b` under i and u costs a call each.)
const MESSAGE_OF_RE = cuePattern(String.raw`\b(?:greetings|message|letter|regards|wishes|congratulations)\s+(?:of|from)\s+(?:[\p{L}.'’-]+\s+){0,4}$`, "iu");
// ("his Kenyan counterpart", "her Cabo Verdean counterpart": a demonym narrows it to that country.)
const CLOSED_RELATIVE_RE = /,\s+(?:who|which|whose)\s[^,;]*,/g;
const BARE_COUNTERPART_RE = /\b(?:[Hh]is|[Hh]er)\s+(?:(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+)?counterpart\b(?!s)/gu;
/** The country a demonym of one or two words names ("Kenyan", "Cabo Verdean"), or null. */
function demonymCountry(doc: Doc, words: string | undefined): string | null {
  if (!words) return null;
  if (/\s/.test(words)) {
    const two = lookupCountry(words)?.code;
    if (two) return two;
  }
  const last = words.split(/\s+/).pop()!;
  return tokenCountry(looseTok(last, fold(last), true), doc.demonymChoice)?.code ?? null;
}
const OFFICE_HEADS = ["prime minister", "president", "foreign minister", "minister", "king", "emir", "amir", "sultan", "chancellor", "premier", "speaker", "chairman", "secretary"];
function bareCounterpart(doc: Doc, owner: number | undefined, country: string | null = null): number | null {
  const o = owner === undefined ? undefined : doc.officials[owner];
  if ((!o?.country && !country) || !o?.title) return null;
  const office = (t: string | null) => {
    const f = fold(t ?? "").replace(/\bpm\b/g, "prime minister").replace(/-/g, " ");
    return OFFICE_HEADS.find((h) => wordIn(h, f) && (h !== "minister" || !/prime minister/.test(f))) ?? null;
  };
  // ("Deputy Prime Minister and Minister of Foreign and European Affairs": a title of two offices holds either.)
  const offices = (t: string | null) => (t ?? "").split(/\s+and\s+(?=\p{Lu})/u).map(office).filter((h): h is string => h !== null);
  const heads = offices(o.title);
  if (!heads.length) return null;
  // ("his Croatian counterpart": the demonym tells the counterpart's country, whatever the owner's was guessed to be.)
  const cands = doc.officials.filter((x) => x.id !== o.id && (country ? x.country === country : x.country && x.country !== o.country) && offices(x.title).some((h) => heads.includes(h)));
  return cands.length === 1 ? cands[0].id : null;
}

// "of the Republic of Uzbekistan", "of Pakistan": the country a role noun is of, up to the first word in lower case.
const ROLE_OF_RE = /^\s+of\s+((?:(?:the|of)\s+|\p{Lu}[\p{L}'’-]*(?:\s+|(?=[,.;])))+)/u;
function countryAfterRole(doc: Doc, s: Sent, end: number): { country: string; end: number } | null {
  const m = ROLE_OF_RE.exec(doc.text.slice(end, Math.min(s.end, end + 80)));
  if (!m) return null;
  const phrase = m[1].trim().replace(/\s+(?:the|of)$/i, "");
  const last = phrase.split(/\s+of\s+(?:the\s+)?/i).pop()!;
  const c = lookupCountry(phrase) ?? lookupCountry(last);
  if (!c) return null;
  const stop = end + m[0].indexOf(m[1]) + m[1].trimEnd().length;
  // "the President of France, Emmanuel Macron", "of Canada, the Hon. Anita Anand": the title of the name after it.
  if (mentionsIn(doc, s.index).some((x) => x.kind === "name" && x.start >= stop && /^\s*,?\s*(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u.test(doc.text.slice(stop, x.start)))) return null;
  return { country: c.name, end: stop };
}

/** A role mention's head as `resolveRole` compares it ("the President" => "president"), or null when words qualify it. */
function bareRole(text: string): string | null {
  const m = /^(?:the|his|her|their|its)\s+(.+)$/i.exec(text);
  return m ? fold(m[1]).replace(/[\s-]+/g, " ") : null;
}

// "king" is no word of "Ambassador to the Kingdom": a role word counts whole.
const WORD_RES = new Map<string, RegExp>();
function wordIn(w: string, t: string): boolean {
  let re = WORD_RES.get(w);
  if (!re) WORD_RES.set(w, (re = new RegExp(`(?<![a-z])${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![a-z])`)));
  return re.test(t);
}


const PORTFOLIO_ROLE_RE = /^(?:foreign|defen[cs]e|finance|trade|economy|interior|health|energy|transport|fm)(?:\s+minister)?$/;

function resolveRole(doc: Doc, modifiers: string, head: string, prevFocus: number | null, lastSeen: Map<number, number>, s: Sent): number | null {
  // "Vice-President" and "vice president" are one head; titles are compared the same way.
  const h = fold(head).replace(/[\s-]+/g, " ");
  let country: string | null = null;
  for (const w of modifiers.trim().split(/\s+/).filter(Boolean)) {
    const c = tokenCountry(looseTok(w, fold(w), /^\p{Lu}/u.test(w)), doc.demonymChoice);
    if (c) country = c.code;
  }
  // A two-word demonym ("Equatorial Guinean", "New Zealand") is one country, not its last word's.
  const joined = modifiers.trim().split(/\s+/).slice(-2).join(" ");
  if (/\s/.test(joined) && /^\p{Lu}\S*\s+\p{Lu}/u.test(joined)) country = lookupCountry(joined)?.code ?? country;
  const all = doc.officials.map((o) => o.id);
  let cands = all;
  if (h === "host" || h === "hosts" || h === "guest" || h === "visitor" || h === "visiting leader") {
    const hostCountry = (doc.read.dateline ? datelineCountry(doc) : null) ?? visitedCountry(doc);
    const guest = h !== "host" && h !== "hosts";
    // ("The visitor" is one known to be of elsewhere before one of no country yet, the host's minister named late.)
    const known = hostCountry && guest ? cands.filter((id) => doc.officials[id].country && doc.officials[id].country !== hostCountry) : [];
    if (hostCountry) cands = known.length ? known : cands.filter((id) => (doc.officials[id].country === hostCountry) !== guest);
  } else {
    // "the top Iranian diplomat": a modifier that makes another office of the head ("top diplomat", the foreign minister)
    // when titles.json lists the pair.
    const paired = modifiers.trim().split(/\s+/).map(fold).find((w) => w && titles.roleSynonyms[`${w} ${h}`]);
    const wanted = (titles.roleSynonyms[paired ? `${paired} ${h}` : h] ?? [h.split(" ").map(expandAbbreviation).join(" ")]).map((w) => fold(w).replace(/-/g, " "));
    if (wanted.length) {
      cands = cands.filter((id) => {
        const t = fold(doc.officials[id].title ?? "").replace(/\bpm\b/g, "prime minister").replace(/-/g, " ");
        return wanted.some((w) => t.includes(w) && wordIn(w, t) && (w !== "minister" || !/prime minister/.test(t) || /\bminister\b/.test(t.replace(/prime minister/g, ""))));
      });
    }
    // "the Crown Prince" is the one whose title says so, not a minister styled "Prince" whom the synonyms let in.
    // (Only a synonym that is a word of the head itself is weaker: "minister of foreign affairs" is no weaker "foreign minister".)
    const weaker = wanted.filter((w) => w !== h && wordIn(w, h));
    if (cands.length > 1 && weaker.length) {
      const strong = cands.filter((id) => {
        const t = fold(doc.officials[id].title ?? "").replace(/-/g, " ");
        return wanted.some((w) => !weaker.includes(w) && wordIn(w, t));
      });
      if (strong.length) cands = strong;
    }
    // "the Deputy Secretary" is the one whose title has that rank, not the Secretary the report also names.
    // ("the Under Secretary": a title's opener is a rank too.)
    const rank = modifiers.trim().split(/\s+/).filter((w) => w && fold(w) !== paired && !tokenCountry(looseTok(w, fold(w), /^\p{Lu}/u.test(w))) && (!functionWords.has(fold(w)) || titleOpeners.has(fold(w))));
    if (rank.length) {
      const words = fold([...rank, head].join(" ")).replace(/[^a-z0-9 -]/g, "").split(/[\s-]+/).filter(Boolean);
      const phrase = new RegExp(`(?<![\\p{L}-])${words.join("[\\s-]+")}\\b`, "u");
      const ranked = cands.filter((id) => phrase.test(fold(doc.officials[id].title ?? "")));
      if (ranked.length) cands = ranked;
    }
    // "the Foreign Secretary" for "the Secretary of Foreign Affairs" (not the Secretary-General named with him), "the ANC
    // secretary-general": a capitalised word before the role that names no country names the field or the body of the
    // office, which the holder's title or organisation names too.
    const bodies = modifiers.trim().split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !tokenCountry(looseTok(w, fold(w), true)) && !functionWords.has(fold(w)) && !titleWords.has(fold(w)));
    if (bodies.length && cands.length) {
      const named = cands.filter((id) => bodies.every((w) => wordIn(fold(w), fold(`${doc.officials[id].title ?? ""} ${doc.officials[id].organization ?? ""}`))));
      if (named.length) cands = named;
    }
    // "the prime minister" is not the deputy prime minister when the document has both.
    if (!/\b(?:deputy|vice|state)\b/.test(h) && !/\b(?:deputy|vice|state|assistant|under)\b/i.test(modifiers)) {
      const plainRes = !cands.length ? [] : wanted.map((w) => new RegExp(`(?<!\\b(?:deputy|vice|state|assistant|under)[ -])${w}`));
      const plain = cands.filter((id) => {
        const t = fold(doc.officials[id].title ?? "").replace(/\bpm\b/g, "prime minister").replace(/-/g, " ");
        return plainRes.some((re) => re.test(t));
      });
      if (plain.length) cands = plain;
    }
  }
  // "the Foreign Minister" in a release that calls its own minister "Federal Foreign Minister X" and the host "the Minister
  // of Foreign Affairs ... of the Kingdom of Morocco, Y": a role of several words, unqualified, repeats the wording of
  // the office it stands for, so a title with the role's own words wins over one that only a synonym matches (a word
  // such as "leader" or "minister" is said of many offices; "the Taiwanese foreign minister" is told by its country).
  if (cands.length > 1 && h.includes(" ") && !country && !modifiers.trim() && h !== "visiting leader") {
    const worded = cands.filter((id) => wordIn(h, fold(doc.officials[id].title ?? "").replace(/-/g, " ")));
    if (worded.length && worded.length < cands.length) cands = worded;
  }
  // "the visiting minister": not the one at home when the dateline tells where home is (or, with no dateline, the one
  // country the report tells a visit to).
  if (/\bvisiting\b/i.test(modifiers) && cands.length > 1) {
    const home = datelineCountry(doc) ?? visitedCountry(doc);
    const away = home ? cands.filter((id) => doc.officials[id].country && doc.officials[id].country !== home) : [];
    if (away.length) cands = away;
  }
  // "The Armenian Foreign Minister" for "Foreign Minister X", the report's only holder of the office and of no country
  // known yet: X, when nothing else names the role.
  let lone: number | null = null;
  // "The Greek minister" for "his Greek counterpart X", whose title the text never gave: the country decides.
  if (country) {
    const titled = cands;
    if (titled.length === 1 && !doc.officials[titled[0]].country) lone = titled[0];
    // ("The Bulgarian foreign minister" beside "his Azerbaijani counterpart X", both foreign ministers: the one of no
    // country known yet, when every other holder is known to be of another country.)
    const unknown = titled.filter((id) => !doc.officials[id].country);
    // (Only an office with its portfolio: "the Honduran head of state", "the Norwegian minister" are said of many.)
    if (PORTFOLIO_ROLE_RE.test(h) && unknown.length === 1 && titled.every((id) => id === unknown[0] || (doc.officials[id].country && doc.officials[id].country !== country))) lone = unknown[0];
    cands = (cands.some((id) => doc.officials[id].country === country) ? cands : all.filter((id) => !doc.officials[id].title)).filter((id) => doc.officials[id].country === country);
    // "the Kyrgyz leader" is not the Kyrgyz foreign minister the report also names (with no other, the leader may be one
    // of no country known yet, below).
    if (h === "leader") cands = cands.filter((id) => !/\bminister\b/i.test((doc.officials[id].title ?? "").replace(/prime\s+minister/gi, "")));
    // "The Rwandan Head of State" when the report has not yet tied the bare "President X" to Rwanda: the one
    // leader of no known country, when all the others are known to be of other countries (a minister's title
    // is too common for that guess).
    if (!cands.length && /^(?:head of state|head of government|president|prime minister|premier|leader|king|queen|emir|amir|sultan|chancellor)$/.test(h)) {
      // A country read only from the sentence around the name ("received X of Myanmar") is no known country yet.
      const unknown = titled.filter((id) => !doc.officials[id].country || doc.officials[id].countryRank >= 3);
      if (unknown.length === 1) cands = unknown;
    }
    // "is due to meet the German chancellor" in a report that named "Friedrich Merz" untitled: the one official of no
    // known country whom the office-holders list gives to that country.
    if (!cands.length) {
      // (Not a head of state or government for "the Turkish minister": the list gives Türkiye's President too.)
      const listed = all.filter((id) => !doc.officials[id].country && holderCountry(doc.officials[id].name) === country && !(h === "minister" && LEADER_NOT_MINISTER_RE.test(doc.officials[id].title ?? "")));
      if (listed.length === 1) cands = listed;
    }
    // "The Tanzanian President" is the President of Tanzania, not the President of Zanzibar, when the report has both.
    if (cands.length > 1) {
      const national = cands.filter((id) => !regionalTitle(doc.officials[id].title));
      if (national.length) cands = national;
    }
  } else if (!modifiers.trim() && (h === "head of state" || h === "head of government") && cands.length > 1) {
    // An unqualified "the Head of State" in a report on several leaders is the report's own leader, the one it
    // names most so far.
    const count = new Map<number, number>();
    for (const x of doc.mentions) if (x.start < s.start) count.set(x.entity, (count.get(x.entity) ?? 0) + 1);
    const top = Math.max(...cands.map((id) => count.get(id) ?? 0));
    const best = cands.filter((id) => (count.get(id) ?? 0) === top);
    if (best.length === 1 && top >= 2) return best[0];
    // ("President A met with the President of Poland B ... The head of state proposed": named as often, the one the
    // report names first, its subject, is its own.)
    if (best.length > 1 && top >= 1) {
      const first = (id: number) => Math.min(...doc.mentions.filter((x) => x.entity === id && x.kind === "name").map((x) => x.start));
      const [a, b] = best.map((id) => [id, first(id)] as const).sort((x, y) => x[1] - y[1]);
      if (a[1] < b[1] && doc.mentions.some((x) => x.entity === a[0] && x.start === a[1] && x.sentence === doc.mentions.find((y) => y.entity === b[0] && y.start === b[1])?.sentence)) return a[0];
    }
  }
  // "the host"/"his host" in a sentence about the guest: never the sentence's own subject.
  if (!cands.length) return h === "host" || h === "hosts" || h === "guest" || h === "visitor" || h === "visiting leader" ? null : (leadHolder(doc, s, head, country) ?? lone);
  // "During the meeting, the Bangladeshi envoy conveyed ..." before the Bangladeshi ambassador is first named, further
  // on: a role refers back to someone named already, not ahead to someone not yet named.
  // ("the Bangladeshi envoy" then is the one of that country named already, the visiting adviser.)
  if (!cands.some((id) => lastSeen.has(id) || mentionsIn(doc, s.index).some((x) => x.entity === id))) {
    const named = country ? all.filter((id) => doc.officials[id].country === country && lastSeen.has(id)) : [];
    return named.length ? named.sort((a, b) => lastSeen.get(b)! - lastSeen.get(a)!)[0] : null;
  }
  // "X, who conveyed greetings of President Y": Y is named in passing, no antecedent of "the Philippine official"
  // while another candidate took part.
  if (cands.length > 1) {
    const present = cands.filter((id) => doc.mentions.some((x) => x.entity === id && !MESSAGE_OF_RE.test(doc.text.slice(Math.max(0, x.start - 60), x.start))));
    if (present.length && present.length < cands.length) cands = present;
  }
  // ("Lula invited Tinubu ..., adding that the President accepted. The President is expected to meet ...": the same bare
  // role, resolved in the last two sentences, keeps its holder over the last sentence's subject.)
  if (cands.length > 1 && !modifiers.trim()) {
    const same = doc.mentions.filter((x) => x.kind === "role" && x.sentence < s.index && x.sentence >= s.index - 3 && cands.includes(x.entity) && bareRole(doc.text.slice(x.start, x.end)) === h);
    if (same.length) return same[same.length - 1].entity;
  }
  if (prevFocus !== null && cands.includes(prevFocus) && cands.length > 1) return prevFocus;
  // A recent sentence's subject is the likelier antecedent than someone named in passing since ("President X was
  // received by Federal President Y. ... The President will travel to Munich"): the subjects of the last three.
  if (cands.length > 1) {
    for (let i = s.index - 1; i >= Math.max(0, s.index - 3); i--) {
      const f = doc.focus[i];
      // ("The Mauritanian minister requested ... Later, the President received Grande-Marlaska. On Wednesday, the minister
      // met ...": not a subject another candidate was named after, in a later sentence.)
      if (f !== undefined && f >= 0 && cands.includes(f) && !cands.some((id) => id !== f && (lastSeen.get(id) ?? -1) >= doc.sentences[i].end)) return f;
    }
  }
  // "On Sunday, the Prime Minister held a telephone conversation with ..." after sentences about other people, in a report
  // on two prime ministers: the one the report is about, the subject of most of its sentences so far, when he is that
  // by a margin, rather than the one named last.
  if (cands.length > 1 && !modifiers.trim()) {
    const told = (id: number) => doc.focus.slice(0, s.index).filter((f) => f === id).length;
    const ranked = cands.map((id) => [id, told(id)] as const).sort((a, b) => b[1] - a[1]);
    if (ranked[0][1] >= 3 && ranked[0][1] >= 2 * ranked[1][1]) return ranked[0][0];
  }
  return cands.sort((a, b) => (lastSeen.get(b) ?? -1) - (lastSeen.get(a) ?? -1) || doc.officials[b].mentions - doc.officials[a].mentions)[0];
}

/**
 * "The Taoiseach has described Ireland and Iceland as natural partners after talks with ... <next paragraph> Micheál Martin
 * said ...", "The foreign secretary has signed a deal ... Yvette Cooper arrived by overnight train": a news lead tells the
 * role before anyone is named and the next sentence opens on the holder's bare name. With no one of that title in the
 * report, the role is the first untitled official (of its country, if it says one) opening one of the next two sentences.
 */
function leadHolder(doc: Doc, s: Sent, head: string, country: string | null): number | null {
  if (doc.mentions.some((x) => x.sentence < s.index && x.kind !== "pronoun")) return null;
  for (let i = s.index + 1; i <= Math.min(doc.sentences.length - 1, s.index + 2); i++) {
    const next = doc.sentences[i];
    const opener = doc.mentions.find((x) => x.sentence === i && x.kind === "name" && /^["“']?$/.test(doc.text.slice(next.start, x.start)));
    const o = opener ? doc.officials[opener.entity] : undefined;
    // ("John Smith, an analyst at the institute, said": a name with an apposition of its own is someone else.)
    if (!o || o.title || (country && o.country && o.country !== country) || /^\s*,\s*(?:a|an|the)\s+\p{Ll}/u.test(doc.text.slice(opener!.end, opener!.end + 12))) continue;
    o.title = head.replace(/\s+/g, " ");
    return o.id;
  }
  return null;
}

export function datelineCountry(doc: Doc): string | null {
  const dl = doc.read.dateline;
  if (!dl) return null;
  const direct = placeCountry(dl) ?? lookupCountry(dl)?.code ?? null;
  if (direct) return direct;
  const key = fold(dl);
  for (const s of doc.sentences) {
    for (let k = 0; k < s.toks.length; k++) {
      const hit = s.gaz[k];
      if (hit && hit.type === "place" && fold(hit.name) === key) return hit.value;
    }
  }
  return null;
}

/** "at the start of a three-day visit to Seychelles": the one country the report tells a visit, trip or tour to. */
function visitedCountry(doc: Doc): string | null {
  const known = visited.get(doc);
  if (known !== undefined) return known;
  const found = new Set<string>();
  for (const s of doc.sentences) {
    for (let k = 0; k + 2 < s.toks.length; k++) {
      if (!VISIT_NOUNS.has(s.toks[k].norm) || s.toks[k + 1].norm !== "to") continue;
      const hit = s.gaz[s.toks[k + 2].norm === "the" ? k + 3 : k + 2];
      if (hit?.type === "country" && hit.value) found.add(hit.value);
    }
  }
  const one = found.size === 1 ? [...found][0] : null;
  visited.set(doc, one);
  return one;
}
const VISIT_NOUNS = new Set(["visit", "trip", "tour"]);
const visited = new WeakMap<Doc, string | null>();

// "the head of the Cabinet", "the chairman of the Commission": the body a role is of, by its first capitalised word.
const TITLE_BEFORE_NAME_RE = /^(?:\s+(?:of|for|and|the|&|\p{Lu}[\p{L}'-]*))*\s*,\s+(?:\p{Lu}\p{L}*\.?\s+){0,3}$/u;
// ("the Secretary of Economy met": a portfolio with no article, read with the role's head.)
const BODY_AFTER_ROLE_RE = /^\s*of\s+(the\s+)?(\p{Lu}[\p{L}-]+)\b/u;
const DEMONYM_BODY_RE = /^\s*of\s+(the\s+)?(\p{Lu}[\p{L}-]+)\s+(\p{Lu}[\p{L}-]+)\b/u;

/** Principals: the two most mentioned officials of different countries; groups resolve to them. */
export function principals(doc: Doc): number[] {
  const ranked = doc.officials.slice().sort((a, b) => b.mentions - a.mentions || a.id - b.id);
  if (!ranked.length) return [];
  const first = ranked[0];
  const second = ranked.find((o) => o !== first && o.country !== first.country) ?? ranked[1];
  return second ? [first.id, second.id] : [first.id];
}

function principalsForGroups(doc: Doc): void {
  const p = principals(doc);
  for (const g of doc.groups) g.entities = p.slice();
}

const genderCache = new WeakMap<Doc, Map<number, "m" | "f" | null>>();

/** Gender when the text shows it: a Vietnamese middle name (Thi / Van), an honorific (Ms., Mrs., Madam / Mr.). */
// The genders the pronouns resolved so far told ("Takaichi met Tokayev, with whom she signed ...": Takaichi is a she).
const pronounGenders = new WeakMap<Doc, Map<number, "m" | "f">>();
function learnGender(doc: Doc, id: number, pronoun: string): void {
  let learned = pronounGenders.get(doc);
  if (!learned) pronounGenders.set(doc, (learned = new Map()));
  if (!learned.has(id)) learned.set(id, /^she$/i.test(pronoun) ? "f" : "m");
}

function genderOf(doc: Doc, id: number): "m" | "f" | null {
  let cache = genderCache.get(doc);
  if (!cache) genderCache.set(doc, (cache = new Map()));
  if (cache.has(id)) return cache.get(id) ?? pronounGenders.get(doc)?.get(id) ?? null;
  const o = doc.officials[id];
  let g: "m" | "f" | null = null;
  if (o) {
    if (o.origin === "VN" && o.parts.length >= 3) g = o.parts.slice(1, -1).includes("thi") ? "f" : o.parts.slice(1, -1).includes("van") ? "m" : null;
    if (!g) {
      for (const x of doc.mentions) {
        if (x.entity !== id || x.kind === "pronoun") continue;
        const before = doc.text.slice(Math.max(0, x.start - 8), x.start);
        if (/\b(?:Ms|Mrs|Madam|Madame)\.?\s+$/.test(before)) g = "f";
        else if (/\bMr\.?\s+$/.test(before)) g = "m";
        if (g) break;
      }
    }
  }
  cache.set(id, g);
  return g ?? pronounGenders.get(doc)?.get(id) ?? null;
}
