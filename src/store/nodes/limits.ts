// Lengths past which an extracted name or title is a run-on of the extractor, not a name or a
// title (one document once produced a 200,169-character title): such a title is dropped (the
// official is stored without a position from that document), and an official whose name is that
// long is not stored at all. Dropping rather than cutting: a cut run-on would still be wrong, and
// would then look like a real title.
import type { ExtractedDocument } from "../../extraction/types.ts";

export const MAX_NAME_LENGTH = 100;
export const MAX_TITLE_LENGTH = 200;

type Official = ExtractedDocument["officials"][number];

/** The document's officials with the length rules applied. */
export function admissibleOfficials(officials: Official[]): Official[] {
  return officials
    .filter((o) => o.name.length <= MAX_NAME_LENGTH)
    .map((o) => (o.title && o.title.length > MAX_TITLE_LENGTH ? { ...o, title: null } : o));
}
