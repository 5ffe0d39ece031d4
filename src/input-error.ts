// An error the caller can fix (a malformed argument, an unknown ID), raised by any layer below
// the API. It carries the API's error code in `extensions`, which graphql-js copies onto the
// GraphQLError it wraps a resolver's error in: the API reports it with that code, and the CLI
// prints its message, without this module or its callers depending on the GraphQL layer.
export type InputErrorCode = "BAD_USER_INPUT" | "NOT_FOUND";

export class InputError extends Error {
  readonly extensions: { code: InputErrorCode } & Record<string, unknown>;

  constructor(code: InputErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.name = "InputError";
    this.extensions = { code, ...extra };
  }
}

export const badInput = (message: string, extra: Record<string, unknown> = {}) => new InputError("BAD_USER_INPUT", message, extra);
export const notFound = (message: string) => new InputError("NOT_FOUND", message);
