import "server-only";
// The upload use case: prove what the file is, store it under a new key
// (an image through the image pipeline), and record it with an audit row in
// one transaction. Takes the actor explicitly; the route handler, the Word
// import and tests all call it.
import { recordAudit } from "@/lib/server/audit/record-audit";
import type { Actor } from "@/lib/auth/permissions";
import { authorize } from "@/lib/server/auth/authorize";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { mediaTextSchema } from "@/lib/validations/media";
import type { FileSource } from "@/lib/server/media/file-source";
import { identifyUpload } from "@/lib/server/media/identify-upload";
import { cleanOriginalName } from "@/lib/media/original-name";
import { processImage } from "@/lib/server/media/process-image";
import { moveIntoStorage, newStorageKey, removeStoredFiles, writeNewStoredFile } from "@/lib/server/media/storage";
import { toUploadedMedia } from "@/lib/media/to-uploaded-media";
import { UploadRejected } from "@/lib/media/upload-error";
import type { UploadAccept } from "@/lib/media/upload-limits";
import type { UploadedMedia } from "@/lib/media/upload-types";

export type StoreUploadInput = {
  actor: Actor;
  ip?: string | null;
  source: FileSource;
  originalName: string | null | undefined;
  accept?: UploadAccept;
  alt?: string | null;
  caption?: string | null;
  /** Audit detail: where the file came from ("upload", "docx-import"). */
  via?: string;
  now?: Date;
};

export async function storeUpload(input: StoreUploadInput): Promise<UploadedMedia> {
  await authorize(input.actor, "media.upload", { ip: input.ip });
  const texts = mediaTextSchema.safeParse({ alt: input.alt, caption: input.caption });
  if (!texts.success) throw new UploadRejected(texts.error.issues[0]!.message, 400);
  const identified = await identifyUpload(input.source, input.accept ?? "any");
  const now = input.now ?? new Date();

  const written: string[] = [];
  let file: Pick<Prisma.MediaFileUncheckedCreateInput, "storageKey" | "mimeType" | "sizeBytes" | "width" | "height" | "variants">;
  if (identified.kind === "IMAGE") {
    const image = await processImage(input.source, now);
    written.push(image.key, ...image.variants.map((variant) => variant.key));
    file = { storageKey: image.key, mimeType: image.mimeType, sizeBytes: image.sizeBytes, width: image.width, height: image.height, variants: image.variants };
  } else {
    const key = newStorageKey(identified.extension, now);
    if ("path" in input.source) await moveIntoStorage(input.source.path, key);
    else await writeNewStoredFile(key, input.source.bytes);
    written.push(key);
    file = { storageKey: key, mimeType: identified.mimeType, sizeBytes: identified.sizeBytes };
  }

  const originalName = cleanOriginalName(input.originalName);
  try {
    const row = await db.$transaction(async (tx) => {
      const created = await tx.mediaFile.create({
        data: { ...file, kind: identified.kind, originalName, alt: texts.data.alt, caption: texts.data.caption, uploadedById: input.actor.id, createdAt: now },
      });
      await recordAudit(
        {
          action: "media.upload",
          result: "SUCCESS",
          actorId: input.actor.id,
          objectType: "media",
          objectId: created.id,
          ip: input.ip,
          details: { kind: created.kind, originalName, sizeBytes: created.sizeBytes, via: input.via ?? "upload" },
        },
        tx,
      );
      return created;
    });
    return toUploadedMedia(row);
  } catch (error) {
    // No row, no file: nothing is left that nobody can find.
    await removeStoredFiles(written);
    throw error;
  }
}
