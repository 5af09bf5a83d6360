import "server-only";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

// A refusal the database alone can decide (a slug taken, a picture that is
// not an image) reported like zod's: a message under the field's name, so
// the form marks the right box.

export type FieldErrorDetails = { fieldErrors: Record<string, string[]> };

export const fieldError = (field: string, message: string) =>
  new AppError("VALIDATION", message, { fieldErrors: { [field]: [message] } } satisfies FieldErrorDetails);

export function fieldErrorsOf(error: unknown): Record<string, string[]> | null {
  if (!(error instanceof AppError) || error.code !== "VALIDATION") return null;
  const details = error.details as Partial<FieldErrorDetails> | undefined;
  return details?.fieldErrors ?? null;
}

/** A unique index refused the row (two people saving the same slug at once). */
export const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
