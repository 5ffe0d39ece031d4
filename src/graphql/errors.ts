// Errors the API reports: a GraphQLError with `extensions.code`; anything unexpected is logged
// and reported as INTERNAL_SERVER_ERROR without its message or stack.
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { SECURITY_ERROR_CODES } from "./security/codes.ts";

export type ErrorCode = "BAD_USER_INPUT" | "NOT_FOUND" | "FORBIDDEN" | "UNAUTHENTICATED" | "QUEUE_NOT_CONFIGURED" | "CHANGES_EXPIRED" | "INTERNAL_SERVER_ERROR";

export function apiError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const badInput = (message: string, extra: Record<string, unknown> = {}) => apiError("BAD_USER_INPUT", message, extra);
export const notFound = (message: string) => apiError("NOT_FOUND", message);

/** Codes whose message is meant for the client; any other error is masked. */
const CLIENT_CODES = new Set([
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "FORBIDDEN",
  "UNAUTHENTICATED",
  "QUEUE_NOT_CONFIGURED",
  "CHANGES_EXPIRED",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "TOO_MANY_SUBSCRIPTIONS",
  "TRUSTED_DOCUMENT_REQUIRED",
  ...SECURITY_ERROR_CODES,
]);

/** Apollo's formatError: client errors pass through (minus any stack), the rest are masked and logged. */
export function formatError(log: (line: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? "INTERNAL_SERVER_ERROR");
    if (CLIENT_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...extensions, code } };
    }
    const original = (error as { originalError?: unknown })?.originalError ?? error;
    log(`graphql error at ${formatted.path?.join(".") ?? "(request)"}: ${original instanceof Error ? (original.stack ?? original.message) : String(original)}`);
    return { message: "Internal server error", locations: formatted.locations, path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
  };
}
