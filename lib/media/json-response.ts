import type { UploadError } from "./upload-types";

// The upload endpoints answer JSON that is never cached or sniffed.
const HEADERS = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } as const;

export const jsonResponse = (body: unknown, status = 200, headers: Record<string, string> = {}): Response =>
  Response.json(body, { status, headers: { ...HEADERS, ...headers } });

export const errorResponse = (error: string, status: number, headers: Record<string, string> = {}): Response =>
  jsonResponse({ error } satisfies UploadError, status, headers);
