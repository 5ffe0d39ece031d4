import { Ctx, FieldResolver, Info, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import type { PositionSpanRow } from "../../store/loaders.ts";
import type { Context } from "../context.ts";
import { Country, Organization, PositionSpan } from "../types.ts";
import { at } from "./common.ts";

@Resolver(() => PositionSpan)
export class PositionSpanResolver {
  @FieldResolver(() => Organization, { nullable: true, description: "The organisation the title belongs to, when the reports name it." })
  organization(@Root() s: PositionSpanRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return s.organizationId == null ? null : at(ctx, info).nodes.Organization.load(s.organizationId);
  }

  @FieldResolver(() => Country, { nullable: true, description: "The country the reports gave with the title." })
  country(@Root() s: PositionSpanRow, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return s.countryId == null ? null : at(ctx, info).nodes.Country.load(s.countryId);
  }
}
