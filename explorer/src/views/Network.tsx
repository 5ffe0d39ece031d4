// Countries or officials as nodes, meetings as weighted edges, filtered by period and kind; a
// node opens its page (an official's page, or the country's pair view).
import { useMemo } from "react";
import { meetingNetwork, MEETING_KINDS } from "../data/network.ts";
import { href, navigate, type Route } from "../router.ts";
import { useLoad } from "../useQuery.ts";
import { Graph } from "../components/Graph.tsx";
import { Link } from "../components/Link.tsx";

type NetworkRoute = Extract<Route, { view: "network" }>;

export function NetworkView(route: NetworkRoute) {
  const { by, from, to, kind } = route;
  const loaded = useLoad((signal) => meetingNetwork(by, { from, to, kind }, signal), [by, from, to, kind]);
  const nodeHref = (id: string) => (by === "official" ? href({ view: "official", id }) : href({ view: "pair", a: id, b: "" }));
  const set = (change: Partial<NetworkRoute>) => navigate(href({ ...route, ...change }));
  const top = useMemo(() => (loaded.state === "done" ? [...loaded.data.nodes].sort((x, y) => y.meetings - x.meetings) : []), [loaded]);
  const shown = useMemo(() => {
    if (loaded.state !== "done") return null;
    // A readable picture: the 60 most active nodes and the edges between them.
    const keep = new Set(top.slice(0, 60).map((n) => n.id));
    // The busiest node in the centre, the next five around it, the rest outside.
    const nodes = top.filter((n) => keep.has(n.id)).map((n, i) => ({ ...n, rank: i === 0 ? 3 : i < 6 ? 2 : 1 }));
    return { nodes, edges: loaded.data.edges.filter((e) => keep.has(e.source) && keep.has(e.target)) };
  }, [loaded, top]);
  return (
    <section className="network">
      <h1>Network</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()}>
        <label>
          Nodes{" "}
          <select value={by} onChange={(e) => set({ by: e.target.value === "official" ? "official" : "country" })}>
            <option value="country">countries</option>
            <option value="official">officials</option>
          </select>
        </label>
        <label>
          From <input type="date" value={from} onChange={(e) => set({ from: e.target.value })} />
        </label>
        <label>
          to <input type="date" value={to} onChange={(e) => set({ to: e.target.value })} />
        </label>
        <label>
          Kind{" "}
          <select value={kind} onChange={(e) => set({ kind: e.target.value })}>
            <option value="">all meetings</option>
            {MEETING_KINDS.map((k) => (
              <option key={k} value={k}>
                {k.toLowerCase().replace(/_/g, " ")}
              </option>
            ))}
          </select>
        </label>
      </form>
      {loaded.state === "loading" && <p className="muted">Loading…</p>}
      {loaded.state === "error" && <p className="error">{loaded.message}</p>}
      {loaded.state === "done" && shown && (
        <>
          <p className="muted">
            {loaded.data.total} meetings in the period{loaded.data.read < loaded.data.total ? `; the newest ${loaded.data.read} drawn` : ""}; {loaded.data.nodes.length} {by === "official" ? "officials" : "countries"}
            {loaded.data.nodes.length > shown.nodes.length ? `, the ${shown.nodes.length} with most meetings shown` : ""}.
          </p>
          <Graph nodes={shown.nodes} edges={shown.edges} onOpen={(id) => navigate(nodeHref(id))} label={`Meetings between ${by === "official" ? "officials" : "countries"}`} />
          <ol className="counterparts">
            {top.slice(0, 60).map((n) => (
              <li key={n.id}>
                <Link to={nodeHref(n.id)}>{n.label}</Link> <span className="muted">{n.meetings} meetings</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
