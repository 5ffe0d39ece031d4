import { GraphQLScalarType, Kind } from "graphql";
import { badInput } from "./errors.ts";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDay(value: unknown): string {
  if (typeof value !== "string" || !DAY.test(value)) throw badInput(`Expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  const d = new Date(`${value}T00:00:00.000Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) throw badInput(`Not a calendar date: ${value}`);
  return value;
}

/** A calendar day (UTC), YYYY-MM-DD. Internally a string. */
export const DateScalar = new GraphQLScalarType({
  name: "Date",
  description: "A calendar day, `YYYY-MM-DD` (UTC).",
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : parseDay(value)),
  parseValue: parseDay,
  parseLiteral: (ast) => parseDay(ast.kind === Kind.STRING ? ast.value : undefined),
});

/** An instant, ISO 8601 in UTC. */
export const DateTimeScalar = new GraphQLScalarType({
  name: "DateTime",
  description: "An instant, ISO 8601 in UTC (`2023-06-13T08:00:00.000Z`).",
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString()),
  parseValue: (value) => {
    const d = new Date(String(value));
    if (Number.isNaN(d.getTime())) throw badInput(`Not a date-time: ${String(value)}`);
    return d;
  },
  parseLiteral: (ast) => {
    const d = ast.kind === Kind.STRING ? new Date(ast.value) : new Date(Number.NaN);
    if (Number.isNaN(d.getTime())) throw badInput("Not a date-time");
    return d;
  },
});
