// Webhook signatures: HMAC-SHA256 over "<timestamp>.<body>" with the endpoint's secret, sent as
//   Diplograph-Signature: t=<unix seconds>,v1=<hex digest>
// Signing the timestamp with the body lets a receiver refuse replays of an old delivery.
import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "diplograph-signature";

export function sign(secret: string, timestamp: number, body: string): string {
  const digest = createHmac("sha256", secret).update(`${timestamp}.${body}`, "utf8").digest("hex");
  return `t=${timestamp},v1=${digest}`;
}

/** What a receiver does: recompute, compare in constant time, and refuse stale timestamps. */
export function verify(secret: string, header: string | undefined, body: string, toleranceSeconds = 300, now = Date.now()): boolean {
  const m = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header ?? "");
  if (!m) return false;
  const timestamp = Number(m[1]);
  if (Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(sign(secret, timestamp, body).slice(`t=${timestamp},v1=`.length), "hex");
  return timingSafeEqual(expected, Buffer.from(m[2], "hex"));
}
