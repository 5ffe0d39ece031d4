// Error codes of the security limits (clients may rely on them; formatError lets them through).
export const LIMIT_CODES = {
  depth: "QUERY_TOO_DEEP",
  aliases: "TOO_MANY_ALIASES",
  cost: "QUERY_TOO_COMPLEX",
  directives: "TOO_MANY_DIRECTIVES",
  tokens: "TOO_MANY_TOKENS",
  time: "REQUEST_TIMEOUT",
  body: "PAYLOAD_TOO_LARGE",
  variableDepth: "VARIABLES_TOO_DEEP",
  extraction: "EXTRACTION_TIMEOUT",
  overloaded: "SERVER_BUSY",
} as const;

export const SECURITY_ERROR_CODES: readonly string[] = Object.values(LIMIT_CODES);
