import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { z } from "zod";
import { normalizeDayText } from "@/lib/dates/day-text";
import { TIME_ZONE } from "@/lib/content/dates";
import { NUMBER_SYMBOL_MAX_LENGTH, parseNumberSymbol, validateNumberSymbol } from "@/lib/documents/number-symbol";
import { DocumentType, PublicationStatus } from "@/lib/generated/prisma/enums";

// What the directive-document form sends and the actions take. The same
// schema runs in the browser (before sending) and on the server.

export const DOCUMENT_LIMITS = {
  issuingBody: 200,
  summaryMin: 10,
  summary: 1000,
  signerName: 120,
  unpublishReason: 500,
} as const;

const id = (message: string) => z.coerce.number({ error: message }).int({ error: message }).positive({ error: message });

/** Today's calendar date in Vietnam, "2026-11-23": the latest a document can be dated. */
export const vietnamToday = (now: Date = new Date()) => format(new TZDate(now, TIME_ZONE), "yyyy-MM-dd");

const isCalendarDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

// Typed as dd/mm/yyyy (ISO still accepted); the checks below see "2026-11-23".
const dateField = (missing: string) =>
  z.preprocess(
    // Typed as a string so the optional effective date can pipe into it.
    (value: string) => normalizeDayText(value),
    z
      .string({ error: missing })
      .trim()
      .min(1, { error: missing, abort: true })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 23/11/2026.", abort: true })
      .refine(isCalendarDate, { error: "Ngày không có trên lịch.", abort: true })
      .refine((value) => value >= "1930-01-01", { error: "Ngày phải từ năm 1930 trở đi." }),
  );

/** A DATE column's value: the calendar day at UTC midnight. */
export const dateOnly = (value: string) => new Date(`${value}T00:00:00Z`);

const documentFields = {
  numberSymbol: z
    .string({ error: "Nhập số/ký hiệu văn bản." })
    .max(NUMBER_SYMBOL_MAX_LENGTH * 2, { error: `Số/ký hiệu dài tối đa ${NUMBER_SYMBOL_MAX_LENGTH} ký tự.` })
    .superRefine((value, context) => {
      const parsed = parseNumberSymbol(value);
      if (!parsed.ok) context.addIssue({ code: "custom", message: parsed.error });
    }),
  type: z.enum(DocumentType, { error: "Chọn loại văn bản." }),
  issuingBody: z
    .string({ error: "Nhập cơ quan ban hành." })
    .transform((value) => value.replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(2, { error: (issue) => (issue.input ? "Tên cơ quan ban hành cần ít nhất 2 ký tự." : "Nhập cơ quan ban hành.") })
        .max(DOCUMENT_LIMITS.issuingBody, { error: `Tên cơ quan ban hành dài tối đa ${DOCUMENT_LIMITS.issuingBody} ký tự.` }),
    ),
  issuedAt: dateField("Nhập ngày ban hành."),
  effectiveAt: z
    .string()
    .trim()
    .optional()
    .transform((value) => value || undefined)
    .pipe(dateField("Nhập ngày hiệu lực.").optional()),
  summary: z
    .string({ error: "Nhập trích yếu." })
    .transform((value) => value.replace(/\s+/g, " ").trim())
    .pipe(
      z
        .string()
        .min(DOCUMENT_LIMITS.summaryMin, {
          error: (issue) => (issue.input ? `Trích yếu cần ít nhất ${DOCUMENT_LIMITS.summaryMin} ký tự.` : "Nhập trích yếu nội dung văn bản."),
        })
        .max(DOCUMENT_LIMITS.summary, { error: `Trích yếu dài tối đa ${DOCUMENT_LIMITS.summary} ký tự.` }),
    ),
  signerName: z
    .string()
    .transform((value) => value.replace(/\s+/g, " ").trim())
    .pipe(z.string().max(DOCUMENT_LIMITS.signerName, { error: `Tên người ký dài tối đa ${DOCUMENT_LIMITS.signerName} ký tự.` }))
    .optional()
    .transform((value) => value || null),
};

type RawFields = { numberSymbol: string; type: DocumentType; issuedAt: string; effectiveAt?: string };

/** Rules across fields: dates in order and not ahead of today; the number/symbol agrees with the type and year. */
function crossCheck(value: RawFields, context: z.RefinementCtx) {
  if (value.issuedAt > vietnamToday()) {
    context.addIssue({ code: "custom", path: ["issuedAt"], message: "Ngày ban hành không được sau ngày hôm nay." });
  }
  if (value.effectiveAt && value.effectiveAt < value.issuedAt) {
    context.addIssue({ code: "custom", path: ["effectiveAt"], message: "Ngày hiệu lực không được trước ngày ban hành." });
  }
  const checked = validateNumberSymbol(value.numberSymbol, value.type);
  if (!checked.ok) {
    context.addIssue({ code: "custom", path: ["numberSymbol"], message: checked.error });
    return;
  }
  const year = checked.value.year;
  if (year !== null && String(year) !== value.issuedAt.slice(0, 4)) {
    context.addIssue({
      code: "custom",
      path: ["numberSymbol"],
      message: `Năm trong số/ký hiệu (${year}) khác năm ban hành (${value.issuedAt.slice(0, 4)}).`,
    });
  }
}

// Runs even when other fields (summary, issuing body) are wrong, so that every
// message shows at once; not when a field it reads is itself invalid. (An
// `abort: true` issue anywhere would stop it: the fields above avoid them.)
const CROSS_CHECKED = new Set<PropertyKey>(["numberSymbol", "type", "issuedAt", "effectiveAt"]);
const crossCheckWhen = {
  when: (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) => !payload.issues.some((issue) => CROSS_CHECKED.has(issue.path?.[0] ?? "")),
};

function toStored<T extends RawFields>({ numberSymbol, issuedAt, effectiveAt, ...rest }: T) {
  const parsed = parseNumberSymbol(numberSymbol);
  return {
    ...rest,
    numberSymbol: parsed.ok ? parsed.value.normalized : numberSymbol,
    issuedAt: dateOnly(issuedAt),
    effectiveAt: effectiveAt ? dateOnly(effectiveAt) : null,
  };
}

export const documentCreateSchema = z.object(documentFields).superRefine(crossCheck, crossCheckWhen).transform(toStored);
export type DocumentCreateInput = z.infer<typeof documentCreateSchema>;

export const documentUpdateSchema = z
  .object({
    documentId: id("Không rõ văn bản cần sửa."),
    /** When the form was loaded: a later change by someone else is a conflict. */
    expectedUpdatedAt: z.iso.datetime({ error: "Không rõ phiên bản văn bản đang sửa." }).optional(),
    ...documentFields,
  })
  .superRefine(crossCheck, crossCheckWhen)
  .transform(toStored);
export type DocumentUpdateInput = z.infer<typeof documentUpdateSchema>;

export const documentIdSchema = z.object({ documentId: id("Không rõ văn bản cần thao tác.") });

export const documentUnpublishSchema = z.object({
  documentId: id("Không rõ văn bản cần gỡ."),
  reason: z
    .string()
    .trim()
    .max(DOCUMENT_LIMITS.unpublishReason, { error: `Lý do dài tối đa ${DOCUMENT_LIMITS.unpublishReason} ký tự.` })
    .optional()
    .transform((value) => value || null),
});

export const documentFileSchema = z.object({
  documentId: id("Không rõ văn bản cần thao tác."),
  mediaFileId: id("Không rõ tệp cần thao tác."),
});

export const documentFilesOrderSchema = z.object({
  documentId: id("Không rõ văn bản cần thao tác."),
  /** The files' media ids in their new order, "12,7,9". */
  order: z
    .string({ error: "Thiếu thứ tự tệp." })
    .regex(/^\d+(,\d+)*$/, { error: "Thứ tự tệp không hợp lệ." })
    .transform((value) => value.split(",").map(Number)),
});

// The back-office list's GET form: ?q=&loai=&trangthai=&nam=&trang=
export const adminDocumentFilterSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  type: z.enum(DocumentType).nullable().catch(null),
  status: z.enum(PublicationStatus).nullable().catch(null),
  year: z.coerce.number().int().min(1930).max(2200).nullable().catch(null),
});
export type AdminDocumentFilter = z.infer<typeof adminDocumentFilterSchema>;

export function parseAdminDocumentFilter(params: Record<string, string | string[] | undefined>): AdminDocumentFilter {
  const first = (key: string) => {
    const value = params[key];
    return (Array.isArray(value) ? value[0] : value) || null;
  };
  return adminDocumentFilterSchema.parse({ q: first("q") ?? "", type: first("loai"), status: first("trangthai"), year: first("nam") });
}
