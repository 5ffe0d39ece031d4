import { Args, ArgsType, Ctx, Field, Query, Resolver } from "type-graphql";
import type { Context } from "../context.ts";
import { DateScalar } from "../scalars.ts";
import { badInput } from "../errors.ts";
import { EventKind, StatBucket, StatGroup } from "../timeline-types.ts";
import { betweenCountries, COUNTRY_SPELLINGS, countryArgument } from "../countries.ts";
import { stats, EVENT_TYPES } from "../../store/queries/timeline.ts";
import { checkRange } from "./common.ts";

@ArgsType()
export class StatsArgs {
  @Field(() => StatGroup, { description: "How to group the events." })
  groupBy!: StatGroup;

  @Field(() => EventKind, { nullable: true, description: "Only this kind of event (all kinds by default)." })
  kind?: EventKind | null;

  @Field(() => [String], { nullable: true, description: "Only events between these two countries (as in `relations`)." })
  between?: string[] | null;

  @Field(() => String, { nullable: true, description: `Only events involving this country: ${COUNTRY_SPELLINGS}.` })
  country?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Only events on or after this day (a meeting when its period reaches it)." })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Only events on or before this day." })
  to?: string | null;
}

@Resolver()
export class StatsResolver {
  @Query(() => [StatBucket], {
    description: "How many meetings, proposals and agreements, grouped by month, year, country or kind, ordered by key; counted in one SQL statement. Undated meetings are left out.",
  })
  async stats(@Args(() => StatsArgs) args: StatsArgs, @Ctx() ctx: Context) {
    checkRange(args.from, args.to);
    if (args.between != null && args.between.length === 0) throw badInput("`between` takes two countries, got 0", { argument: "between" });
    const countries = [...(args.between ? await betweenCountries(ctx, args.between) : []), ...(args.country ? [await countryArgument(ctx, args.country, "country")] : [])];
    const types = args.kind ? [args.kind] : EVENT_TYPES;
    return stats(ctx.db, { groupBy: args.groupBy, countries: [...new Set(countries)], types, from: args.from, to: args.to });
  }
}
