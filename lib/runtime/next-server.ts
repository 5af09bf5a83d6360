// The HTTP server `npm start` runs: Next's request handler behind a plain
// Node server, for one reason. Next only fills in X-Forwarded-For when the
// request has none (`??=` in base-server.js), so a client talking to us
// directly could name any address and dodge the per-IP sign-in limit. Here
// the TCP peer is always appended as the last hop; lib/auth/client-ip.ts
// reads the list from the right and believes earlier hops only when the
// peer is one of TRUSTED_PROXIES.
import { createServer } from "node:http";
import next from "next";

const port = Number(process.env.PORT || 3000);
const dev = process.argv.includes("--dev");
const server = createServer((request, response) => {
  const peer = request.socket.remoteAddress ?? "";
  const forwarded = request.headers["x-forwarded-for"];
  const earlier = Array.isArray(forwarded) ? forwarded.join(", ") : forwarded;
  request.headers["x-forwarded-for"] = earlier ? `${earlier}, ${peer}` : peer;
  handle(request, response);
});
// Given the server, Next attaches its own WebSocket upgrades (dev HMR).
const app = next({ dev, port, hostname: "localhost", httpServer: server });
const handle = app.getRequestHandler();
await app.prepare();
server.listen(port, () => {
  console.log(`> Ready on port ${port} (${dev ? "development" : "production"})`);
});
