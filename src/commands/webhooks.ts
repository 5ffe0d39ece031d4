// `diplograph webhooks add|list|remove|resume|deliveries|deliver`: the operator's side of webhooks.
import type { Db } from "../store/db.ts";
import { resolveNotify } from "../notify/config.ts";
import { deliverDue, startDeliveryLoop } from "../notify/delivery.ts";
import { addEndpoint, listDeliveries, listEndpoints, removeEndpoint, resumeEndpoint, type EndpointRow } from "../notify/webhooks.ts";

export interface WebhooksCommandOptions {
  kinds?: string[];
  countries?: string[];
  officials?: string[];
  secret?: string;
  endpoint?: string;
  status?: string;
  once?: boolean;
  out: (line: string) => void;
  err: (line: string) => void;
}

export class WebhooksUsageError extends Error {}

function endpointNumber(raw: string | undefined): number {
  const n = Number(raw);
  if (!raw || !Number.isInteger(n) || n <= 0) throw new WebhooksUsageError(`an endpoint number is needed (see \`diplograph webhooks list\`), got "${raw ?? ""}"`);
  return n;
}

const describe = (e: EndpointRow) => {
  const f = [e.filter.kinds.length ? `kinds=${e.filter.kinds.join(",")}` : "", e.filter.countries.length ? `countries=${e.filter.countries.join(",")}` : "", e.filter.officials.length ? `officials=${e.filter.officials.join(",")}` : ""].filter(Boolean).join(" ");
  return `${e.id}\t${e.status}\t${e.url}\t${f || "all events"}${e.pausedReason ? `\t(${e.pausedReason})` : ""}`;
};

export async function webhooksCommand(db: Db, args: string[], o: WebhooksCommandOptions): Promise<number> {
  const [action, arg] = args;
  switch (action) {
    case "add": {
      if (!arg) throw new WebhooksUsageError("webhooks add needs a URL");
      const { endpoint, secret } = await addEndpoint(db, { url: arg, secret: o.secret, kinds: o.kinds, countries: o.countries, officials: o.officials });
      o.out(describe(endpoint));
      o.out(`secret: ${secret}`);
      return 0;
    }
    case "list":
      for (const e of await listEndpoints(db)) o.out(describe(e));
      return 0;
    case "remove":
      await removeEndpoint(db, endpointNumber(arg));
      o.out(`removed endpoint ${arg}`);
      return 0;
    case "resume":
      o.out(describe(await resumeEndpoint(db, endpointNumber(arg))));
      return 0;
    case "deliveries": {
      const rows = await listDeliveries(db, { endpointId: o.endpoint ? endpointNumber(o.endpoint) : undefined, status: o.status, first: 100 });
      for (const d of rows) {
        const last = d.log.at(-1);
        o.out(`${d.id}\t${d.endpointId}\t${d.event}\t${d.status}\tattempts=${d.attempts}\t${d.idempotencyKey}${last ? `\tlast: ${last.error ?? `HTTP ${last.statusCode}`}` : ""}`);
      }
      return 0;
    }
    case "deliver": {
      const settings = resolveNotify();
      if (o.once) {
        let total = 0;
        for (let n = await deliverDue(db, settings, o.err); n > 0; n = await deliverDue(db, settings, o.err)) total += n;
        o.out(`${total} attempts`);
        return 0;
      }
      const loop = startDeliveryLoop(db, settings, o.err);
      o.out("delivering webhooks (Ctrl-C stops)");
      await new Promise<void>((resolve) => {
        process.once("SIGINT", resolve);
        process.once("SIGTERM", resolve);
      });
      await loop.stop();
      return 0;
    }
    default:
      throw new WebhooksUsageError(`webhooks needs one of add, list, remove, resume, deliveries, deliver; got "${action ?? ""}"`);
  }
}
