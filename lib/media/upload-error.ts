import { AppError } from "@/lib/errors";

/**
 * An upload refused for what it is (too large, wrong type, broken), with the
 * HTTP status the route answers and a Vietnamese message for the person.
 */
export class UploadRejected extends AppError {
  constructor(
    message: string,
    readonly status: 400 | 413 | 415 | 422 = 400,
  ) {
    super("VALIDATION", message);
    this.name = "UploadRejected";
  }
}

export const isUploadRejected = (error: unknown): error is UploadRejected => error instanceof UploadRejected;
