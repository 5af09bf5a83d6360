import "server-only";
import fs from "node:fs";
import fsp from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { FileSource } from "@/lib/server/media/file-source";
import { assertValidStorageKey } from "@/lib/server/media/storage-keys";
import { StoredFileExists, type ByteRange, type MediaStore, type StoredFileInfo } from "@/lib/server/media/stores/types";

// The default store: files in a folder (UPLOAD_DIR), for one machine or a
// folder every instance mounts (NFS).

const isCode = (error: unknown, code: string) => (error as NodeJS.ErrnoException | null)?.code === code;

function info(stat: fs.Stats): StoredFileInfo {
  return { size: stat.size, etag: `"${stat.size.toString(36)}-${Math.trunc(stat.mtimeMs).toString(36)}"`, lastModified: stat.mtime };
}

/** Creates `target` from `temporaryPath` without ever replacing a file, then removes the temporary file. */
async function moveWithoutReplacing(temporaryPath: string, target: string): Promise<void> {
  try {
    // A hard link fails if the target exists, where rename would replace it.
    await fsp.link(temporaryPath, target);
  } catch (error) {
    // Another file system (a temporary folder elsewhere): copy instead.
    if (!isCode(error, "EXDEV")) throw error;
    await fsp.copyFile(temporaryPath, target, fs.constants.COPYFILE_EXCL);
  }
  await fsp.rm(temporaryPath, { force: true });
}

export function createLocalStore(root: string): MediaStore & { pathOf(key: string): string } {
  const pathOf = (key: string) => {
    assertValidStorageKey(key);
    return path.join(root, key);
  };
  const stat = async (key: string) => {
    const found = await fsp.stat(pathOf(key)).catch((error: unknown) => {
      if (isCode(error, "ENOENT") || isCode(error, "ENOTDIR")) return null;
      throw error;
    });
    return found?.isFile() ? found : null;
  };

  return {
    kind: "local",
    pathOf,

    async putNew(key, source: FileSource) {
      const target = pathOf(key);
      await fsp.mkdir(path.dirname(target), { recursive: true });
      try {
        if ("path" in source) await moveWithoutReplacing(source.path, target);
        else await fsp.writeFile(target, source.bytes, { flag: "wx" });
      } catch (error) {
        throw isCode(error, "EEXIST") ? new StoredFileExists(key) : error;
      }
    },

    async putReplacing(key, bytes) {
      const target = pathOf(key);
      await fsp.mkdir(path.dirname(target), { recursive: true });
      // Readers never see half a file: write aside, then rename over.
      const temporary = `${target}.${process.pid}.tmp`;
      await fsp.writeFile(temporary, bytes);
      await fsp.rename(temporary, target);
    },

    async head(key) {
      const found = await stat(key);
      return found ? info(found) : null;
    },

    async get(key, range?: ByteRange) {
      const found = await stat(key);
      if (!found) return null;
      const stream = fs.createReadStream(pathOf(key), range ?? {});
      return { ...info(found), body: Readable.toWeb(stream) as ReadableStream<Uint8Array> };
    },

    async remove(key) {
      await fsp.rm(pathOf(key), { force: true });
    },
  };
}
