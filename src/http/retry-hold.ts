// A connection told to retry later is not served before then. Node (libuv 1.45 and later) accepts
// one new connection per turn of the event loop, and a turn reads every connection that has
// data. A greedy client that resends at once after its 503 has its next request read, and
// refused again, in the very next turn: 200 of them made every turn refuse hundreds of requests
// (77,000 503s in 20 s), the turns came a few dozen a second, and a load balancer's /healthz probe
// on a new connection waited 1-7 s in the kernel's accept queue behind them (the server's own
// work for it took under 5 ms). A request arriving on a connection before the Retry-After it was
// given waits, unread past its headers, until that time: a client that honours Retry-After never
// notices, one that does not costs one parse per Retry-After instead of one per turn.
import type { Socket } from "node:net";
import type http from "node:http";

export class RetryHold {
  private readonly until = new WeakMap<Socket, number>();
  /** Requests that waited for their connection's retry time (for the load report). */
  held = 0;

  /** The connection was answered 503 with Retry-After `seconds`. */
  told(socket: Socket, seconds: number): void {
    if (seconds > 0) this.until.set(socket, performance.now() + seconds * 1000);
  }

  /** Resolves at once, or once the connection's retry time has come: true, or false if the client has gone meanwhile. */
  wait(req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> | true {
    const until = this.until.get(req.socket);
    const ms = until === undefined ? 0 : until - performance.now();
    if (ms <= 0) return true;
    this.held++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        res.off("close", gone);
        resolve(!res.destroyed);
      }, ms);
      const gone = () => {
        clearTimeout(timer);
        resolve(false);
      };
      res.once("close", gone);
    });
  }
}
