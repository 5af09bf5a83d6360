import type { ServerResponse } from "node:http";
import { isDatabaseUnreachable } from "@/lib/database-outage";

// While PostgreSQL is away (a restart, a failover), requests that need it
// get a clean 503 with Retry-After, in Vietnamese, instead of Next's 500
// error page; pages the page cache holds are still served.

const RETRY_AFTER_SECONDS = 5;

const PAGE = Buffer.from(`<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tạm thời gián đoạn</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1c1917}h1{color:#9f1239}</style>
</head><body><h1>Trang tạm thời gián đoạn</h1>
<p>Hệ thống đang khởi động lại cơ sở dữ liệu. Vui lòng tải lại trang sau ít giây; nội dung bạn đã gửi trước đó không bị mất.</p>
</body></html>`);

const HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Content-Length": String(PAGE.length),
  "Retry-After": String(RETRY_AFTER_SECONDS),
  "Cache-Control": "no-store",
  "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  "X-Content-Type-Options": "nosniff",
};

export function answerServiceUnavailable(response: ServerResponse, isHead: boolean): void {
  response.writeHead(503, HEADERS);
  response.end(isHead ? undefined : PAGE);
}

/** Turns a server error that Next is about to send during an outage into a 503 with Retry-After. */
export function downgradeOutageErrors(response: ServerResponse): void {
  const writeHead = response.writeHead.bind(response) as (...args: unknown[]) => ServerResponse;
  response.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status >= 500 && isDatabaseUnreachable()) {
      response.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
      return writeHead(503, ...rest);
    }
    return writeHead(status, ...rest);
  }) as ServerResponse["writeHead"];
}
