// Fields whose value a parent row may already carry, read by its statement (store/loaders.ts: a
// meeting's participants, a participant's official, a proposal's speaker, an official's country).
// Their resolvers look it up first; this does the same look-up before TypeGraphQL's wrapper and
// the time-budget guard run, which cost more than the look-up itself and ran once per row (a
// 3-level query's page made about 140 such calls: bench/README.md, issue 16, query16e).
import { isObjectType, type GraphQLSchema } from "graphql";
import { MEETING_PARTICIPANTS, OFFICIAL_COUNTRY, PARTICIPANT_OFFICIAL, PROPOSAL_SPEAKER } from "../store/loaders.ts";

/** Type, field and the key its parent row keeps the value under (undefined: not read, resolve it). */
const JOINED: [type: string, field: string, key: symbol][] = [
  ["Meeting", "participants", MEETING_PARTICIPANTS],
  ["MeetingParticipant", "official", PARTICIPANT_OFFICIAL],
  ["Proposal", "speaker", PROPOSAL_SPEAKER],
  ["Official", "country", OFFICIAL_COUNTRY],
];

const DONE = Symbol("joined fields read first");

/**
 * Makes each JOINED field answer from its parent row when the row carries the value (null too: a
 * proposal without speaker, an official without country), and call its resolver otherwise. No
 * database work is skipped, so neither is a budget check that matters. Changes `schema` in place,
 * once; apply it after guardResolvers, so the look-up comes first.
 */
export function readJoinedFirst(schema: GraphQLSchema): GraphQLSchema {
  if ((schema as unknown as Record<symbol, boolean>)[DONE]) return schema;
  Object.defineProperty(schema, DONE, { value: true });
  for (const [typeName, fieldName, key] of JOINED) {
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    const resolve = field?.resolve;
    if (!field || !resolve) throw new Error(`readJoinedFirst: ${typeName}.${fieldName} has no resolver`);
    field.resolve = (source, args, context, info) => {
      const joined = (source as Record<symbol, unknown>)[key];
      return joined !== undefined ? joined : resolve(source, args, context, info);
    };
  }
  return schema;
}
