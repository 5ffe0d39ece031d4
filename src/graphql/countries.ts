// Country arguments of queries: resolved to ISO codes by the store's one country resolver, an
// unknown country being the caller's error (BAD_USER_INPUT naming the argument and the value).
import type { Context } from "./context.ts";
import { badInput } from "./errors.ts";
import { resolveCountryCode, UnknownCountryError } from "../store/countries.ts";

/** The words every country argument's description ends with. */
export const COUNTRY_SPELLINGS = "ISO 3166-1 alpha-2 code, name or demonym, case-insensitive (`VN`, `Vietnam`, `Viet Nam`, `Vietnamese`); BAD_USER_INPUT for an unknown one";

export async function countryArgument(ctx: Context, value: string, argument: string): Promise<string> {
  try {
    return await resolveCountryCode(ctx.db, value);
  } catch (e) {
    if (e instanceof UnknownCountryError) throw badInput(e.message, { argument });
    throw e;
  }
}

/** `value` as an ISO code when given. */
export async function optionalCountry(ctx: Context, value: string | null | undefined, argument: string): Promise<string | null> {
  return value == null ? null : countryArgument(ctx, value, argument);
}

/** `between` as two different countries. */
export async function betweenCountries(ctx: Context, values: string[]): Promise<string[]> {
  if (values.length !== 2) throw badInput(`\`between\` takes two countries, got ${values.length}`, { argument: "between" });
  const codes = await Promise.all(values.map((v) => countryArgument(ctx, v, "between")));
  if (codes[0] === codes[1]) throw badInput(`\`between\` takes two different countries, got ${codes[0]} twice`, { argument: "between" });
  return codes;
}
