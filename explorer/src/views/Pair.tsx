// Two countries: a dated timeline of their meetings, proposals and agreements, monthly counts,
// and each agreement's lifecycle from its history (proposed → signed → in force, the date and the
// reports of each step, each report opening what it said).
import { useCallback, useMemo } from "react";
import * as Plot from "@observablehq/plot";
import { countries, lifecycle, monthlyCounts, pairTimeline, type PairEvent } from "../data/pair.ts";
import { href, navigate } from "../router.ts";
import { useLoad } from "../useQuery.ts";
import { Chart } from "../components/Chart.tsx";
import { EvidenceButton } from "./Official.tsx";

function lower(s: string): string {
  return s.toLowerCase().replace(/_/g, " ");
}

function describe(e: PairEvent): React.ReactNode {
  switch (e.kind) {
    case "meeting":
      return (
        <>
          <span className="kind">{lower(e.meeting.kind)}</span> {e.meeting.participants.map((p) => p.official.name).join(", ")}
          {e.meeting.location ? <span className="muted"> in {e.meeting.location}</span> : null}
        </>
      );
    case "proposal":
      return (
        <>
          <span className="kind">{lower(e.proposal.kind)}</span> {e.proposal.speaker?.name ?? "—"} to {e.proposal.addressee?.name ?? e.proposal.addresseeName ?? "—"}: {e.proposal.text}
        </>
      );
    case "agreement":
      return (
        <>
          <span className="kind">agreement, {lower(e.agreement.status)}</span> {e.agreement.title}
        </>
      );
  }
}

function Lifecycles({ events }: { events: PairEvent[] }) {
  const agreements = events.flatMap((e) => (e.kind === "agreement" ? [e.agreement] : []));
  if (agreements.length === 0) return <p className="muted">No agreements between them in the reports read.</p>;
  return (
    <ol className="lifecycles">
      {[...agreements]
        .sort((x, y) => (lifecycle(x)[0]?.date ?? x.date).localeCompare(lifecycle(y)[0]?.date ?? y.date))
        .map((ag) => (
          <li key={ag.id} data-agreement={ag.id}>
            <strong>{ag.title}</strong>{" "}
            <span className="muted">
              {lower(ag.kind)}, {lower(ag.status)}
              {ag.signedOn ? `, signed ${ag.signedOn}` : ""}
            </span>
            <ol className="steps">
              {lifecycle(ag).map((step) => (
                <li key={`${step.status}-${step.date}`} data-status={step.status}>
                  <span className="kind">{lower(step.status)}</span> <time>{step.date}</time>
                  <ul className="reports">
                    {step.reports.map((d) => (
                      <li key={d.id}>
                        <EvidenceButton id={ag.id} report={d.id}>
                          {d.title ?? d.source} <span className="muted">{d.date}</span>
                        </EvidenceButton>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </li>
        ))}
    </ol>
  );
}

export function PairView({ a, b }: { a: string; b: string }) {
  const list = useLoad((signal) => countries(signal), []);
  const loaded = useLoad((signal) => (a && b ? pairTimeline(a, b, signal) : Promise.resolve(null)), [a, b]);
  const all = list.state === "done" ? [...list.data].sort((x, y) => x.name.localeCompare(y.name)) : [];
  const name = (code: string) => all.find((c) => c.code === code)?.name ?? code;
  const counts = useMemo(() => (loaded.state === "done" && loaded.data ? monthlyCounts(loaded.data.events) : []), [loaded]);
  const render = useCallback(
    (width: number) =>
      counts.length === 0
        ? null
        : Plot.plot({
            width,
            height: 200,
            x: { type: "utc", label: null },
            y: { label: "per month", grid: true },
            color: { legend: true, domain: ["meeting", "proposal", "agreement"], range: ["#5b7db1", "#c0562f", "#4f9a6d"] },
            marks: [Plot.rectY(counts, { x: (d: { month: string }) => new Date(`${d.month}-01T00:00:00Z`), interval: "month", y: "count", fill: "kind", title: (d: { month: string; kind: string; count: number }) => `${d.month}: ${d.count} ${d.kind}` }), Plot.ruleY([0])],
          }),
    [counts],
  );
  const picker = (which: "a" | "b", value: string) => (
    <label>
      {which === "a" ? "Country" : "and"}{" "}
      <select value={value} onChange={(e) => navigate(href({ view: "pair", a: which === "a" ? e.target.value : a, b: which === "b" ? e.target.value : b }))}>
        <option value="">choose…</option>
        {all.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <section className="pair">
      <h1>{a && b ? `${name(a)} and ${name(b)}` : "Two countries"}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        {picker("a", a)} {picker("b", b)}
      </form>
      {!(a && b) && <p className="muted">Choose two countries to see what they have done together.</p>}
      {loaded.state === "error" && <p className="error">{loaded.message}</p>}
      {loaded.state === "loading" && <p className="muted">Loading…</p>}
      {loaded.state === "done" && loaded.data && (
        <>
          {(loaded.data.meetingsRead < loaded.data.meetingsTotal || loaded.data.agreementsRead < loaded.data.agreementsTotal) && (
            <p className="muted">
              From the newest {loaded.data.meetingsRead} of {loaded.data.meetingsTotal} meetings and {loaded.data.agreementsRead} of {loaded.data.agreementsTotal} agreements of {name(a)}.
            </p>
          )}
          <h2>Per month</h2>
          <Chart render={render} label={`Monthly meetings, proposals and agreements between ${name(a)} and ${name(b)}`} />
          <h2>
            Timeline <span className="muted">{loaded.data.events.length}</span>
          </h2>
          <ol className="items timeline">
            {loaded.data.events.map((e) => (
              <li key={e.id} data-kind={e.kind}>
                <EvidenceButton id={e.id}>
                  <time>{e.date || "undated"}</time> {describe(e)}
                </EvidenceButton>
              </li>
            ))}
          </ol>
          <h2>Agreements' lifecycles</h2>
          <Lifecycles events={loaded.data.events} />
        </>
      )}
    </section>
  );
}
