// Trusted documents: a server that runs only the operations its clients shipped. The manifests
// are the `persisted-documents.json` files GraphQL Code Generator's client preset writes
// (`"sha256:<hex>": "<operation>"`). A client sends an operation by its identifier, as the
// GraphQL-over-HTTP persisted-documents appendix describes (`documentId`, in the body or the
// query string), or in Apollo's form (`extensions.persistedQuery.sha256Hash`). In trusted mode any
// other operation text is refused, except from holders of the write token (operators in the IDE).
import fs from "node:fs";

export class TrustedDocumentError extends Error {
  constructor(
    message: string,
    readonly code: "PERSISTED_QUERY_NOT_FOUND" | "TRUSTED_DOCUMENT_REQUIRED" | "BAD_REQUEST",
  ) {
    super(message);
  }
}

export type Manifest = ReadonlyMap<string, string>;

const DOCUMENT_ID = /^sha256:[0-9a-f]{64}$/;

/** Reads manifests; a missing file or a malformed entry stops the server with the file's name. */
export function loadManifests(paths: string[]): Manifest {
  const documents = new Map<string, string>();
  for (const path of paths) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(fs.readFileSync(path, "utf8"));
    } catch (e) {
      throw new Error(`trusted documents manifest ${path}: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) throw new Error(`trusted documents manifest ${path}: expected an object of "sha256:<hash>": "<operation>"`);
    for (const [id, text] of Object.entries(parsed)) {
      if (!DOCUMENT_ID.test(id) || typeof text !== "string") throw new Error(`trusted documents manifest ${path}: bad entry "${id.slice(0, 80)}"`);
      documents.set(id, text);
    }
  }
  return documents;
}

/** A document identifier as clients send it: `sha256:<hex>`, or Apollo's bare hex hash. */
function normalise(id: unknown, where: string): string {
  if (typeof id !== "string") throw new TrustedDocumentError(`\`${where}\` must be a string of the form sha256:<64 hex digits>`, "BAD_REQUEST");
  const full = /^[0-9a-f]{64}$/i.test(id) ? `sha256:${id}` : id;
  if (!DOCUMENT_ID.test(full.toLowerCase())) throw new TrustedDocumentError(`\`${where}\` "${id.slice(0, 80)}" is not of the form sha256:<64 hex digits>`, "BAD_REQUEST");
  return full.toLowerCase();
}

/** The GraphQL request parameters a client sent (a JSON body, or GET's query string). */
export interface RequestParams {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
  [key: string]: unknown;
}

function persistedHash(params: RequestParams): unknown {
  const ext = params.extensions;
  if (ext && typeof ext === "object" && "persistedQuery" in ext) {
    const pq = (ext as { persistedQuery?: { sha256Hash?: unknown } }).persistedQuery;
    return pq && typeof pq === "object" ? (pq.sha256Hash ?? null) : null;
  }
  return undefined;
}

/**
 * Replaces a document identifier with the manifest's operation. Returns the parameters to execute;
 * throws TrustedDocumentError for an unknown or malformed identifier, and, when `trustedOnly`,
 * for operation text sent without one.
 */
export function resolveTrustedDocument(params: RequestParams, manifest: Manifest, { trustedOnly }: { trustedOnly: boolean }): RequestParams {
  const hash = persistedHash(params);
  const id = params.documentId !== undefined ? normalise(params.documentId, "documentId") : hash != null ? normalise(hash, "extensions.persistedQuery.sha256Hash") : null;
  if (id == null) {
    if (trustedOnly && params.query !== undefined) {
      throw new TrustedDocumentError("This server runs trusted documents only: send the operation's documentId (sha256:<hash>) from your client's persisted-documents manifest.", "TRUSTED_DOCUMENT_REQUIRED");
    }
    return params;
  }
  const query = manifest.get(id);
  if (query === undefined) {
    // Outside trusted mode Apollo's automatic persisted queries still answer by hash.
    if (!trustedOnly && params.documentId === undefined) return params;
    throw new TrustedDocumentError(`Unknown document ${id}: it is not in this server's trusted documents.`, "PERSISTED_QUERY_NOT_FOUND");
  }
  if (params.query !== undefined && params.query !== query) {
    throw new TrustedDocumentError(`The operation text sent differs from trusted document ${id}.`, "BAD_REQUEST");
  }
  const { documentId: _id, ...rest } = params;
  const extensions = rest.extensions && typeof rest.extensions === "object" ? { ...(rest.extensions as object) } : undefined;
  if (extensions) delete (extensions as { persistedQuery?: unknown }).persistedQuery;
  return { ...rest, query, ...(extensions ? { extensions } : {}) };
}
