// Typed failures of use cases. Actions turn them into a Vietnamese message,
// pages into notFound(); anything else reaches error.tsx.
export type AppErrorCode = "NOT_FOUND" | "FORBIDDEN" | "INVALID_TRANSITION" | "CONFLICT" | "VALIDATION";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const isAppError = (error: unknown, code?: AppErrorCode): error is AppError =>
  error instanceof AppError && (code === undefined || error.code === code);
