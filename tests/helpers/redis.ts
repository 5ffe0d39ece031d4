// The Redis the queue tests use, and whether it answers: the tests skip without one, unless
// TEST_REDIS_URL names it (then a silent Redis is an error, as in CI).
import { Redis } from "ioredis";

export const REDIS_URL = process.env.TEST_REDIS_URL?.trim() || "redis://127.0.0.1:6379";

export async function redisUp(url = REDIS_URL): Promise<boolean> {
  const r = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  r.on("error", () => {}); // answered by the ping below
  try {
    await r.connect();
    return (await r.ping()) === "PONG";
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

/** Whether the shared Redis answers; throws when TEST_REDIS_URL names one that does not. */
export async function redisAvailable(what: string): Promise<boolean> {
  const available = await redisUp();
  if (!available && process.env.TEST_REDIS_URL) throw new Error(`TEST_REDIS_URL=${REDIS_URL} is set but Redis does not answer`);
  if (!available) console.warn(`skipping ${what}: no Redis at ${REDIS_URL} (.ci/run starts one)`);
  return available;
}
