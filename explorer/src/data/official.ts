// Data of the official view: the head (positions, counterparts), meetings page by page, and the
// proposals and agreements; each its own request so the page renders as soon as the head arrives.
import { ApiError, request } from "../api.ts";
import {
  ExplorerOfficialDocument,
  ExplorerOfficialMeetingsDocument,
  ExplorerOfficialProposalsDocument,
  type ExplorerOfficialMeetingsQuery,
} from "../gql/graphql.ts";

export async function officialHead(id: string, signal?: AbortSignal) {
  const data = await request(ExplorerOfficialDocument, { id }, signal);
  if (!data.official) throw new ApiError(`No official with ID ${id}`, "NOT_FOUND");
  return data.official;
}
export type OfficialHead = Awaited<ReturnType<typeof officialHead>>;

export type OfficialMeeting = NonNullable<ExplorerOfficialMeetingsQuery["official"]>["meetings"]["nodes"][number];

export async function officialMeetings(id: string, after: string | null, signal?: AbortSignal) {
  const data = await request(ExplorerOfficialMeetingsDocument, { id, first: 50, after }, signal);
  if (!data.official) throw new ApiError(`No official with ID ${id}`, "NOT_FOUND");
  return data.official.meetings;
}

export async function officialProposals(id: string, signal?: AbortSignal) {
  const data = await request(ExplorerOfficialProposalsDocument, { id, first: 30 }, signal);
  if (!data.official) throw new ApiError(`No official with ID ${id}`, "NOT_FOUND");
  return data.official;
}
export type OfficialProposals = Awaited<ReturnType<typeof officialProposals>>;
