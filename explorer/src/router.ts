// Every view has its own URL under /explore (history API): shareable, and the back button works.
import { useEffect, useState } from "react";

export const BASE = "/explore";

export type Route =
  | { view: "search"; q: string }
  | { view: "official"; id: string }
  | { view: "pair"; a: string; b: string }
  | { view: "network"; by: "country" | "official"; from: string; to: string; kind: string }
  | { view: "missing"; path: string };

export function parse(location: { pathname: string; search: string }): Route {
  const params = new URLSearchParams(location.search);
  const rest = location.pathname.startsWith(BASE) ? location.pathname.slice(BASE.length) : location.pathname;
  const parts = rest.split("/").filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0 || parts[0] === "search") return { view: "search", q: params.get("q") ?? "" };
  if (parts[0] === "official" && parts[1]) return { view: "official", id: parts[1] };
  if (parts[0] === "pair") return { view: "pair", a: (parts[1] ?? "").toUpperCase(), b: (parts[2] ?? "").toUpperCase() };
  if (parts[0] === "network")
    return { view: "network", by: params.get("by") === "official" ? "official" : "country", from: params.get("from") ?? "", to: params.get("to") ?? "", kind: params.get("kind") ?? "" };
  return { view: "missing", path: location.pathname };
}

export function href(route: Route, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  let path: string;
  switch (route.view) {
    case "search":
      path = "/";
      if (route.q) q.set("q", route.q);
      break;
    case "official":
      path = `/official/${encodeURIComponent(route.id)}`;
      break;
    case "pair":
      path = `/pair/${[route.a, route.b].filter(Boolean).map(encodeURIComponent).join("/")}`;
      break;
    case "network":
      path = "/network";
      if (route.by !== "country") q.set("by", route.by);
      if (route.from) q.set("from", route.from);
      if (route.to) q.set("to", route.to);
      if (route.kind) q.set("kind", route.kind);
      break;
    case "missing":
      return route.path;
  }
  for (const [k, v] of Object.entries(extra)) if (v) q.set(k, v);
  const search = q.toString();
  return `${BASE}${path}${search ? `?${search}` : ""}`;
}

const listeners = new Set<() => void>();
window.addEventListener("popstate", () => listeners.forEach((l) => l()));

export function navigate(url: string, { replace = false } = {}): void {
  if (url === location.pathname + location.search) return;
  if (replace) history.replaceState(null, "", url);
  else history.pushState(null, "", url);
  listeners.forEach((l) => l());
}

/** The current location, re-rendered on navigation and on back/forward. */
export function useLocation(): { pathname: string; search: string } {
  const [loc, setLoc] = useState({ pathname: location.pathname, search: location.search });
  useEffect(() => {
    const update = () => setLoc({ pathname: location.pathname, search: location.search });
    listeners.add(update);
    return () => void listeners.delete(update);
  }, []);
  return loc;
}

/** A query parameter of the current URL (e.g. the open evidence panel), kept beside the view's own. */
export function withParam(name: string, value: string | null): string {
  return withParams({ [name]: value });
}

/** Several query parameters at once; null removes one. */
export function withParams(values: Record<string, string | null>): string {
  const q = new URLSearchParams(location.search);
  for (const [name, value] of Object.entries(values)) {
    if (value) q.set(name, value);
    else q.delete(name);
  }
  const s = q.toString();
  return `${location.pathname}${s ? `?${s}` : ""}`;
}
