// The cost of an operation: how many field values it may resolve. Every field counts once for each
// object it is asked on, and page sizes multiply down the nesting: `officials(first: 50)` asks
// what is below `edges`/`nodes` 50 times. Page sizes come from `first`/`last` (literals or
// variables, so it runs per request, after variables are known), else the argument's default,
// else the connections' 20; a list with no page argument counts as many items as its list
// argument holds (`nodes(ids)`, `_entities(representations)`), else LIST_ITEMS. This follows the
// rows a query reads and the size of its answer, where graphql-armor's rule (objects 2, scalars
// 1, x1.5 per level, variables unread) refused a 50 x 50 page query and let `first: $n` through.
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { DEFAULT_PAGE_SIZE } from "../../store/queries/pagination.ts";

/** Items assumed for a list without a page size (a meeting's participants, a report's facts). */
export const LIST_ITEMS = 5;

/** A page size of the operation, with the cost of everything under it. */
export interface PageSize {
  /** Response path of the field (aliases as written, `edges.node` included). */
  path: string;
  field: string;
  /** `first` or `last`; `default` when neither was given. */
  argument: "first" | "last" | "default";
  value: number;
  /** Cost of the field and everything below it. */
  cost: number;
}

export interface OperationCost {
  cost: number;
  /** Every paged field, costliest first. */
  pages: PageSize[];
}

type Variables = Record<string, unknown> | undefined;

function argumentValue(field: FieldNode, name: string, variables: Variables): unknown {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  return arg.value.kind === Kind.VARIABLE ? variables?.[arg.value.name.value] : valueFromASTUntyped(arg.value, variables);
}

function count(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? Math.floor(value) : null;
}

/** The page size a paged field asks for, or null when the field takes no page arguments. */
function pageSize(def: GraphQLField<unknown, unknown>, field: FieldNode, variables: Variables): { argument: PageSize["argument"]; value: number } | null {
  const args = new Map(def.args.map((a) => [a.name, a]));
  if (!args.has("first") && !args.has("last")) return null;
  for (const name of ["first", "last"] as const) {
    const value = count(argumentValue(field, name, variables));
    if (value != null) return { argument: name, value };
  }
  const fallback = count(args.get("first")?.defaultValue);
  return { argument: "default", value: fallback ?? DEFAULT_PAGE_SIZE };
}

/** Items of a list field without page arguments: the length of its longest list argument, else LIST_ITEMS. */
function listItems(def: GraphQLField<unknown, unknown>, field: FieldNode, variables: Variables): number {
  let longest: number | null = null;
  for (const arg of def.args) {
    if (!isListType(getNullableType(arg.type))) continue;
    const value = argumentValue(field, arg.name, variables);
    if (Array.isArray(value)) longest = Math.max(longest ?? 0, value.length);
  }
  return longest ?? LIST_ITEMS;
}

export function operationCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Variables): OperationCost {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const pages = new Map<string, PageSize>();

  /**
   * The cost of a selection asked `times` times on `type`. `page` is the page size of the
   * connection whose fields these are: its list fields (`edges`, `nodes`) hold that many items.
   */
  const walk = (set: SelectionSetNode, type: GraphQLCompositeType, times: number, path: string, page: number | null, spreads: Set<string>): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.INLINE_FRAGMENT) {
        const cond = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        if (cond && isCompositeType(cond)) total += walk(sel.selectionSet, cond, times, path, page, spreads);
        continue;
      }
      if (sel.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(sel.name.value);
        const cond = fragment && schema.getType(fragment.typeCondition.name.value);
        // A cycle is refused by validation before this runs; the guard only keeps this walk finite.
        if (fragment && cond && isCompositeType(cond) && !spreads.has(sel.name.value)) total += walk(fragment.selectionSet, cond, times, path, page, new Set([...spreads, sel.name.value]));
        continue;
      }
      const name = sel.name.value;
      if (name === "__schema" || name === "__type") continue; // introspection: the schema's size, not the data's
      total += times;
      const def = isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
      if (!def || !sel.selectionSet) continue;
      const here = path ? `${path}.${sel.alias?.value ?? name}` : (sel.alias?.value ?? name);
      const child = getNamedType(def.type);
      if (!isCompositeType(child)) continue;
      const paged = pageSize(def, sel, variables);
      const isList = isListType(getNullableType(def.type));
      let items = times;
      let childPage: number | null = null;
      if (isList) items = times * (paged?.value ?? page ?? listItems(def, sel, variables));
      else if (paged) childPage = paged.value;
      const below = walk(sel.selectionSet, child, items, here, childPage, spreads);
      total += below;
      if (paged) {
        const seen = pages.get(here);
        const cost = times + below;
        if (!seen || seen.cost < cost) pages.set(here, { path: here, field: name, argument: paged.argument, value: paged.value, cost });
      }
    }
    return total;
  };

  const root = operation.operation === "mutation" ? schema.getMutationType() : operation.operation === "subscription" ? schema.getSubscriptionType() : schema.getQueryType();
  const cost = root ? walk(operation.selectionSet, root, 1, "", null, new Set()) : 0;
  return { cost, pages: [...pages.values()].sort((a, b) => b.cost - a.cost) };
}

/** The refusal's message: the cost, the limit, and the page sizes to lower, costliest first. */
export function costMessage(found: OperationCost, max: number): string {
  const shown = found.pages.slice(0, 6).map((p) => `${p.field}(${p.argument === "default" ? `first: ${p.value} by default` : `${p.argument}: ${p.value}`}) at ${p.path}`);
  let message = `Query cost ${found.cost} is over the limit of ${max}: every field counts once for each object it is asked on, and page sizes multiply down the nesting.`;
  if (shown.length) message += ` Lower some of: ${shown.join(", ")}.`;
  return message;
}
