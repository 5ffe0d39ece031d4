// Global IDs, GitHub style: base64 of "Type:databaseId". Opaque to clients; node(id) resolves any.
// Outside src/graphql because events and webhook filters (src/notify) name nodes by the same IDs.
import { badInput } from "./input-error.ts";
import { NODE_TYPES, type NodeType } from "./store/loaders.ts";

export function toGlobalId(type: NodeType, id: number): string {
  return Buffer.from(`${type}:${id}`, "utf8").toString("base64");
}

/** Decodes a global ID; a malformed one is the client's error (BAD_USER_INPUT). */
export function fromGlobalId(globalId: string): { type: NodeType; id: number } {
  const decoded = /^[A-Za-z0-9+/]+={0,2}$/.test(globalId) ? Buffer.from(globalId, "base64").toString("utf8") : "";
  const m = /^([A-Za-z]+):([1-9]\d{0,15})$/.exec(decoded);
  if (!m || !(NODE_TYPES as string[]).includes(m[1]) || !Number.isSafeInteger(Number(m[2]))) {
    throw badInput(`Malformed ID "${globalId}": not an ID this API issued`, { argument: "id" });
  }
  return { type: m[1] as NodeType, id: Number(m[2]) };
}

/** Decodes a global ID that must name a `type`. */
export function idOf(type: NodeType, globalId: string, argument = "id"): number {
  const decoded = fromGlobalId(globalId);
  if (decoded.type !== type) throw badInput(`ID "${globalId}" is a ${decoded.type} ID; expected a ${type} ID`, { argument });
  return decoded.id;
}
