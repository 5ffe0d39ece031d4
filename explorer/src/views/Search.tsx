// Search across officials, countries, organisations and agreements. The query is in the URL
// (?q=); arrow keys move through the results, Enter opens one.
import { useEffect, useRef, useState } from "react";
import { searchEntities, type SearchHit } from "../data/search.ts";
import { href, navigate, withParams } from "../router.ts";
import { useLoad } from "../useQuery.ts";

function target(hit: SearchHit): string {
  switch (hit.__typename) {
    case "Official":
      return href({ view: "official", id: hit.id });
    case "Country":
      return href({ view: "pair", a: hit.code, b: "" });
    case "Organization":
    case "Agreement":
      return withParams({ evidence: hit.id, report: null });
    default:
      return location.href;
  }
}

function key(hit: SearchHit, i: number): string {
  return "id" in hit ? hit.id : `${hit.__typename}-${i}`;
}

function describe(hit: SearchHit): { name: string; detail: string; kind: string } {
  switch (hit.__typename) {
    case "Official":
      return { kind: "Official", name: hit.name, detail: [hit.officialTitle, hit.country?.name].filter(Boolean).join(", ") };
    case "Country":
      return { kind: "Country", name: hit.name, detail: hit.code };
    case "Organization":
      return { kind: "Organisation", name: hit.name, detail: [hit.acronym, hit.country?.code].filter(Boolean).join(", ") };
    case "Agreement":
      return { kind: "Agreement", name: hit.title, detail: `${hit.status.toLowerCase().replace("_", " ")}, ${hit.agreementDate}` };
    default:
      return { kind: hit.__typename ?? "", name: "", detail: "" };
  }
}

export function SearchView({ q }: { q: string }) {
  const [text, setText] = useState(q);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  // Back/forward change q; the box's own echo through the URL must not eat a trailing space.
  useEffect(() => {
    setText((t) => (t.trim() === q ? t : q));
  }, [q]);
  useEffect(() => {
    input.current?.focus();
  }, []);
  // The URL follows the box (replaceState: typing is not a history entry per letter).
  useEffect(() => {
    const t = setTimeout(() => navigate(href({ view: "search", q: text.trim() }), { replace: true }), 200);
    return () => clearTimeout(t);
  }, [text]);
  const loaded = useLoad((signal) => (q.trim() ? searchEntities(q.trim(), signal) : Promise.resolve(null)), [q]);
  const hits = loaded.state === "done" && loaded.data ? loaded.data.hits : [];
  useEffect(() => {
    setActive(0);
  }, [q]);

  function onKey(e: React.KeyboardEvent) {
    if (e.key === "ArrowDown") setActive((i) => Math.min(hits.length - 1, i + 1));
    else if (e.key === "ArrowUp") setActive((i) => Math.max(0, i - 1));
    else if (e.key === "Enter" && hits[active]) navigate(target(hits[active]));
    else return;
    e.preventDefault();
  }

  return (
    <section className="search">
      <h1>Search</h1>
      <input
        ref={input}
        type="search"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKey}
        placeholder="An official, a country, an organisation, an agreement…"
        aria-label="Search"
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls="search-results"
        aria-activedescendant={hits[active] ? `hit-${active}` : undefined}
      />
      {loaded.state === "error" && <p className="error">{loaded.message}</p>}
      {loaded.state === "done" && loaded.data && (
        <p className="muted">
          {loaded.data.totalCount} match{loaded.data.totalCount === 1 ? "" : "es"}
          {loaded.data.totalCount > hits.length ? `, the first ${hits.length} shown` : ""}
        </p>
      )}
      <ul id="search-results" role="listbox" className="hits">
        {hits.map((hit, i) => {
          const d = describe(hit);
          return (
            <li key={key(hit, i)} id={`hit-${i}`} role="option" aria-selected={i === active} className={i === active ? "active" : ""}>
              <a
                href={target(hit)}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(target(hit));
                }}
                onMouseEnter={() => setActive(i)}
              >
                <span className="kind">{d.kind}</span> <strong>{d.name}</strong> <span className="muted">{d.detail}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
