// Proposals: directive speech acts (suggest, propose, urge, call on, ask, request, recommend,
// invite, convey a desire to ...). One act per trigger verb; its text is the content clause
// up to the next act or a participial clause ("..., saying ...").
import type { Doc, Mention, Sent } from "./doc.ts";
import { evidenceOf, mentionsIn } from "./doc.ts";
import type { ProposalKind } from "./types.ts";
import { cues, leaderTitles, lookupCountry, roleSynonyms, titleWords } from "./gazetteers.ts";
import { topicsIn } from "./topics.ts";
import { nameLike } from "./names.ts";
import { looksLikeHeadline } from "./reader.ts";
import { turnSpeakerAt } from "./transcripts.ts";
import { cuePattern, fold, isAcronym, lowerText, mayMatch } from "./text.ts";

const VERBS = Object.entries(cues.proposalVerbs).map(([pattern, kind]) => ({ re: cuePattern(`\\b(?:${pattern})\\b`, "giu"), kind: kind as ProposalKind }));
// Where the content of an act stops: an attribution or comment clause after a comma.
// The dash alternative starts at the first space of a run, so a run of spaces is scanned once.
const CONTENT_END_RE = /,["”]\s|["”],\s|,\s+and\s+(?:the|he|she|they|his|her|both|I|we)\b|,\s+as\s+(?:agreed|reported|said)\b|,\s+(?:saying|pledging|noting|adding|stressing|affirming|emphasising|emphasizing|explaining|describing|calling|given|while|as well as praising|which|who)\b|,\s+(?:in|during|at|on\s+the\s+sidelines\s+of)\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:talks|meeting|meetings|call|conversation|session|visit|summit|press\s+conference|audience|reception|discussions|consultations)\b|\s+during\s+(?:(?:a|an|the|his|her|their)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:talks|meeting|call|conversation|audience|discussions|consultations)\s+with\b|;|(?<!\s)\s+[-–—]\s+/giu;
/** Where the content of an act ends in `raw`, or -1. ('suggested organising a "Choose France - Morocco" investor day':
 * a dash inside a quotation is part of what is quoted.) */
function contentStop(raw: string): number {
  CONTENT_END_RE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CONTENT_END_RE.exec(raw)); ) {
    if (/^\s+[-–—]/.test(m[0]) && ((raw.slice(0, m.index).match(/["“”]/g)?.length ?? 0) % 2 === 1)) continue;
    // ('accelerate the Lao Cai – Ha Noi – Hai Phong railway': a dash between two names is a route's or a pair's.)
    if (/^\s+[-–—]/.test(m[0]) && /\p{Lu}[\p{L}'’.-]*$/u.test(raw.slice(0, m.index)) && /^\p{Lu}\p{Ll}/u.test(raw.slice(m.index + m[0].length)) && /^\p{Lu}[\p{L}'’.-]*\s+(?:\p{Lu}[\p{L}'’.-]*\s+)*(?:[-–—]\s|\p{Ll})/u.test(raw.slice(m.index + m[0].length)) && !/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s+(?:said|says|added|told|noted|stressed)\b/u.test(raw.slice(m.index + m[0].length))) continue;
    // ('called on major emitters, "including China", to cut emissions': a quoted aside before the call's "to" goes on.)
    if (/^["”],/.test(m[0]) && /^to\s+\p{Ll}/u.test(raw.slice(m.index + m[0].length))) continue;
    return m.index;
  }
  return -1;
}
// Tests on the words just before a verb look at this many characters only: one verb's test must
// not rescan the sentence from its start.
const BEFORE = 80;
const LEAD_ACTS = 8;
// "called on Turkmenistan to speed up the work ... and said the Islamic Emirate has ensured security": a reporting verb
// joined by "and" is the speaker's next statement, with or without a comma before it.
const NEXT_STATEMENT_RE = new RegExp(`\\s+and\\s+(?:also\\s+|further\\s+|then\\s+|later\\s+)?(?:${cues.reportingVerbs.join("|")})\\b`, "iu");
// ("will call on Prime Minister X on Friday and is also expected to meet Y": so does a verb phrase joined by "and" with an
// auxiliary of its own.)
const OTHER_CLAUSE_RE = /,\s+(?:after|before|where|when|which|who|whom|while|during|as)\b|;|\s+and\s+(?:is|are|was|were|will|would|has|have)\s/i;
// A word's start is tested with a look-behind for any letter, not "\b", which takes "ğ" for a boundary and reads
// "Erdoğan urged" as "an urged".
const NEGATED_RE = /(?:(?<![\p{L}\p{M}\d])(?:not|never)|n['’]t)\s+(?:(?:also|yet|even|formally|publicly)\s+)?$/iu;
// An auxiliary and its subject before a bare verb, as a question has them ("did you ask", "will the minister invite").
const QUESTION_RE = /(?:^|[\s,;:"“])(?:[Dd]id|[Dd]o|[Dd]oes|[Ww]ill|[Ww]ould|[Hh]ave|[Hh]as|[Cc]an|[Cc]ould)\s+(?:you|he|she|they|we|(?:the|your|his|her)\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+|\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+(?:also\s+|ever\s+)?$/u;
const PASSIVE_RE = /(?<![\p{L}\p{M}\d])(?:was|were|been|being|is|are|be)\s+(?:also\s+)?$/iu;

const NON_ACT_RE = new RegExp(`^(?:an?\\s+)?(?:${cues.nonActs.objects.map((o) => o.replace(/\s+/g, "\\s+")).join("|")})\\b`, "i");

interface Act {
  start: number;
  end: number;
  kind: ProposalKind;
  /** "Y was invited by X to ...": the act is X's; the content follows the agent. */
  passive?: boolean;
}

export function findProposals(doc: Doc): void {
  const seen = new Set<string>();
  for (const s of doc.sentences) {
    const acts = findActs(s);
    if (!acts.length) continue;
    const ms = mentionsIn(doc, s.index);
    let previous: number | null = null;
    // The speaker each act of the sentence was given, for a verb coordinated with the one before it.
    const given: (number | null)[] = [];
    acts.forEach((act, i) => {
      given[i] = null;
      const next = acts[i + 1];
      const limit = next ? next.start : s.end;
      let contentStart = act.end;
      let agent: Mention | undefined;
      if (act.passive) {
        agent = ms.find((m) => m.start > act.end && m.start < act.end + 80 && /^\s+by\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.'’-]*\s+){0,6}$/u.test(doc.text.slice(act.end, m.start)));
        if (!agent) return;
        contentStart = agent.end;
      }
      const lead = /^\s*(?:that\s+)?/.exec(doc.text.slice(contentStart, limit))![0].length;
      contentStart += lead;
      let raw = doc.text.slice(contentStart, limit);
      const stop = contentStop(raw);
      if (stop >= 0) raw = raw.slice(0, stop);
      const statement = NEXT_STATEMENT_RE.exec(raw);
      if (statement) raw = raw.slice(0, statement.index);
      raw = trimTail(raw);
      if (raw.split(/\s+/).length < 2) return;
      if (NON_ACT_RE.test(raw)) return;
      // "The ambassador called on the minister" is a visit; the act is "called on X to do Y".
      // "will call on President Xi on Wednesday, after which the two sides are expected to sign ...": the "to" of another clause.
      if (/^call(?:s|ed|ing)?\s+(?:on|upon)$/i.test(doc.text.slice(act.start, act.end)) && !/\bto\s+["“‘']?\p{Ll}/u.test(raw.split(OTHER_CLAUSE_RE)[0])) return;
      // "The Chairman of the Presidency called on Turkiye to ... and proposed that ...": a finite verb joined by "and" to the
      // act before it, with no subject of its own, is the same speaker's act (whatever was named in the first one's content).
      const shared = i > 0 && given[i - 1] !== null && sharesSubject(doc, acts[i - 1], act) ? given[i - 1] : null;
      let speaker = agent ? agent.entity : (shared ?? speakerOf(doc, s, act, acts, ms));
      // "A proposed ..., while the Namibian President called on ...": a contrast names the other side, even when its
      // office resolved to A.
      if (speaker !== null && speaker === previous) speaker = contrastSpeaker(doc, s, act, speaker, ms) ?? speaker;
      // "The Prime Minister, Head of Government of Cameroon proposed", "the Austrian foreign minister suggested": an office
      // of a named country as the subject is held by someone of that country, whoever the office or the last name resolved to.
      if (!agent && shared === null) {
        const office = countryOfficeSubject(doc, s, act);
        if (office && (speaker === null || doc.officials[speaker].country !== office.country)) speaker = office.holder;
      }
      previous = speaker;
      given[i] = speaker;
      if (speaker === null) return;
      // A hard-wrapped clause is one line of text.
      const text = raw.trim().replace(/[ \t]*\r?\n[ \t]*/g, " ");
      const end = contentStart + raw.length;
      const addressee = addresseeOf(doc, s, contentStart, end, ms);
      // "He invited Minister Anand to ...", with "He" resolved to Anand: nobody asks himself, so the speaker is unknown
      // (a pronoun addressee, "invited him", is the weaker reading). "The head of state invited Serdar Berdimuhamedov",
      // with two presidents in the report: the role noun names the other holder of the title.
      if (addressee === doc.officials[speaker].name && ms.some((m) => m.start >= contentStart && m.start < end && m.entity === speaker && m.kind !== "pronoun")) {
        const role = ms.some((m) => m.end <= act.start && m.entity === speaker && m.kind === "role");
        const other = role ? otherHolder(doc, speaker, s.start) : null;
        if (other === null) return;
        speaker = other;
      }
      const speakerName = doc.officials[speaker].name;
      const key = `${speakerName}|${fold(text)}`;
      if (seen.has(key)) return;
      seen.add(key);
      // A lead paraphrased later in the article is one act, not two. The lead's acts are among the
      // first of the article: comparing with every earlier act would make a long list quadratic.
      const twin = doc.proposals.slice(0, LEAD_ACTS).find((p) => p.speaker === speakerName && p.kind === act.kind && overlap(p.text, text) >= 0.6);
      if (twin) {
        // The headline's wording is a paraphrase: the body's clause is the act's content.
        if (twin.evidence.every((e) => inHeadline(doc, e))) Object.assign(twin, { addressee, text, topics: topicsIn(text) });
        twin.evidence.push(evidenceOf(doc, s.index, act.start, end));
        return;
      }
      doc.proposals.push({
        speaker: speakerName,
        addressee,
        kind: act.kind,
        text,
        topics: topicsIn(text),
        meeting: meetingFor(doc, s.index, speakerName),
        evidence: [evidenceOf(doc, s.index, act.start, end)],
      });
    });
  }
  mergeHeadlineActs(doc);
}

// How many sentences from the top a headline (or the page's copy of it) may stand.
const HEADLINE_SENTENCES = 8;

/** Whether the evidence lies in the headline: the reader's title, or one of the first sentences that reads as a headline
 * (no final full stop, short) when the reader took a masthead for the title. */
function inHeadline(doc: Doc, e: { sentence: number; start: number }): boolean {
  const span = doc.read.titleSpan;
  if (span && e.start >= span.start && e.start < span.end) return true;
  return e.sentence < HEADLINE_SENTENCES && looksLikeHeadline(doc.sentences[e.sentence].text);
}

/** "Penny Wong presses Indonesia on Papua access" over the lead's "Wong has urged Indonesia to give ... access to Papua": an
 * act told only in the headline is the body's act of the same speaker (same kind or addressee) that shares most words of
 * content with it, told in full there. */
function mergeHeadlineActs(doc: Doc): void {
  for (let i = doc.proposals.length - 1; i >= 0; i--) {
    const p = doc.proposals[i];
    if (!p.evidence.every((e) => inHeadline(doc, e))) continue;
    let best = -1;
    let bestShare = 0;
    doc.proposals.forEach((b, j) => {
      if (j === i || b.speaker !== p.speaker || (b.kind !== p.kind && b.addressee !== p.addressee) || b.evidence.every((e) => inHeadline(doc, e))) return;
      const share = overlap(p.text, b.text);
      if (share > bestShare) {
        best = j;
        bestShare = share;
      }
    });
    if (best < 0) continue;
    doc.proposals[best].evidence.unshift(...p.evidence);
    doc.proposals.splice(i, 1);
  }
}

const COORDINATED_RE = /^[^;]*\band\s+(?:also\s+|then\s+|further\s+|later\s+)?$/i;

/** Whether `act` is a finite verb ("proposed", "asks") coordinated by "and" with `prev`, with no subject between them. A
 * bare verb ("urged X to cut tariffs and invite investors") belongs to the content of the act before. */
function sharesSubject(doc: Doc, prev: Act, act: Act): boolean {
  if (act.passive || prev.passive) return false;
  const verb = doc.text.slice(act.start, act.end).split(/\s/)[0];
  if (!/(?:ed|s)$/i.test(verb)) return false;
  return COORDINATED_RE.test(doc.text.slice(prev.end, act.start));
}

/** "..., while the Namibian President called on ...", with the office resolved to `first`, the speaker of the act before:
 * the one other official named before it who holds that office or whose office is not given. */
function contrastSpeaker(doc: Doc, s: Sent, act: Act, first: number, ms: Mention[]): number | null {
  const subject = ms.filter((m) => m.end <= act.start && m.kind === "role" && /^\s*(?:also\s+)?$/.test(doc.text.slice(m.end, act.start))).pop();
  if (!subject || !/(?:^|[\s,])(?:while|whereas)\s+$/i.test(doc.text.slice(Math.max(s.start, subject.start - 12), subject.start))) return null;
  const head = fold(subject.text).split(/\s+/).pop() ?? "";
  const named = new Set(doc.mentions.filter((m) => m.start < s.start || m.end <= act.start).map((m) => m.entity));
  const others = doc.officials.filter((o) => o.id !== first && named.has(o.id));
  const holders = others.filter((o) => o.title !== null && fold(o.title).includes(head));
  const pool = holders.length ? holders : others.filter((o) => o.title === null);
  return pool.length === 1 ? pool[0].id : null;
}

/** The one other official with `id`'s title, mentioned before `before`, or null. */
function otherHolder(doc: Doc, id: number, before: number): number | null {
  const title = doc.officials[id].title;
  if (!title) return null;
  const others = doc.officials.filter((o) => o.id !== id && o.title !== null && fold(o.title) === fold(title) && doc.mentions.some((m) => m.entity === o.id && m.start < before));
  return others.length === 1 ? others[0].id : null;
}

/** The content clause without a trailing conjunction, commas and final punctuation, in one pass from the end. */
function trimTail(raw: string): string {
  let end = raw.length;
  const skip = (re: RegExp) => {
    while (end > 0 && re.test(raw[end - 1])) end--;
  };
  skip(/[\s,]/);
  const word = /(?:^|[^\w])(and|but|while)$/.exec(raw.slice(Math.max(0, end - 6), end));
  if (word) {
    end -= word[1].length;
    skip(/[\s,]/);
  }
  // Final punctuation, with one closing quote after it.
  const quoted = end > 0 && /["”]/.test(raw[end - 1]) ? end - 1 : end;
  let stop = quoted;
  while (stop > 0 && /[.!?]/.test(raw[stop - 1])) stop--;
  return raw.slice(0, stop < quoted ? stop : end);
}

const ACT_HINT_RE = /\b(?:sugges|propos|urg|call|press|appeal|ask|request|recommend|invit|convey|sought|seek)/i;

const STOP = new Set(["the", "a", "an", "to", "of", "and", "in", "on", "for", "with", "that", "its", "their", "his", "her", "two", "sides", "both"]);
function contentWords(t: string): Set<string> {
  return new Set(fold(t).split(/[^a-z0-9]+/).filter((w) => w.length > 1 && !STOP.has(w)));
}
/** Share of the smaller text's content words found in the other. */
function overlap(a: string, b: string): number {
  const x = contentWords(a);
  const y = contentWords(b);
  const small = x.size <= y.size ? x : y;
  const large = small === x ? y : x;
  if (!small.size) return 0;
  let n = 0;
  for (const w of small) if (large.has(w)) n++;
  return n / small.size;
}

function findActs(s: Sent): Act[] {
  const acts: Act[] = [];
  const lower = lowerText(s);
  if (!mayMatch(ACT_HINT_RE, lower) || !ACT_HINT_RE.test(s.text)) return acts;
  for (const { re, kind } of VERBS) {
    if (!mayMatch(re, lower)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s.text))) {
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (acts.some((a) => start < a.end && end > a.start)) continue;
      const before = s.text.slice(Math.max(0, m.index - BEFORE), m.index);
      if (PASSIVE_RE.test(before)) {
        // "Iwaya was invited by Cho to visit Busan", "Japan was urged by Korea's minister to ...": the agent's act.
        if (/^\s+by\s/i.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 4))) acts.push({ start, end, kind, passive: true });
        continue;
      }
      // "wants to invite", "plans to propose": an intention, not an act.
      // "I would like to propose", "we wish to invite": a first person's performative is the act itself.
      // ("used the occasion to ask", "took the opportunity to invite": the act done then.)
      if (/\bto\s+$/i.test(before) && !PERFORMATIVE_RE.test(before) && !OCCASION_TO_RE.test(before)) continue;
      // "did not invite", "never asked": an act denied.
      if (NEGATED_RE.test(before)) continue;
      // "Prime Minister, did you ask Norway for more support?": a question asks whether an act was made.
      if (QUESTION_RE.test(before) && /\?["”]?\s*$/.test(s.text)) continue;
      // "to ask", "to invite" after a noun ("an invitation to visit") are not acts of the subject.
      // "paid a courtesy call on", "an invitation to": a noun, not the verb.
      if (!/ed$/i.test(m[0].split(/\s/)[0]) && /(?<![\p{L}\p{M}\d])(?:the|an?|his|her|their)\s+(?:[\p{L}-]+\s+)?$/iu.test(before)) continue;
      // "the proposed free trade agreement", "an invited guest": a participle right after a determiner is an adjective.
      if (/ed$/i.test(m[0].split(/\s/)[0]) && /(?<![\p{L}\p{M}\d])(?:the|an?|its|their|his|her|this|that|these|those)\s+$/iu.test(before)) continue;
      // "Zimbabwe's call for ...", "the minister's proposal": a possessive makes it a noun.
      if (/[\p{L}.]['’]s?\s+$/u.test(before)) continue;
      acts.push({ start, end, kind });
    }
  }
  acts.sort((a, b) => a.start - b.start);
  // "suggested that the two countries jointly request ...": a bare verb after a that-clause's subject is that clause's
  // verb (the mandative subjunctive), part of the act before it, not an act of its own.
  const at = (from: number, to: number) => s.text.slice(from - s.start, to - s.start);
  return acts.filter((a, i) => {
    if (i === 0) return true;
    const verb = at(a.start, a.end).split(/\s/)[0];
    return !BARE_VERB_RE.test(verb) || !CLAUSE_SUBJECT_RE.test(at(acts[i - 1].end, a.start));
  });
}

const OCCASION_TO_RE = /\b(?:used|took|seized|grasped)\s+(?:the|this|that|his|her|their)\s+(?:occasion|opportunity|chance)\s+to\s+(?:also\s+)?$/i;

// A verb without an ending, in lower case: "request", "invite", not "requested", "Invites".
const BARE_VERB_RE = /^(?!\p{Ll}*(?:s|ed|ing)$)\p{Ll}+$/u;

// What lies between an act and the verb of its that-clause: "that", the clause's subject, an adverb.
const CLAUSE_SUBJECT_RE = /^\s+that\s+[^,;.:"“”]{1,80}$/u;

const PERFORMATIVE_RE = /(?:^|[\s,;("“])(?:I|[Ww]e)\s+(?:(?:would|also|therefore|now|again|further)\s+){0,3}(?:(?:like|love)\s+to|wish\s+to|want\s+to)\s+(?:(?:also|further)\s+)?$|(?:^|[\s,;("“])(?:I|[Ww]e)['’]d\s+(?:also\s+)?like\s+to\s+$/;
const TITLED_CLAUSE_RE = /^,\s*(?:and|but|while|whereas)\s+(?:(?:the|his|her)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+|(?:of|for|and)\s+){0,8}$/u;
const NEW_CLAUSE_RE = /(?:,|;|\bwhile|\bwhereas|,\s+and|,\s+but)\s+(?:(?:the|his|her)\s+)?$/i;

// ("I have asked Donald to consider ...": a perfect tense is the act told too.)
const FIRST_PERSON_RE = /(?:^|[\s,;(])I\s+(?:(?:would|also|therefore|hereby|now|again|further|like|want|to|have|had)\s+){0,4}$/;
const QUOTED_FIRST_PERSON_RE = /(?:^|[\s,;("“])(?:I|we|We)\s+(?:(?:would|also|therefore|hereby|now|again|further|like|want|to|have|had|once|even|strongly)\s+){0,4}$/;
/** "I propose that our governments ...", "I invite you, Mr President, ...": the first person of a transcript is the
 * official whose label opens the turn. */
function firstPersonSpeaker(doc: Doc, before: string, at: number): number | null {
  if (!FIRST_PERSON_RE.test(before.slice(-BEFORE))) return null;
  return turnSpeakerAt(doc, at);
}

// A line that introduces a speech given in full: "A translation of the President's remarks follows:", "The Minister said:".
const INTRO_RE = /(?:\b(?:remarks|speech|statement|address|text|transcript|words)\b[^:]*|\b(?:said|stated|declared|remarked|added|follows|following))\s*:\s*$/i;
// How many sentences a speech introduced so may run before its first-person act.
const SPEECH_SPAN = 8;

/** "A translation of the President's remarks follows: ... I would like to propose that ...": the first person of a speech
 * given in full, outside quotation marks and with no speaker labels, is the one its introduction names (the owner of
 * "'s remarks", else the introduction's first person). */
function introducedSpeaker(doc: Doc, s: Sent, before: string): number | null {
  if (!FIRST_PERSON_RE.test(before.slice(-BEFORE)) || /["“”]/.test(before)) return null;
  for (let i = s.index - 1; i >= Math.max(0, s.index - SPEECH_SPAN); i--) {
    const intro = doc.sentences[i];
    if (!INTRO_RE.test(intro.text)) continue;
    const ms = mentionsIn(doc, i).filter((m) => m.kind !== "pronoun");
    const owner = ms.find((m) => /^['’]s?\s/.test(doc.text.slice(m.end, m.end + 3)));
    return (owner ?? ms[0])?.entity ?? null;
  }
  return null;
}

// A closing quote and the attribution after it: '..., the Tanzanian leader told journalists', '..." said Kombo'.
const ATTRIBUTION_RE = new RegExp(`^[^"“”]*?[,.!?]?["”]\\s*,?\\s*(?:(?:${cues.reportingVerbs.join("|")}|told|explained)\\s+)?$`, "iu");
const ATTRIBUTION_VERB_RE = new RegExp(`^\\s*(?:${cues.reportingVerbs.join("|")}|told|explained)\\b|^,`, "iu");

/** '"I also asked Uganda to ...," the Tanzanian leader told journalists': the first person of a quotation is the one
 * the attribution after its closing quote names. */
function quotedSpeaker(doc: Doc, s: Sent, act: Act, before: string, ms: Mention[]): number | null {
  if (!QUOTED_FIRST_PERSON_RE.test(before.slice(-BEFORE))) return null;
  // Inside a quotation: an opening mark before the act and no closing one after it.
  const open = Math.max(before.lastIndexOf("“"), before.lastIndexOf('"'));
  if (open < 0 || before.lastIndexOf("”") > open || (before.slice(0, open).split('"').length - 1) % 2 === 1) return null;
  const m = ms.find((x) => x.start > act.end && ATTRIBUTION_RE.test(doc.text.slice(act.end, x.start)) && ATTRIBUTION_VERB_RE.test(doc.text.slice(x.end, x.end + 20)));
  if (m) return m.kind === "role" && /\bleader$/i.test(m.text) ? (countryLeader(doc, m.entity) ?? m.entity) : m.entity;
  const verbFirst = ms.find((x) => x.start > act.end && ATTRIBUTION_RE.test(doc.text.slice(act.end, x.start)) && /\p{Ll}\s+$/u.test(doc.text.slice(act.end, x.start)));
  return verbFirst ? verbFirst.entity : null;
}

/** "the Tanzanian leader" read as a minister of that country: the one head of state or government of that country. */
function countryLeader(doc: Doc, id: number): number | null {
  const o = doc.officials[id];
  const isLeader = (t: string | null) => t !== null && leaderTitles.some((w) => new RegExp(`(?<![\\p{L}-])${w}\\b`, "u").test(fold(t)) && !/\b(?:deputy|vice)\b/.test(fold(t)));
  if (!o.country || isLeader(o.title)) return null;
  const leaders = doc.officials.filter((x) => x.country === o.country && isLeader(x.title));
  if (leaders.length) return leaders.length === 1 ? leaders[0].id : null;
  // "his Tanzanian counterpart, Dr X": a counterpart whose title the report never gave.
  const untitled = doc.officials.filter((x) => x.country === o.country && x.title === null);
  return untitled.length === 1 ? untitled[0].id : null;
}

function speakerOf(doc: Doc, s: Sent, act: Act, acts: Act[], ms: Mention[]): number | null {
  const before = doc.text.slice(s.start, act.start);
  const quoted = quotedSpeaker(doc, s, act, before, ms);
  if (quoted !== null) return quoted;
  const turn = firstPersonSpeaker(doc, before, act.start);
  if (turn !== null) return turn;
  const introduced = introducedSpeaker(doc, s, before);
  if (introduced !== null) return introduced;
  // "..., who proposed that ...": the person just before "who".
  if (/(?:^|\W)who\s+(?:also\s+)?$/.test(before.slice(-BEFORE))) {
    const prev = ms.filter((m) => m.end <= act.start);
    if (prev.length) return prev[prev.length - 1].entity;
  }
  // "..., while the Pakistani side called for ...": a country's side as the subject speaks through the one official of that
  // country the encounters told so far had (else the one the report names so far).
  const sideBefore = SIDE_BEFORE_ACT_RE.exec(before.slice(-BEFORE));
  if (sideBefore) {
    const code = lookupCountry(sideBefore[1])?.code;
    if (!code) return null;
    const met = new Set<number>();
    for (const m of doc.meetings) if (Math.min(...m.evidence.map((e) => e.sentence)) <= s.index) for (const p of m.participants) for (const o of doc.officials) if (o.name === p && o.country === code) met.add(o.id);
    if (met.size === 1) return [...met][0];
    const named = new Set(doc.mentions.filter((m) => m.sentence <= s.index && doc.officials[m.entity]?.country === code).map((m) => m.entity));
    return named.size === 1 ? [...named][0] : null;
  }
  // "A urged the other side to ..., while B proposed ...": the subject of a new clause right before the verb.
  const adjacent = ms.filter((m) => m.end <= act.start && /^\s*(?:also\s+|further\s+|in\s+turn\s+)?$/.test(doc.text.slice(m.end, act.start))).pop();
  if (adjacent && NEW_CLAUSE_RE.test(doc.text.slice(Math.max(s.start, adjacent.start - 12), adjacent.start))) return adjacent.entity;
  // "..., and Japanese Foreign Minister X asked ...": a new clause whose subject has a title before the name.
  if (adjacent) {
    const from = doc.text.lastIndexOf(",", adjacent.start);
    if (from >= s.start && TITLED_CLAUSE_RE.test(doc.text.slice(from, adjacent.start))) return adjacent.entity;
  }
  // "X met Y on Monday, proposing ...": a participle after a comma has the main clause's subject.
  if (/ing$/i.test(doc.text.slice(act.start, act.end).split(/\s/)[0]) && /,\s+(?:also\s+)?$/.test(before.slice(-BEFORE))) {
    const subject = clauseSubject(doc, s, act, ms);
    if (subject) return subject.entity;
  }
  // "X received Y ... and urged Z to ...", "X also met Y on Monday and invited ...": a verb joined by "and" with no
  // subject of its own shares the clause's subject, not the object named just before it.
  // ("X met Y in Beijing on Thursday and, according to the Kazakh side, requested ...": an aside set off by commas after the
  // "and" leaves the verb joined to the clause.)
  if (/\band(?:\s*,[^,;]{1,60},)?\s+(?:also\s+|then\s+|further\s+|later\s+)?$/i.test(before.slice(-BEFORE)) && !adjacent) {
    const subject = clauseSubject(doc, s, act, ms);
    if (subject) return subject.entity;
  }
  // "The Chairman of the Parliament proposed", "when the Prime Minister called on": an office that resolved to nobody names
  // its one holder, not the last person named before it.
  if (!adjacent) {
    const held = officeSubject(doc, s, act, ms) ?? counterpartSubject(doc, s, act);
    if (held !== null) return held;
  }
  const objects = new Set<Mention>();
  for (const a of acts) {
    if (a.start >= act.start) break;
    for (const m of ms) if (m.start >= a.end && m.end <= act.start) objects.add(m);
  }
  // "Chinh, who met Lee last week, proposed ...": people inside a closed relative clause are not the subject.
  const relative: [number, number][] = [];
  for (const r of before.matchAll(/,\s+(?:who|which|whose)\b[^,]*,/g)) relative.push([s.start + r.index!, s.start + r.index! + r[0].length]);
  // ("Tinubu, in a statement by his Special Adviser ..., Mr Bayo Onanuga, called on ...": nor the channel a statement
  // came through, set off between the subject and the act.)
  const channel = CHANNEL_RE.exec(before);
  if (channel) relative.push([s.start + channel.index - 1, act.start + 1]);
  // ("Von der Leyen, standing beside him, proposed ...": nor a participial aside set off right before the act.)
  const aside = ASIDE_BEFORE_ACT_RE.exec(before);
  if (aside) relative.push([s.start + aside.index - 1, act.start + 1]);
  const cands = ms.filter((m) => m.end <= act.start && !objects.has(m) && !relative.some(([a, b]) => m.start > a && m.end < b));
  if (cands.length) return jointSubject(doc, cands, act) ?? cands[cands.length - 1].entity;
  // "The President of Kazakhstan proposed": an office and its country name their one holder.
  const held = officeOfCountry(doc, before.slice(-BEFORE));
  if (held !== null) return held;
  // "A said that ... Pakistan welcomes more investment, and requests China to ...": a sentence whose subject is the
  // country of the official in focus, in a report of what that official said, speaks for them.
  const side = sideSpeaker(doc, s);
  if (side !== null) return side;
  // An unresolved capitalised subject ("Chinh spoke, suggesting ...", "The EU urged ...") is someone else.
  // ("The Secretary General stressed that the talks between the GCC and the United Kingdom are ..., and called on ...":
  // a country inside the reported clause is not the subject of a verb joined by "and" to the reporting one.)
  const reported = /\band\s+(?:also\s+)?$/i.test(before) ? /\s(?:that)\s/i.exec(before) : null;
  const subjectEnd = reported ? s.start + reported.index! : act.start;
  if (s.toks.some((t, k) => t.end <= subjectEnd && (nameLike(s, k) || (s.gaz[k] !== null && t.cap) || isAcronym(t)))) return null;
  // "The Prime Minister asked Japan ...", the office resolved to nobody: its holder, not a person in focus who holds another.
  const office = UNRESOLVED_OFFICE_RE.test(before.slice(-BEFORE)) ? officeBefore(s, act.start) : null;
  for (let i = s.index; i >= 0; i--) {
    if (doc.focus[i] < 0) continue;
    const title = doc.officials[doc.focus[i]].title;
    if (office && title && !fold(title).includes(office)) return null;
    return doc.focus[i];
  }
  return null;
}

// "the Pakistani side", "the Iranian side also": a country's side right before the act.
const SIDE_BEFORE_ACT_RE = /(?:^|[\s,;])[Tt]he\s+(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+side\s+(?:also\s+|further\s+|in\s+turn\s+)?$/u;
const ASIDE_BEFORE_ACT_RE = /,\s+\p{Ll}+(?:ing|ed)\b[^,;]*,\s*(?:also\s+|then\s+)?$/u;
// ("Lai, according to the Office of the President in Taipei, urged ...": so is the source a report is attributed to.)
const CHANNEL_RE = /,\s+(?:in\s+a\s+statement\s+(?:\p{Ll}+\s+)?by|through|via|according\s+to)\s[^;]*,\s*(?:also\s+)?$/u;

// The subject right before the act: a determiner and capitalised words, with "of", "for", "and" inside ("The Chairman of the
// Parliament", "the Indonesian Foreign Minister").
const OFFICE_SUBJECT_RE = /(?:^|[\s,;(])(?:[Tt]he|[Hh]is|[Hh]er)\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]*){0,6})\s+(?:also\s+|further\s+|then\s+|in\s+turn\s+)?$/u;
const LESSER_RE = /\b(?:deputy|vice|assistant|adviser|advisor|acting|former)\b/;

/** The official an unresolved office before the act names: the one holder of a title with all its words (a demonym says
 * whose), preferring the holder whose title is the office itself; else the one whose title has the office's head word in
 * that country; else, when the office names nobody in the report, the one person named before it in the sentence whose
 * office the report never gave ("X spoke to President Y by phone, when the Prime Minister called on ..."). */
function officeSubject(doc: Doc, s: Sent, act: Act, ms: Mention[]): number | null {
  const m = OFFICE_SUBJECT_RE.exec(doc.text.slice(Math.max(s.start, act.start - BEFORE), act.start));
  if (!m) return null;
  const words: string[] = [];
  let country: string | null = null;
  for (const w of m[1].split(/\s+/)) {
    if (/^(?:of|for|and|the)$/i.test(w)) continue;
    const c = lookupCountry(w);
    if (c) country = c.code;
    else words.push(fold(w));
  }
  if (!words.length || !words.some((w) => titleWords.has(w))) return null;
  const wantsLesser = words.some((w) => LESSER_RE.test(w));
  const pool = doc.officials.filter((o) => o.title !== null && (!country || o.country === country) && (wantsLesser || !LESSER_RE.test(fold(o.title))));
  const titleWordsOf = (o: (typeof pool)[number]) => fold(o.title!).split(/[^a-z]+/).filter(Boolean);
  const holders = pool.filter((o) => words.every((w) => titleWordsOf(o).includes(w)));
  if (holders.length === 1) return holders[0].id;
  if (holders.length > 1) {
    const exact = holders.filter((o) => titleWordsOf(o).filter((w) => w !== "the" && w !== "of").join(" ") === words.join(" "));
    return exact.length === 1 ? exact[0].id : null;
  }
  if (country) {
    const head = words[words.length - 1];
    const byHead = pool.filter((o) => titleWordsOf(o).includes(head));
    if (byHead.length === 1) return byHead[0].id;
  }
  // The office names none of the report's officials: someone named before it whose office is not given.
  const named = doc.officials.some((o) => o.title !== null && words.every((w) => fold(o.title!).includes(w)));
  if (named) return null;
  const untitled = [...new Set(ms.filter((x) => x.end <= act.start && x.kind !== "pronoun").map((x) => x.entity))].filter((id) => doc.officials[id].title === null);
  return untitled.length === 1 ? untitled[0] : null;
}

// "A and his Ghanaian counterpart, Prof. B, yesterday called for": the two names of one coordinated subject.
const JOINT_AND_RE = /^,?\s+and\s+(?:(?:his|her|their)\s+(?:[\p{L}-]+\s+){0,2}counterparts?,?\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
const JOINT_TAIL_RE = /^,?\s+(?:(?:yesterday|today|jointly|together|also|both|on\s+\p{Lu}\p{Ll}+day)\s+){0,3}$/u;

/** A joint act of "A and B" is told here as the first-named speaker's (the reports' annotation of a joint act), not the
 * last name before the verb. */
function jointSubject(doc: Doc, cands: Mention[], act: Act): number | null {
  const last = cands[cands.length - 1];
  const first = cands[cands.length - 2];
  if (!first || first.entity === last.entity || last.kind === "pronoun" || first.kind === "pronoun") return null;
  if (!JOINT_TAIL_RE.test(doc.text.slice(last.end, act.start)) || !JOINT_AND_RE.test(doc.text.slice(first.end, last.start))) return null;
  return first.entity;
}

const COUNTERPART_SUBJECT_RE = /(?:^|[\s,;])(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(\p{Lu}[\p{L}'’-]*)\s+counterpart\s+(?:also\s+|further\s+|then\s+|in\s+turn\s+)?$/u;

/** "His Chadian counterpart asked ...": the official of that country named before the act whose title has the head word of
 * the last speaker's title ("Prime Minister"), else the one official of that country named before it. */
function counterpartSubject(doc: Doc, s: Sent, act: Act): number | null {
  const m = COUNTERPART_SUBJECT_RE.exec(doc.text.slice(Math.max(s.start, act.start - BEFORE), act.start));
  const country = m ? lookupCountry(m[1]) : null;
  if (!country) return null;
  const named = new Set(doc.mentions.filter((x) => x.start < act.start).map((x) => x.entity));
  const pool = doc.officials.filter((o) => o.country === country.code && named.has(o.id));
  const last = doc.proposals.length ? doc.officials.find((o) => o.name === doc.proposals[doc.proposals.length - 1].speaker) : undefined;
  const head = last?.title ? fold(last.title).split(/[^a-z]+/).filter(Boolean).pop() : undefined;
  // The same office first ("Prime Minister" against a "Minister of Transport"), then the office's head word.
  const same = last?.title ? pool.filter((o) => o !== last && o.title !== null && fold(o.title) === fold(last.title!)) : [];
  if (same.length === 1) return same[0].id;
  const peers = head ? pool.filter((o) => o !== last && o.title !== null && fold(o.title).split(/[^a-z]+/).includes(head)) : [];
  if (peers.length === 1) return peers[0].id;
  return pool.length === 1 ? pool[0].id : null;
}

const OFFICE_OF_RE = /(?:^|[\s,;])[Tt]he\s+((?:\p{Lu}[\p{L}-]*\s+){1,3})of\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+(?:also\s+|further\s+|then\s+)?$/u;

/** The one official of the country whose title has all the words of the office in "The OFFICE of COUNTRY" right before
 * the act, or null. */
function officeOfCountry(doc: Doc, before: string): number | null {
  const m = OFFICE_OF_RE.exec(before);
  const country = m ? lookupCountry(m[2]) : null;
  if (!m || !country) return null;
  const words = fold(m[1]).trim().split(/\s+/);
  const holders = doc.officials.filter((o) => o.country === country.code && o.title !== null && words.every((w) => fold(o.title!).split(/[^a-z]+/).includes(w)));
  return holders.length === 1 ? holders[0].id : null;
}

// A sentence opened by a country or its side and a verb in the present tense ("Pakistan welcomes", "The Pakistani side
// will").
const SIDE_SUBJECT_RE = /^(?:The\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)(?:\s+(?:side|[Gg]overnment))?\s+(?:also\s+|further\s+)?(?:\p{Ll}+s|will|would)\b/u;
// How many sentences back the report of what the official said may start.
const REPORT_SPAN = 2;
const REPORTED_RE = /\b(?:said|says|stated|told|noted|stressed|affirmed|added)\b/;

function sideSpeaker(doc: Doc, s: Sent): number | null {
  const m = SIDE_SUBJECT_RE.exec(s.text);
  const country = m ? lookupCountry(m[1]) : null;
  if (!country) return null;
  for (let i = s.index; i >= Math.max(0, s.index - REPORT_SPAN); i--) {
    if (!REPORTED_RE.test(doc.sentences[i].text)) continue;
    const id = doc.focus[i];
    return id >= 0 && doc.officials[id].country === country.code ? id : null;
  }
  return null;
}

const SUBJECT_ADVERBS = new Set(["also", "further", "then", "turn", "in"]);
// An aside between a subject and its verb: ", in turn,", ", for his part,", ", however,".
const SUBJECT_ASIDE_RE = /,\s*(?:in\s+turn|in\s+return|in\s+response|for\s+(?:his|her|its|their)\s+part|on\s+(?:his|her|its|their)\s+part|however|meanwhile|likewise|too|also)\s*,\s*$/i;
const OFFICE_LINKS = new Set(["of", "for", "and", "the", ","]);
const DETERMINERS = new Set(["the", "his", "her"]);
const CLAUSE_OPENERS = new Set([",", ";", "which", "whom", "when", "while", "whereas", "and", "but"]);
const ROLE_WORDS = new Set([...roleSynonyms.keys()].flatMap((r) => r.split(/\s+/)));

/** The subject right before the act when it is an office of a named country and no name ("The Prime Minister, Head of
 * Government of Cameroon", "the Cabo Verdean head of government", "the Austrian foreign minister"): the country, and the
 * one official of that country named before the act whose title the office's role words name, or null for the holder when
 * none or several do. Null when the subject is not such an office. */
function countryOfficeSubject(doc: Doc, s: Sent, act: Act): { country: string; holder: number | null } | null {
  // "The Malaysian Foreign Minister, in turn, invited": an adverbial aside set off by commas stands between the subject and
  // its verb.
  const aside = SUBJECT_ASIDE_RE.exec(doc.text.slice(Math.max(s.start, act.start - BEFORE), act.start));
  const at = aside ? act.start - aside[0].length : act.start;
  let k = s.toks.findIndex((t) => t.start >= at) - 1;
  if (k < -1) k = s.toks.length - 1;
  while (k >= 0 && SUBJECT_ADVERBS.has(s.toks[k].norm)) k--;
  const words: string[] = [];
  let country: string | null = null;
  for (; k >= 0; k--) {
    const t = s.toks[k];
    const hit = s.gaz[k];
    if (hit && (hit.type === "country" || hit.type === "demonym") && hit.value) {
      if (country && country !== hit.value) return null;
      country = hit.value;
      continue;
    }
    // "the" after "of" belongs to the office ("of the Republic of Chad"); any other is its determiner.
    if (DETERMINERS.has(t.norm) && s.toks[k - 1]?.norm !== "of") break;
    if (titleWords.has(t.norm) || ROLE_WORDS.has(t.norm) || OFFICE_LINKS.has(t.norm) || hit) words.unshift(t.norm);
    else return null;
  }
  if (k < 0 || !country || !words.some((w) => titleWords.has(w) || ROLE_WORDS.has(w))) return null;
  if (k > 0 && !CLAUSE_OPENERS.has(s.toks[k - 1].norm)) return null;
  // The office never covers a person's name.
  const from = s.toks[k].start;
  if (doc.mentions.some((m) => m.start >= from && m.end <= at && m.kind !== "role")) return null;
  const phrase = ` ${words.filter((w) => w !== ",").join(" ")} `;
  const named = new Set(doc.mentions.filter((m) => m.start < act.start).map((m) => m.entity));
  const pool = doc.officials.filter((o) => o.country === country && o.title !== null && named.has(o.id));
  // The longest role first ("head of government" before "minister"), then the office's last word as written.
  const roles = [...roleSynonyms.keys()].filter((r) => phrase.includes(` ${r} `)).sort((a, b) => b.length - a.length);
  const tried = [...roles.map((r) => roleSynonyms.get(r)!), [words[words.length - 1]]];
  for (const synonyms of tried) {
    const holders = pool.filter((o) => synonyms.some((w) => ` ${fold(o.title!).replace(/[^a-z0-9]+/g, " ")} `.includes(` ${w} `)));
    if (holders.length) return { country, holder: holders.length === 1 ? holders[0].id : null };
  }
  return { country, holder: null };
}

// "The Prime Minister asked", "the Namibian President also called on": the last words before the act name an office.
const UNRESOLVED_OFFICE_RE = /(?:^|[\s,;])(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:also\s+|further\s+|then\s+)?$/u;

/** The office named by the capitalised title words right before `at` after a determiner, folded, or null. */
function officeBefore(s: Sent, at: number): string | null {
  let k = s.toks.findIndex((t) => t.start >= at) - 1;
  if (k < -1) k = s.toks.length - 1;
  while (k >= 0 && /^(?:also|further|then)$/i.test(s.toks[k].text)) k--;
  let n = 0;
  const determiner = (i: number) => /^(?:the|his|her|their)$/i.test(s.toks[i].text);
  const words: string[] = [];
  for (; k >= 0 && s.toks[k].cap && !determiner(k); k--, n++) {
    if (!titleWords.has(s.toks[k].norm) && !s.gaz[k]) return null;
    // "the Namibian President": the demonym says whose office, the title words say which.
    if (!s.gaz[k]) words.unshift(fold(s.toks[k].text));
  }
  return n > 0 && k >= 0 && determiner(k) && words.length ? words.join(" ") : null;
}

const FRONTING = new Set(cues.fronting.map(fold));

/** The first person named after a fronted phrase ("During the call, X thanked ..."), outside relative clauses and
 * attributions, before the act. */
function clauseSubject(doc: Doc, s: Sent, act: Act, ms: Mention[]): Mention | null {
  const first = s.toks[0]?.norm ?? "";
  let from = s.start;
  if (FRONTING.has(first) || /ing$/.test(first)) {
    const comma = s.toks.find((t) => t.text === "," && t.start < act.start);
    if (comma) from = comma.end;
    // "During the meeting, attended by X, the Head of State ...": a participial aside after the fronted phrase.
    // ("At the meeting, in which A and B took part, Minister C said ...": or a relative clause.)
    const aside = /^\s*(?:\p{Ll}+ed\s+by|\p{Ll}+ing|(?:in|at|during)\s+which)\b[^,;]*,/u.exec(doc.text.slice(from, act.start));
    if (aside) from += aside[0].length;
  }
  const head = ms.find((m) => m.start >= from && m.end <= act.start && (m.kind !== "pronoun" || /^(?:he|she)$/i.test(m.text)));
  if (!head) return null;
  // Only when nothing but the clause's own verb phrase lies between the subject and the act (no new clause).
  if (/[;]|\b(?:while|whereas|but)\b/.test(doc.text.slice(head.end, act.start))) return null;
  return head;
}

function addresseeOf(doc: Doc, s: Sent, from: number, to: number, ms: Mention[]): string | null {
  const first = ms.find((m) => m.start >= from && m.start < to);
  const lead = doc.text.slice(from, first ? first.start : from);
  if (first && /^(?:(?:the|his|her|their)\s+)?(?:[\p{Lu}][\p{L}-]*\s+)*$/u.test(lead)) return doc.officials[first.entity].name;
  const head = s.toks.findIndex((x) => x.start >= from);
  for (let k = 0; k < s.toks.length; k++) {
    const t = s.toks[k];
    if (t.start < from) continue;
    if (t.start >= to || k > head + 5) break;
    // "invited Dubai companies to invest in Kenya's zones": the one asked stands before the infinitive's "to"; "proposed
    // that Dubai Chambers and Kenyan business bodies set up a desk": a second party is no addressee either.
    if (k > head && /^(?:to|and)$/i.test(t.text)) break;
    const hit = s.gaz[k];
    if (hit && (hit.type === "country" || hit.type === "demonym" || hit.type === "org")) return hit.type === "org" ? hit.name : hit.name;
  }
  return null;
}

/** The meeting where the act was made: the most recent held meeting (by date, not by mention: a recalled
 * earlier meeting is not the venue) that the speaker attended and that the text has reported by then;
 * on a tie, the one reported in the act's own sentence. */
function meetingFor(doc: Doc, sentence: number, speaker: string, reported = true): number | null {
  let best: number | null = null;
  let bestKey = "";
  doc.meetings.forEach((m, i) => {
    const first = Math.min(...m.evidence.map((e) => e.sentence));
    if (m.status !== "held" || (reported && first > sentence) || !m.participants.includes(speaker)) return;
    const same = m.evidence.some((e) => e.sentence === sentence) ? "1" : "0";
    const key = (m.date ?? "").padEnd(10, "0") + same;
    if (key > bestKey) {
      best = i;
      bestKey = key;
    }
  });
  // A lead that states the act before the meeting is reported ("X has proposed ... He made the proposal during ...").
  if (best === null && reported) return meetingFor(doc, sentence, speaker, false);
  return best;
}
