// Data of the network view: meetings of a period and kind, newest first, read page by page up to
// NETWORK_LIMIT, folded into nodes (countries or officials) and edges weighted by shared meetings.
import { collectPages, request } from "../api.ts";
import { ExplorerNetworkMeetingsDocument, type MeetingKind } from "../gql/graphql.ts";

export const NETWORK_LIMIT = 1000;

export interface NetworkNode {
  id: string;
  label: string;
  meetings: number;
}
export interface NetworkEdge {
  source: string;
  target: string;
  weight: number;
}

export const MEETING_KINDS: MeetingKind[] = ["MEETING", "RECEPTION", "TALKS", "VISIT", "PHONE_CALL", "VIDEO_CALL", "CONFERENCE", "DIALOGUE", "WORKING_SESSION"];

export async function meetingNetwork(
  by: "country" | "official",
  filter: { from: string; to: string; kind: string },
  signal?: AbortSignal,
): Promise<{ nodes: NetworkNode[]; edges: NetworkEdge[]; read: number; total: number }> {
  const kind = MEETING_KINDS.includes(filter.kind as MeetingKind) ? [filter.kind as MeetingKind] : null;
  const vars = { first: 100, from: filter.from || null, to: filter.to || null, kind };
  const { items, totalCount } = await collectPages((after) => request(ExplorerNetworkMeetingsDocument, { ...vars, after }, signal).then((d) => d.meetings), NETWORK_LIMIT);
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  for (const m of items) {
    const ends = new Map<string, string>();
    for (const p of m.participants) {
      if (by === "official") ends.set(p.official.id, p.official.name);
      else if (p.official.country) ends.set(p.official.country.code, p.official.country.name);
    }
    const ids = [...ends.keys()].sort();
    for (const id of ids) {
      const n = nodes.get(id) ?? { id, label: ends.get(id)!, meetings: 0 };
      n.meetings++;
      nodes.set(id, n);
    }
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) {
        const key = `${ids[i]}|${ids[j]}`;
        const e = edges.get(key) ?? { source: ids[i], target: ids[j], weight: 0 };
        e.weight++;
        edges.set(key, e);
      }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()], read: items.length, total: totalCount };
}
