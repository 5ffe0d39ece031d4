// Access control: bearer tokens from configuration, compared in constant time, never logged.
// Mutations need the write token; queries need the read (or write) token when one is configured.
import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";
import { HeaderMap } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { Security } from "./config.ts";

/** What one request may do, decided once from its Authorization header. */
export interface Access {
  read: boolean;
  write: boolean;
  /** Why writing is refused (null when allowed). */
  writeRefusal: AccessRefusal | null;
  /** Why reading is refused (null when allowed). */
  readRefusal: AccessRefusal | null;
}

export interface AccessRefusal {
  code: "UNAUTHENTICATED" | "FORBIDDEN";
  message: string;
}

/** The bearer token of an Authorization header, or null. */
export function bearerToken(headers: IncomingHttpHeaders | Record<string, string | string[] | undefined>): string | null {
  const raw = headers.authorization ?? (headers as Record<string, unknown>).Authorization;
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== "string") return null;
  const m = /^\s*Bearer\s+(\S+)\s*$/i.exec(value);
  return m ? m[1] : null;
}

/** Constant-time comparison (hashing first makes the lengths equal and hides the token's). */
export function tokenMatches(given: string | null, expected: string | null): boolean {
  if (given == null || expected == null) return false;
  const a = createHash("sha256").update(given, "utf8").digest();
  const b = createHash("sha256").update(expected, "utf8").digest();
  return timingSafeEqual(a, b);
}

export function decideAccess(security: Pick<Security, "writeToken" | "readToken" | "allowAnonymousWrites">, headers: IncomingHttpHeaders = {}): Access {
  const given = bearerToken(headers);
  const isWriter = tokenMatches(given, security.writeToken);
  const isReader = isWriter || tokenMatches(given, security.readToken);

  let writeRefusal: AccessRefusal | null = null;
  if (!security.writeToken) {
    if (!security.allowAnonymousWrites) writeRefusal = { code: "FORBIDDEN", message: "Writes are disabled on this server (no write token is configured)." };
  } else if (!isWriter) {
    writeRefusal =
      given == null
        ? { code: "UNAUTHENTICATED", message: "This operation needs a bearer token with write access (Authorization: Bearer <token>)." }
        : isReader
          ? { code: "FORBIDDEN", message: "This token may read but not write." }
          : { code: "UNAUTHENTICATED", message: "The bearer token is not valid." };
  }

  let readRefusal: AccessRefusal | null = null;
  if (security.readToken && !isReader) {
    readRefusal =
      given == null
        ? { code: "UNAUTHENTICATED", message: "This server needs a bearer token to read (Authorization: Bearer <token>)." }
        : { code: "UNAUTHENTICATED", message: "The bearer token is not valid." };
  }
  return { read: readRefusal == null, write: writeRefusal == null, writeRefusal, readRefusal };
}

/** The GraphQL error for a refusal, with the HTTP status Apollo should answer with. */
export function accessError(refusal: AccessRefusal): GraphQLError {
  const status = refusal.code === "UNAUTHENTICATED" ? 401 : 403;
  const headers = new HeaderMap();
  if (status === 401) headers.set("www-authenticate", 'Bearer realm="diplograph"');
  return new GraphQLError(refusal.message, { extensions: { code: refusal.code, http: { status, headers } } });
}

/** Throws unless `access` allows writing. No access decision at all (an in-process caller without a server) is refused too. */
export function assertWriteAccess(access: Access | undefined): void {
  if (!access) throw accessError({ code: "FORBIDDEN", message: "Writes need an access decision from the server." });
  if (access.writeRefusal) throw accessError(access.writeRefusal);
}
