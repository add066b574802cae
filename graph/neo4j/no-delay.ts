/**
 * neo4j-driver 5 never turns Nagle's algorithm off on its Bolt sockets. A request larger than
 * one segment (any document write with its UNWIND rows) then waits for the server's delayed ACK:
 * ~40 ms per statement, which made loading 10× slower than the server is. The driver has no
 * option for it, so the adapter wraps `net.connect` once to ask for TCP_NODELAY, the default Node
 * already uses for its own HTTP client sockets. Other callers of `net.connect` get the same
 * setting, which only ever lowers their latency.
 */
import net from 'node:net';

let installed = false;

export function useTcpNoDelay(): void {
  if (installed) return;
  installed = true;
  const connect = net.connect;
  const withNoDelay = function (this: unknown, ...args: Parameters<typeof net.connect>): net.Socket {
    const socket = connect.apply(this, args);
    socket.setNoDelay(true);
    return socket;
  } as typeof net.connect;
  net.connect = withNoDelay;
  net.createConnection = withNoDelay;
}
