// Data of the search view: one call to the API's `search`.
import { request } from "../api.ts";
import { ExplorerSearchDocument, type ExplorerSearchQuery } from "../gql/graphql.ts";

export type SearchHit = ExplorerSearchQuery["search"]["nodes"][number];

export async function searchEntities(text: string, signal?: AbortSignal) {
  const data = await request(ExplorerSearchDocument, { text, first: 20 }, signal);
  return { totalCount: data.search.totalCount, hits: data.search.nodes };
}
