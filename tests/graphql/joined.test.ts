// Fields whose value the parent row carries answer from it before any wrapper (src/graphql/joined.ts);
// without it, their resolver runs as before.
import { describe, expect, it } from "vitest";
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { buildServedSchema } from "../../src/graphql/schema.ts";
import { readJoinedFirst } from "../../src/graphql/joined.ts";
import { MEETING_PARTICIPANTS, OFFICIAL_COUNTRY, PARTICIPANT_OFFICIAL, PROPOSAL_SPEAKER } from "../../src/store/loaders.ts";

const fieldOf = (schema: GraphQLSchema, type: string, field: string) => {
  const t = schema.getType(type);
  if (!isObjectType(t)) throw new Error(type);
  return t.getFields()[field]!;
};

describe("readJoinedFirst", () => {
  it("answers from the parent row when it carries the value, null included, and calls the resolver otherwise", async () => {
    const schema = await buildServedSchema();
    const cases = [
      ["Meeting", "participants", MEETING_PARTICIPANTS, [{ role: "host" }]],
      ["MeetingParticipant", "official", PARTICIPANT_OFFICIAL, { id: 1, name: "A" }],
      ["Proposal", "speaker", PROPOSAL_SPEAKER, null],
      ["Official", "country", OFFICIAL_COUNTRY, null],
    ] as const;
    const calls: string[] = [];
    for (const [type, field] of cases) {
      fieldOf(schema, type, field).resolve = (() => {
        calls.push(`${type}.${field}`);
        return "resolved";
      }) as GraphQLFieldResolver<unknown, unknown>;
    }
    readJoinedFirst(schema);
    const wrapped = cases.map(([type, field]) => fieldOf(schema, type, field).resolve);
    readJoinedFirst(schema);
    expect(cases.map(([type, field]) => fieldOf(schema, type, field).resolve)).toEqual(wrapped);
    for (const [type, field, key, value] of cases) {
      const resolve = fieldOf(schema, type, field).resolve!;
      expect(resolve({ [key]: value }, {}, {}, {} as never)).toBe(value);
      expect(resolve({}, {}, {}, {} as never)).toBe("resolved");
    }
    expect(calls).toEqual(cases.map(([type, field]) => `${type}.${field}`));
  });
});
