// The bench's yardstick: a plain Node HTTP server answering every request
// with the same bytes from one Buffer (a page fetched from the site), in its
// own process like the site's server. The public pages' rates are printed as
// a share of this one, measured in the same run on the same machine, so the
// figure does not depend on how busy the machine happens to be.
//   tsx tests/bench/reference-server.ts <port> <file> <content-type>
import fs from "node:fs";
import { createServer } from "node:http";

const [port, file, contentType] = process.argv.slice(2);
const body = fs.readFileSync(file!);
createServer((_request, response) => {
  response.writeHead(200, { "Content-Type": contentType!, "Content-Length": body.length });
  response.end(body);
}).listen(Number(port), "127.0.0.1", () => console.log(`Reference server on ${port}: ${body.length} bytes.`));
