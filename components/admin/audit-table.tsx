import Link from "next/link";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Table, Td, Th, THead } from "@/components/ui/table";
import type { AuditEntryRow } from "@/lib/server/audit/list-audit-log";
import { formatShortDate } from "@/lib/content/dates";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { AUDIT_OBJECT_LABELS, AUDIT_RESULT_LABELS, auditActionLabel } from "@/lib/audit/labels";

const RESULT_TONES: Record<AuditEntryRow["result"], BadgeTone> = { SUCCESS: "success", FAILURE: "warning", DENIED: "danger" };

const timeInVietnam = (date: Date) => format(new TZDate(date, "Asia/Ho_Chi_Minh"), "HH:mm:ss");

function objectHref(type: string | null, id: string | null): string | null {
  if (!id) return null;
  if (type === "user") return `/quan-tri/nguoi-dung/${id}`;
  if (type === "unit") return `/quan-tri/don-vi/${id}`;
  if (type === "section") return `/quan-tri/chuyen-muc/${id}`;
  return null;
}

function ObjectCell({ type, id }: { type: string | null; id: string | null }) {
  if (!type && !id) return <span className="text-stone-500">—</span>;
  const text = `${type ? (AUDIT_OBJECT_LABELS[type] ?? type) : ""} ${id ?? ""}`.trim();
  const href = objectHref(type, id);
  return href ? (
    <Link href={href} className="text-brand underline-offset-2 hover:underline">
      {text}
    </Link>
  ) : (
    <span>{text}</span>
  );
}

/** Details as compact JSON; the writers never put secrets in them. */
function Details({ details }: { details: unknown }) {
  if (details === null || details === undefined) return null;
  return (
    <details>
      <summary className="cursor-pointer text-stone-600">Chi tiết</summary>
      <pre className="mt-1 max-w-md overflow-x-auto rounded bg-stone-100 p-2 text-xs whitespace-pre-wrap">{JSON.stringify(details, null, 1)}</pre>
    </details>
  );
}

export function AuditTable({ entries }: { entries: AuditEntryRow[] }) {
  return (
    <Table caption="Nhật ký hệ thống, mới nhất trước">
      <THead>
        <tr>
          <Th>Thời gian</Th>
          <Th>Người thực hiện</Th>
          <Th>Hành động</Th>
          <Th>Đối tượng</Th>
          <Th>Địa chỉ IP</Th>
          <Th>Kết quả</Th>
        </tr>
      </THead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.id}>
            <Td className="whitespace-nowrap tabular-nums">
              <time dateTime={entry.at.toISOString()}>
                {timeInVietnam(entry.at)} {formatShortDate(entry.at)}
              </time>
            </Td>
            <Td>
              {entry.actor ? (
                <>
                  <span className="font-semibold">{entry.actor.name}</span>
                  <span className="block text-stone-600">{entry.actor.email}</span>
                </>
              ) : (
                <span className="text-stone-500">Không rõ</span>
              )}
            </Td>
            <Td>
              {/* The code is for whoever searches the database or the logs: a tooltip, not text. */}
              <span title={entry.action} data-action={entry.action}>
                {auditActionLabel(entry.action)}
              </span>
              <Details details={entry.details} />
            </Td>
            <Td>
              <ObjectCell type={entry.objectType} id={entry.objectId} />
            </Td>
            <Td className="font-mono text-xs">{entry.ip ?? "—"}</Td>
            <Td>
              <Badge tone={RESULT_TONES[entry.result]}>{AUDIT_RESULT_LABELS[entry.result]}</Badge>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
