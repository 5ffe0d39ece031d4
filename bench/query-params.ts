// The parameters the in-process profilers (profile-query.ts, pipeline-cpu.ts) feed the bench queries, read from the
// database they profile: the same countries, topics, date windows and searches for every tool, so their figures compare.
import type { Database } from "../src/store/db.ts";
import type { QueryParams } from "./queries.ts";

export async function queryParamsOf(db: Database): Promise<QueryParams> {
  const countries = (await db.prisma.country.findMany({ where: { officials: { some: {} } }, orderBy: { code: "asc" }, select: { code: true } })).map((c) => c.code);
  const topics = (await db.prisma.topic.findMany({ where: { proposals: { some: {} } }, orderBy: { name: "asc" }, select: { name: true } })).map((t) => t.name);
  const officials = await db.prisma.official.findMany({ orderBy: { id: "asc" }, select: { name: true }, take: 64 });
  return {
    countries,
    topics,
    windows: Array.from({ length: 8 }, (_, i) => [`2006-01-0${1 + i}`, "2006-01-30"] as [string, string]),
    searches: officials.map((o, i) => (i % 2 ? o.name : o.name.split(" ")[0]!)),
  };
}
