// The Explorer: one page application under /explore; the URL decides the view.
import { StrictMode, useCallback } from "react";
import { createRoot } from "react-dom/client";
import { href, navigate, parse, useLocation, withParam, withParams } from "./router.ts";
import { Link } from "./components/Link.tsx";
import { EvidencePanel } from "./components/Evidence.tsx";
import { SearchView } from "./views/Search.tsx";
import { OfficialView } from "./views/Official.tsx";
import { PairView } from "./views/Pair.tsx";
import { NetworkView } from "./views/Network.tsx";
import "./style.css";

function App() {
  const loc = useLocation();
  const route = parse(loc);
  const params = new URLSearchParams(loc.search);
  const evidence = params.get("evidence");
  const closeEvidence = useCallback(() => navigate(withParams({ evidence: null, report: null })), []);
  const showAllReports = useCallback(() => navigate(withParam("report", null)), []);
  let view: React.ReactNode;
  switch (route.view) {
    case "search":
      view = <SearchView q={route.q} />;
      break;
    case "official":
      view = <OfficialView key={route.id} id={route.id} />;
      break;
    case "pair":
      view = <PairView a={route.a} b={route.b} />;
      break;
    case "network":
      view = <NetworkView {...route} />;
      break;
    case "missing":
      view = <p className="error">No page at {route.path}.</p>;
  }
  if (route.view !== "official") document.title = "diplograph Explorer";
  return (
    <>
      <nav className="top" aria-label="Views">
        <Link to={href({ view: "search", q: "" })} className="brand">
          diplograph
        </Link>
        <Link to={href({ view: "search", q: "" })}>Search</Link>
        <Link to={href({ view: "pair", a: "", b: "" })}>Country pair</Link>
        <Link to={href({ view: "network", by: "country", from: "", to: "", kind: "" })}>Network</Link>
        <a href="/graphql">API</a>
      </nav>
      <div className={evidence ? "layout with-evidence" : "layout"}>
        <main>{view}</main>
        {evidence && <EvidencePanel key={evidence} id={evidence} report={params.get("report")} onClose={closeEvidence} onShowAll={showAllReports} />}
      </div>
    </>
  );
}

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
