// The app's only way to the server: typed documents generated from explorer/operations/ (npm run
// codegen), POSTed to /graphql on the same origin. Results and variables are typed by the schema.
import type { TypedDocumentString } from "./gql/graphql.ts";

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

export async function request<R, V>(doc: TypedDocumentString<R, V>, variables: V, signal?: AbortSignal): Promise<R> {
  const res = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
    body: JSON.stringify({ query: doc.toString(), variables }),
    signal,
  });
  let body: { data?: R | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = await res.json();
  } catch {
    throw new ApiError(`The server answered ${res.status} without a GraphQL response`);
  }
  if (body.errors?.length) throw new ApiError(body.errors.map((e) => e.message).join("; "), body.errors[0].extensions?.code);
  if (!body.data) throw new ApiError(`The server answered ${res.status} without data`);
  return body.data;
}

/**
 * Pages through a connection until `limit` items or the end, so a view never asks for a whole
 * list: at 100,000 documents it shows the newest `limit` and says how many there are.
 */
export async function collectPages<T>(
  fetchPage: (after: string | null) => Promise<{ totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; nodes: T[] }>,
  limit: number,
): Promise<{ items: T[]; totalCount: number }> {
  const items: T[] = [];
  let after: string | null = null;
  let totalCount = 0;
  for (;;) {
    const page = await fetchPage(after);
    totalCount = page.totalCount;
    items.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor || items.length >= limit) break;
    after = page.pageInfo.endCursor;
  }
  return { items: items.slice(0, limit), totalCount };
}
