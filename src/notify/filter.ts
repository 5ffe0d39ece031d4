// Validation of the filters subscriptions and webhook endpoints take: kinds, countries (any spelling
// the store's country resolver takes, kept as ISO codes),
// official global IDs. Bad ones are the client's error (BAD_USER_INPUT), never a crash.
import { gazetteerCountryCode, UnknownCountryError } from "../store/countries.ts";
import { badInput } from "../input-error.ts";
import { idOf } from "../ids.ts";
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
    // The gazetteer only: events carry the countries extraction found, which all come from it.
    const code = gazetteerCountryCode(c);
    if (!code) throw badInput(new UnknownCountryError(c).message, { argument: "countries" });
    return code;
  });
  const officials = list("officials", input.officials);
  for (const o of officials) idOf("Official", o, "officials");
  return { kinds, countries, officials };
}
