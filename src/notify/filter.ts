// Validation of the filters subscriptions and webhook endpoints take: kinds, ISO country codes,
// official global IDs. Bad ones are the client's error (BAD_USER_INPUT), never a crash.
import { lookupCountry } from "../extraction/index.ts";
import { badInput } from "../graphql/errors.ts";
import { idOf } from "../graphql/ids.ts";
import { FACT_KINDS, type EventFilter } from "./events.ts";

/** More values than this in one list is a mistake, not a filter. */
export const MAX_FILTER_VALUES = 100;

export interface FilterInput {
  kinds?: readonly string[] | null;
  countries?: readonly string[] | null;
  officials?: readonly string[] | null;
}

function list(name: string, values: readonly string[] | null | undefined): string[] {
  if (values == null) return [];
  if (values.length > MAX_FILTER_VALUES) throw badInput(`\`${name}\` takes at most ${MAX_FILTER_VALUES} values, got ${values.length}.`, { argument: name });
  return [...new Set(values.map((v) => String(v).trim()))];
}

export interface ParsedFilter extends EventFilter {
  kinds: string[];
  countries: string[];
  officials: string[];
}

/** The filter with countries as ISO codes; throws BAD_USER_INPUT naming the bad value. */
export function parseFilter(input: FilterInput): ParsedFilter {
  const kinds = list("kinds", input.kinds).map((k) => k.toLowerCase());
  for (const k of kinds) if (!(FACT_KINDS as readonly string[]).includes(k)) throw badInput(`Unknown fact kind "${k}"; expected one of ${FACT_KINDS.join(", ")}.`, { argument: "kinds" });
  const countries = list("countries", input.countries).map((c) => {
    const country = /^[A-Za-z]{2}$/.test(c) ? lookupCountry(c) : null;
    if (!country) throw badInput(`Unknown country code "${c}"; give ISO 3166-1 alpha-2 codes such as "VN".`, { argument: "countries" });
    return country.code;
  });
  const officials = list("officials", input.officials);
  for (const o of officials) idOf("Official", o, "officials");
  return { kinds, countries, officials };
}
