// An official's page: positions over time, counterparts as a network (edge = shared meetings), a
// timeline of meetings, proposals made and received, agreements. Every item opens its evidence.
import { useCallback, useEffect, useMemo, useState } from "react";
import * as Plot from "@observablehq/plot";
import { officialHead, officialMeetings, officialProposals, type OfficialHead, type OfficialMeeting } from "../data/official.ts";
import { href, navigate, withParams } from "../router.ts";
import { useLoad } from "../useQuery.ts";
import { Graph, type GraphEdge, type GraphNode } from "../components/Graph.tsx";
import { Chart } from "../components/Chart.tsx";
import { Link } from "../components/Link.tsx";

function lower(s: string): string {
  return s.toLowerCase().replace(/_/g, " ");
}

/** A button that opens the evidence of one fact (its ID goes into the URL: ?evidence=). */
/** Opens a fact's evidence; with `report`, only what that one report said of it. */
export function EvidenceButton({ id, report, children }: { id: string; report?: string; children: React.ReactNode }) {
  return (
    <button className="item" data-fact={id} data-report={report} onClick={() => navigate(withParams({ evidence: id, report: report ?? null }))}>
      {children}
    </button>
  );
}

function MeetingsSection({ id, name }: { id: string; name: string }) {
  const [pages, setPages] = useState<{ items: OfficialMeeting[]; total: number; next: string | null; loading: boolean; error?: string }>({ items: [], total: 0, next: null, loading: true });
  const loadPage = useCallback(
    (after: string | null, signal?: AbortSignal) => {
      setPages((p) => ({ ...p, loading: true }));
      officialMeetings(id, after, signal).then(
        (m) => setPages((p) => ({ items: after ? [...p.items, ...m.nodes] : m.nodes, total: m.totalCount, next: m.pageInfo.hasNextPage ? (m.pageInfo.endCursor ?? null) : null, loading: false })),
        (e: unknown) => !signal?.aborted && setPages((p) => ({ ...p, loading: false, error: e instanceof Error ? e.message : String(e) })),
      );
    },
    [id],
  );
  useEffect(() => {
    const ctrl = new AbortController();
    loadPage(null, ctrl.signal);
    return () => ctrl.abort();
  }, [loadPage]);
  const dated = pages.items.filter((m) => m.dateStart);
  const render = useCallback(
    (width: number) =>
      dated.length === 0
        ? null
        : Plot.plot({
            width,
            height: 120,
            marginLeft: 90,
            x: { type: "utc", label: null },
            y: { label: null },
            color: { legend: false },
            marks: [Plot.dot(dated, { x: (m: OfficialMeeting) => new Date(m.dateStart!), y: (m: OfficialMeeting) => lower(m.kind), fill: "#5b7db1", r: 5, title: (m: OfficialMeeting) => `${m.date} ${lower(m.kind)}` }), Plot.ruleY([])],
          }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [pages.items],
  );
  return (
    <section className="meetings">
      <h2>
        Meetings <span className="muted">{pages.total}</span>
      </h2>
      <Chart render={render} label={`Timeline of ${name}'s meetings`} />
      {pages.error && <p className="error">{pages.error}</p>}
      <ol className="items">
        {pages.items.map((m) => (
          <li key={m.id}>
            <EvidenceButton id={m.id}>
              <time>{m.date ?? "undated"}</time> <span className="kind">{lower(m.kind)}</span>
              {m.status === "PLANNED" ? <span className="muted"> (planned)</span> : null} with{" "}
              {m.participants
                .filter((p) => p.official.id !== id)
                .map((p) => p.official.name)
                .join(", ") || "—"}
              {m.location ? <span className="muted"> in {m.location}</span> : null}
            </EvidenceButton>
          </li>
        ))}
      </ol>
      {pages.next && (
        <button className="more" disabled={pages.loading} onClick={() => loadPage(pages.next)}>
          {pages.loading ? "Loading…" : `Older meetings (${pages.items.length} of ${pages.total} shown)`}
        </button>
      )}
    </section>
  );
}

function ProposalsSection({ id }: { id: string }) {
  const loaded = useLoad((signal) => officialProposals(id, signal), [id]);
  if (loaded.state === "loading") return <p className="muted">Loading proposals…</p>;
  if (loaded.state === "error") return <p className="error">{loaded.message}</p>;
  const { proposals, proposalsReceived, agreementsProposed } = loaded.data;
  return (
    <>
      <section>
        <h2>
          Proposals made <span className="muted">{proposals.totalCount}</span>
        </h2>
        <ol className="items">
          {proposals.nodes.map((p) => (
            <li key={p.id}>
              <EvidenceButton id={p.id}>
                <time>{p.date}</time> <span className="kind">{lower(p.kind)}</span> to {p.addressee?.name ?? p.addresseeName ?? "—"}: {p.text}
              </EvidenceButton>
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h2>
          Proposals received <span className="muted">{proposalsReceived.totalCount}</span>
        </h2>
        <ol className="items">
          {proposalsReceived.nodes.map((p) => (
            <li key={p.id}>
              <EvidenceButton id={p.id}>
                <time>{p.date}</time> <span className="kind">{lower(p.kind)}</span> from {p.speaker?.name ?? "—"}: {p.text}
              </EvidenceButton>
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h2>
          Agreements <span className="muted">{agreementsProposed.totalCount}</span>
        </h2>
        <ol className="items">
          {agreementsProposed.nodes.map((a) => (
            <li key={a.id}>
              <EvidenceButton id={a.id}>
                <time>{a.date}</time> <span className="kind">{lower(a.status)}</span> {a.title}
              </EvidenceButton>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

type PositionNode = OfficialHead["positions"]["nodes"][number];

/** Positions over time: consecutive reports of the same title and organisation become one period. */
function positionPeriods(positions: PositionNode[]) {
  const periods: { id: string; title: string; organization: string; first: string; last: string; reports: number }[] = [];
  for (const p of [...positions].sort((x, y) => x.date.localeCompare(y.date))) {
    const organization = p.organization?.name ?? "";
    const last = periods[periods.length - 1];
    if (last && last.title === p.title && last.organization === organization) {
      last.last = p.date;
      last.reports++;
    } else periods.push({ id: p.id, title: p.title, organization, first: p.date, last: p.date, reports: 1 });
  }
  return periods;
}

export function OfficialView({ id }: { id: string }) {
  const loaded = useLoad((signal) => officialHead(id, signal), [id]);
  const graph = useMemo(() => {
    if (loaded.state !== "done") return null;
    const o = loaded.data;
    return {
      nodes: [{ id: o.id, label: o.name, focus: true }, ...o.counterparts.edges.map((e) => ({ id: e.node.id, label: e.node.name }))],
      edges: o.counterparts.edges.map((e) => ({ source: o.id, target: e.node.id, weight: e.meetingCount })),
    };
  }, [loaded]);
  useEffect(() => {
    if (loaded.state === "done") document.title = `${loaded.data.name} · diplograph Explorer`;
  }, [loaded]);
  // The meetings and proposals are asked for at once, beside the head, not after it.
  const rest = (
    <>
      <MeetingsSection id={id} name={loaded.state === "done" ? loaded.data.name : "the official"} />
      <ProposalsSection id={id} />
    </>
  );
  if (loaded.state === "error") return <p className="error">{loaded.message}</p>;
  // One tree for both states, so the sections keep their data when the head arrives.
  return (
    <article className="official">
      {loaded.state === "loading" ? <p className="muted">Loading…</p> : <Head o={loaded.data} graph={graph} />}
      {rest}
    </article>
  );
}

function Head({ o, graph }: { o: OfficialHead; graph: { nodes: GraphNode[]; edges: GraphEdge[] } | null }) {
  return (
    <>
      <header>
        <h1>{o.name}</h1>
        <p>
          {[o.title, o.organization?.name, o.country?.name].filter(Boolean).join(" · ")}
          {o.aliases.length > 0 && <span className="muted"> (also {o.aliases.join(", ")})</span>}
        </p>
      </header>
      <div className="columns">
        <section>
          <h2>
            Counterparts <span className="muted">{o.counterparts.totalCount}</span>
          </h2>
          {graph && <Graph nodes={graph.nodes} edges={graph.edges} onOpen={(n) => n !== o.id && navigate(href({ view: "official", id: n }))} label={`${o.name} and the officials they met`} />}
          <ol className="counterparts">
            {o.counterparts.edges.map((e) => (
              <li key={e.node.id}>
                <Link to={href({ view: "official", id: e.node.id })}>{e.node.name}</Link> <span className="muted">{e.node.country?.name}</span> · {e.meetingCount} meeting{e.meetingCount === 1 ? "" : "s"}
              </li>
            ))}
          </ol>
        </section>
        <section>
          <h2>
            Positions <span className="muted">{o.positions.totalCount} reports</span>
          </h2>
          <ol className="items">
            {positionPeriods(o.positions.nodes).map((p) => (
              <li key={p.id}>
                <EvidenceButton id={p.id}>
                  <time>
                    {p.first}
                    {p.last !== p.first ? ` – ${p.last}` : ""}
                  </time>{" "}
                  {p.title}
                  {p.organization ? `, ${p.organization}` : ""} <span className="muted">({p.reports} report{p.reports === 1 ? "" : "s"})</span>
                </EvidenceButton>
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
  );
}
