// Capturing a real server action request made by the browser, and replaying
// it elsewhere (another person's cookies, a foreign Origin). Next server
// actions are POSTs to the page's URL carrying a `Next-Action` header with the
// action's id; the body is the encoded arguments.
import { expect, type APIRequestContext, type APIResponse, type Page, type Request } from "@playwright/test";

export type CapturedAction = { url: string; headers: Record<string, string>; body: Buffer };

/** Runs `act` and returns the last server action request it made. */
export async function captureServerAction(page: Page, act: () => Promise<void>): Promise<CapturedAction> {
  const requests: Request[] = [];
  const listener = (request: Request) => {
    if (request.method() === "POST" && request.headers()["next-action"]) requests.push(request);
  };
  page.on("request", listener);
  try {
    await act();
    await expect.poll(() => requests.length, { message: "a server action request" }).toBeGreaterThan(0);
    const request = requests[requests.length - 1];
    await request.response(); // let it finish before the caller looks at the database
    const headers = await request.allHeaders();
    return { url: request.url(), headers, body: request.postDataBuffer() ?? Buffer.alloc(0) };
  } finally {
    page.off("request", listener);
  }
}

// Headers the replaying client sets for itself (its own cookies, length, host).
const OWN_HEADERS = new Set(["cookie", "content-length", "host", "connection", "origin", "referer"]);

/**
 * Sends the captured request again through `request` (whose cookies are
 * used), with the given Origin and optionally a body edited by `editBody`.
 */
export async function replayServerAction(
  request: APIRequestContext,
  captured: CapturedAction,
  options: { origin: string; editBody?: (body: Buffer) => Buffer },
): Promise<APIResponse> {
  const headers = Object.fromEntries(
    Object.entries(captured.headers).filter(([name]) => !OWN_HEADERS.has(name.toLowerCase()) && !name.startsWith(":")),
  );
  headers.origin = options.origin;
  const body = options.editBody ? options.editBody(captured.body) : captured.body;
  return request.post(captured.url, { headers, data: body, maxRedirects: 0 });
}

/** Replaces every occurrence of `from` by `to` in a request body. */
export function replaceInBody(body: Buffer, from: string, to: string): Buffer {
  return Buffer.from(body.toString("latin1").split(Buffer.from(from).toString("latin1")).join(Buffer.from(to).toString("latin1")), "latin1");
}
