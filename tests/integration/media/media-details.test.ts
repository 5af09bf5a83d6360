// Editing a file's alt text and caption from the library: the uploader may,
// the secretary and the board may, another contributor may not.
import { describe, expect, it } from "vitest";
import { pngBytes } from "@/tests/fixtures/media-files";
import { setupTestDatabase } from "@/tests/setup/setup-test-database";

const database = setupTestDatabase();

describe(`media details on ${database.kind}`, () => {
  it("lets the uploader and the secretary edit, refuses another contributor, and audits", async () => {
    const { createUser } = await import("@/tests/factories");
    const { storeUpload } = await import("@/lib/server/media/store-upload");
    const { updateMediaDetails } = await import("@/lib/server/media/update-media-details");
    const { mediaUpdateSchema } = await import("@/lib/validations/media");
    const { db } = await import("@/lib/db");
    const uploader = await createUser({ roles: ["CONTRIBUTOR"] });
    const other = await createUser({ roles: ["CONTRIBUTOR"] });
    const secretary = await createUser({ roles: ["SECRETARY"] });
    const media = await storeUpload({ actor: uploader, source: { bytes: await pngBytes() }, originalName: "a.png" });

    const input = (alt: string, caption: string) => mediaUpdateSchema.parse({ mediaId: String(media.id), alt, caption });
    await updateMediaDetails({ actor: uploader, input: input("  Hội trường ", "") });
    expect(await db.mediaFile.findUniqueOrThrow({ where: { id: media.id } })).toMatchObject({ alt: "Hội trường", caption: null });

    await expect(updateMediaDetails({ actor: other, input: input("x", "y") })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Bạn chỉ sửa được mô tả của tệp do mình tải lên.",
    });
    await updateMediaDetails({ actor: secretary, input: input("Hội trường lớn", "Quang cảnh") });
    expect(await db.mediaFile.findUniqueOrThrow({ where: { id: media.id } })).toMatchObject({ alt: "Hội trường lớn", caption: "Quang cảnh" });
    expect(await db.auditLog.count({ where: { action: "media.update", objectId: String(media.id) } })).toBe(2);

    await expect(updateMediaDetails({ actor: secretary, input: { mediaId: 999_999, alt: null, caption: null } })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
