// Data of the country-pair view, from the lists as the API has them today: a country's meetings
// (participant filter), their proposals, and a country's agreements (party filter), each kept
// when the other country takes part. Bounded: at most PAIR_LIMIT of each list is read, newest
// first, and the view says when there were more. When the API gains a timeline between two
// countries and counts computed in SQL, this module is the one place to switch to them.
import { collectPages, request } from "../api.ts";
import {
  ExplorerCountriesDocument,
  ExplorerCountryAgreementsDocument,
  ExplorerCountryMeetingsDocument,
  type ExplorerCountryAgreementsQuery,
  type ExplorerCountryMeetingsQuery,
} from "../gql/graphql.ts";

export const PAIR_LIMIT = 500;

export async function countries(signal?: AbortSignal) {
  const data = await request(ExplorerCountriesDocument, {}, signal);
  return data.countries.nodes;
}

type Meeting = ExplorerCountryMeetingsQuery["meetings"]["nodes"][number];
type Agreement = ExplorerCountryAgreementsQuery["agreements"]["nodes"][number];
type Proposal = Meeting["proposals"][number];

export type PairEvent =
  | { kind: "meeting"; id: string; date: string; meeting: Meeting }
  | { kind: "proposal"; id: string; date: string; proposal: Proposal }
  | { kind: "agreement"; id: string; date: string; agreement: Agreement };

export interface PairData {
  events: PairEvent[];
  /** Meetings of the first country read / that exist: when read < total, older ones were left out. */
  meetingsRead: number;
  meetingsTotal: number;
  agreementsRead: number;
  agreementsTotal: number;
}

function partyCountries(a: Agreement): string[] {
  return a.parties.map((p) => p.country?.code ?? p.official?.country?.code ?? p.organization?.country?.code ?? "").filter(Boolean);
}

export async function pairTimeline(a: string, b: string, signal?: AbortSignal): Promise<PairData> {
  const [meetings, agreements] = await Promise.all([
    collectPages((after) => request(ExplorerCountryMeetingsDocument, { country: a, first: 100, after }, signal).then((d) => d.meetings), PAIR_LIMIT),
    collectPages((after) => request(ExplorerCountryAgreementsDocument, { party: a, first: 100, after }, signal).then((d) => d.agreements), PAIR_LIMIT),
  ]);
  const events: PairEvent[] = [];
  for (const m of meetings.items) {
    if (!m.participants.some((p) => p.official.country?.code === b)) continue;
    events.push({ kind: "meeting", id: m.id, date: m.dateStart ?? m.date ?? "", meeting: m });
    for (const p of m.proposals) events.push({ kind: "proposal", id: p.id, date: p.date, proposal: p });
  }
  for (const ag of agreements.items) {
    const codes = partyCountries(ag);
    if (codes.includes(b) || (codes.length === 0 && ag.parties.some((p) => p.name.toUpperCase().includes(b)))) events.push({ kind: "agreement", id: ag.id, date: ag.date, agreement: ag });
  }
  events.sort((x, y) => y.date.localeCompare(x.date));
  return { events, meetingsRead: meetings.items.length, meetingsTotal: meetings.totalCount, agreementsRead: agreements.items.length, agreementsTotal: agreements.totalCount };
}

type HistoryEntry = Agreement["history"][number];

/** One step of a lifecycle: a status, the date of the first report that gave it, and every report that did. */
export interface LifecycleStep {
  status: Agreement["status"];
  date: string;
  reports: HistoryEntry["document"][];
}

/**
 * An instrument's lifecycle from its history (one entry per report, by report date): reports in a
 * row that give the same status are one step, so "proposed" told by two outlets is one step with
 * two reports; a status that comes back later (reported again after a step) is a new step.
 */
export function lifecycle(agreement: Agreement): LifecycleStep[] {
  const steps: LifecycleStep[] = [];
  const history = [...agreement.history].sort((x, y) => x.date.localeCompare(y.date));
  for (const h of history) {
    const last = steps.at(-1);
    if (last && last.status === h.status) {
      if (!last.reports.some((d) => d.id === h.document.id)) last.reports.push(h.document);
    } else steps.push({ status: h.status, date: h.date, reports: [h.document] });
  }
  return steps;
}

/** Counts per month and kind, for the chart. */
export function monthlyCounts(events: PairEvent[]): { month: string; kind: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const e of events) {
    if (!e.date) continue;
    const key = `${e.date.slice(0, 7)}|${e.kind}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => {
    const [month, kind] = key.split("|");
    return { month, kind, count };
  });
}
