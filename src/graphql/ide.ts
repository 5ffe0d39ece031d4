// The offline IDE: GraphiQL 3 and React 18 inlined from node_modules (no CDN), preloaded with
// an example query and variables. A Content-Security-Policy keeps every request on this origin.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
// graphiql's "exports" hides its UMD build: resolve the package root through package.json.
const read = (pkg: string, file: string) =>
  fs.readFileSync(path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file), "utf8").replaceAll("</script", "<\\/script");

export const EXAMPLE_QUERY = `# Officials with their meetings and the proposals they made.
# Press the run button (or Ctrl-Enter); the Docs panel (top left) describes every type and field.
query OfficialsWithMeetingsAndProposals($first: Int!, $name: String) {
  officials(first: $first, name: $name) {
    totalCount
    edges {
      node {
        name
        title
        country { name }
        meetings(first: 10) {
          edges {
            node {
              date
              kind
              location
              participants { role official { name } }
            }
          }
        }
        proposals(first: 10) {
          edges {
            node {
              kind
              text
              addressee { name }
              addresseeName
            }
          }
        }
      }
    }
  }
}
`;

export const EXAMPLE_VARIABLES = JSON.stringify({ first: 10, name: null }, null, 2);

export const IDE_CSP = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
].join("; ");

let page: string | null = null;

/** The IDE's HTML, talking to `endpoint` (a path on this origin). */
export function ideHtml(endpoint = "/graphql"): string {
  page ??= `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>diplograph GraphQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<style>body{margin:0;height:100vh}#graphiql{height:100vh}</style>
<style>${read("graphiql", "graphiql.min.css")}</style></head>
<body><div id="graphiql">Loading…</div>
<script>${read("react", "umd/react.production.min.js")}</script>
<script>${read("react-dom", "umd/react-dom.production.min.js")}</script>
<script>${read("graphiql", "graphiql.min.js")}</script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: new URL(${JSON.stringify(endpoint)}, location.href).toString() });
  ReactDOM.createRoot(document.getElementById("graphiql")).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery: ${JSON.stringify(EXAMPLE_QUERY)},
      query: ${JSON.stringify(EXAMPLE_QUERY)},
      variables: ${JSON.stringify(EXAMPLE_VARIABLES)},
      defaultEditorToolsVisibility: "variables",
      shouldPersistHeaders: false,
    }));
</script></body></html>`;
  return page;
}
