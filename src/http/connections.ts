// Slow clients. Node's own timers bound the time to send headers and a whole request (a body
// trickled a byte at a time was held for 314 s under Node's defaults, whose check runs only every
// 30 s); a cap on open connections bounds memory and file descriptors. Past the cap a new
// connection is still accepted and the oldest connection that is not being answered (idle, or
// still sending its request) is closed instead, so a flood of slow clients cannot lock out new
// ones such as /healthz probes.
import type http from "node:http";
import type { Socket } from "node:net";

export interface ConnectionLimits {
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  maxConnections: number;
}

/** Options for http.createServer. */
export function serverTimeouts(limits: ConnectionLimits): http.ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: Math.max(limits.bodyTimeoutMs, limits.headersTimeoutMs),
    // How often Node checks those two timeouts (default 30 s).
    connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
  };
}

export interface ConnectionGuard {
  /** Marks a socket as being answered (not to be closed for a newcomer) or not. */
  answering(socket: Socket, on: boolean): void;
  /** Open connections and connections closed to make room, so far. */
  stats(): { open: number; evicted: number };
}

export function guardConnections(server: http.Server, limits: ConnectionLimits): ConnectionGuard {
  // Insertion order is age order: the first entries are the oldest connections.
  const open = new Map<Socket, { answering: number }>();
  let evicted = 0;
  server.on("connection", (socket: Socket) => {
    if (open.size >= limits.maxConnections) {
      for (const [old, state] of open) {
        if (state.answering > 0) continue;
        open.delete(old);
        old.destroy();
        evicted++;
        break;
      }
    }
    open.set(socket, { answering: 0 });
    socket.once("close", () => open.delete(socket));
  });
  return {
    answering(socket, on) {
      const state = open.get(socket);
      if (state) state.answering = Math.max(0, state.answering + (on ? 1 : -1));
    },
    stats: () => ({ open: open.size, evicted }),
  };
}
