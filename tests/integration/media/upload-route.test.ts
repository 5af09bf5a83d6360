// POST/GET /api/uploads as the browser calls them: who may, from where, what
// comes back, and the library listing with diacritic-insensitive search.
import { describe, expect, it, vi } from "vitest";
import { htmlBytes, pdfBytes, pngBytes, svgBytes } from "@/tests/fixtures/media-files";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";
import { blob, nextHeadersMock, ORIGIN, signInAs, signOut, uploadRequest } from "@/tests/setup/requests";

vi.mock("next/headers", () => nextHeadersMock());

const database = setupTestDatabase();
const route = () => import("@/app/api/uploads/route");

describe(`/api/uploads on ${database.kind}`, () => {
  it("stores a contributor's image and answers 201 with the contract's shape", async () => {
    const { POST } = await route();
    const user = await signInAs(["CONTRIBUTOR"]);
    const response = await POST(uploadRequest(blob(await pngBytes(), "image/png"), { name: "Ảnh Hội nghị Tổng kết.png", fields: { accept: "image", alt: "Hội trường", caption: "Quang cảnh" } }));
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toContain("no-store");
    const body = await response.json();
    expect(body).toEqual({
      id: expect.any(Number),
      kind: "IMAGE",
      url: expect.stringMatching(/^\/api\/media\/\d{4}\/\d{2}\/[0-9a-f]{32}\.webp$/),
      originalName: "Ảnh Hội nghị Tổng kết.png",
      mimeType: "image/webp",
      sizeBytes: expect.any(Number),
      width: 64,
      height: 48,
      alt: "Hội trường",
      caption: "Quang cảnh",
      createdAt: expect.any(String),
    });
    const { db } = await import("@/lib/db");
    expect((await db.mediaFile.findUniqueOrThrow({ where: { id: body.id } })).uploadedById).toBe(user.id);
  });

  it("refuses by content, with a Vietnamese message, whatever the name or the browser's type", async () => {
    const { POST } = await route();
    await signInAs(["CONTRIBUTOR"]);
    const svg = await POST(uploadRequest(blob(svgBytes(), "image/png"), { name: "logo.png" }));
    expect(svg.status).toBe(415);
    expect(await svg.json()).toEqual({ error: "Không nhận ảnh SVG, trang HTML hay tệp văn bản có mã: chúng có thể chứa mã độc." });
    const html = await POST(uploadRequest(blob(htmlBytes(), "image/jpeg"), { name: "anh.jpg" }));
    expect(html.status).toBe(415);
    const pdfAsImage = await POST(uploadRequest(blob(pdfBytes(), "image/jpeg"), { name: "anh.jpg", fields: { accept: "image" } }));
    expect(await pdfAsImage.json()).toEqual({ error: "Ở đây chỉ nhận ảnh JPEG, PNG, WebP hoặc GIF." });
    expect((await POST(uploadRequest(null))).status).toBe(400);
  });

  it("cuts an oversized upload off while streaming, and refuses a declared oversize unread", async () => {
    const { POST } = await route();
    await signInAs(["CONTRIBUTOR"]);
    const huge = new Uint8Array(16 * 1024 * 1024);
    huge.set([0xff, 0xd8, 0xff, 0xe0]);
    const streamed = await POST(uploadRequest(blob(huge, "image/jpeg"), { name: "anh.jpg", path: "/api/uploads?accept=image" }));
    expect(streamed.status).toBe(413);
    expect(await streamed.json()).toEqual({ error: "Tệp quá lớn (tối đa 15 MB)." });

    const declared = new Request(`${ORIGIN}/api/uploads`, {
      method: "POST",
      headers: { origin: ORIGIN, "content-type": "multipart/form-data; boundary=x", "content-length": String(300 * 1024 * 1024) },
      body: "--x--",
    });
    const refused = await POST(declared);
    expect(refused.status).toBe(413);
    expect(await refused.json()).toEqual({ error: "Tệp quá lớn (tối đa 200 MB)." });
    const { readdirSync, existsSync } = await import("node:fs");
    const { incomingDir } = await import("@/lib/server/media/storage");
    expect(existsSync(incomingDir()) ? readdirSync(incomingDir()) : []).toEqual([]);
  });

  it("refuses other sites, strangers and roles without media.upload", async () => {
    const { POST, GET } = await route();
    await signInAs(["CONTRIBUTOR"]);
    const png = blob(await pngBytes(), "image/png");
    const foreign = await POST(uploadRequest(png, { name: "a.png", origin: "https://evil.example" }));
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toEqual({
      error: "Không tải lên được: yêu cầu không đến từ chính trang quản trị đang mở (có thể do một trang hoặc tiện ích khác gửi). Hãy tải lại trang quản trị rồi chọn tệp lần nữa.",
    });
    expect((await POST(uploadRequest(png, { name: "a.png", origin: null }))).status).toBe(403);

    signOut();
    const anonymous = await POST(uploadRequest(png, { name: "a.png" }));
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: "Phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại." });
    expect((await GET(new Request(`${ORIGIN}/api/uploads`))).status).toBe(401);

    // Administrators upload campaign and banner pictures; the standing
    // committee only reads.
    for (const roles of [["STANDING_COMMITTEE"]] as const) {
      await signInAs([...roles]);
      const response = await POST(uploadRequest(png, { name: "a.png" }));
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({ error: "Bạn không có quyền tải tệp lên." });
      expect((await GET(new Request(`${ORIGIN}/api/uploads`))).status).toBe(403);
    }
  });

  it("slows down a person who uploads too much", async () => {
    const { POST } = await route();
    const { db } = await import("@/lib/db");
    const { UPLOADS_PER_USER } = await import("@/lib/media/upload-limits");
    const user = await signInAs(["CONTRIBUTOR"]);
    await db.$executeRaw`INSERT INTO rate_limit_buckets (key, window_start, hits) VALUES (${`media.upload:user:${user.id}`}, now(), ${UPLOADS_PER_USER.limit})`;
    const response = await POST(uploadRequest(blob(await pngBytes()), { name: "a.png" }));
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("600");
    expect(await response.json()).toEqual({ error: "Bạn đã tải lên quá nhiều tệp trong thời gian ngắn. Vui lòng thử lại sau ít phút." });
  });

  it("lists the library newest first, by kind and by words without diacritics", async () => {
    const { POST, GET } = await route();
    await signInAs(["SECRETARY"]);
    const names = ["Đại hội Đoàn thanh niên.png", "Hội nghị sơ kết.png", "Lễ kỷ niệm.png"];
    for (const name of names) expect((await POST(uploadRequest(blob(await pngBytes()), { name }))).status).toBe(201);
    expect((await POST(uploadRequest(blob(pdfBytes()), { name: "Kế hoạch hội nghị.pdf" }))).status).toBe(201);

    const list = async (query: string) => (await GET(new Request(`${ORIGIN}/api/uploads?${query}`))).json();
    const all = await list("");
    expect(all.items[0].originalName).toBe("Kế hoạch hội nghị.pdf");
    expect(all).toMatchObject({ page: 1, pageCount: 1 });
    expect(all.total).toBeGreaterThanOrEqual(4);

    const found = await list("kind=IMAGE&q=hoi%20nghi");
    // Newest first; the first test's "Ảnh Hội nghị Tổng kết.png" (its alt "Hội trường") matches too.
    expect(found.items.map((item: { originalName: string }) => item.originalName)).toEqual(["Hội nghị sơ kết.png", "Ảnh Hội nghị Tổng kết.png"]);
    expect((await list("q=DAI%20HOI%20doan")).items.map((item: { originalName: string }) => item.originalName)).toEqual(["Đại hội Đoàn thanh niên.png"]);
    expect((await list("kind=PDF&q=hội")).items).toHaveLength(1);
    expect((await list("kind=NOPE&trang=abc")).page).toBe(1);
  });
});
