import Link from "next/link";
import { ActionButton } from "@/components/admin/action-button";
import type { ActionResult } from "@/lib/actions/action-result";
import { ITEM_STATUS_LABELS } from "@/lib/items/item-labels";
import { fieldClass } from "@/components/ui/field-errors";
import { buttonClass } from "@/components/ui/button";
import {
  attachCampaignDocumentAction,
  attachCampaignItemAction,
  detachCampaignDocumentAction,
  detachCampaignItemAction,
} from "@/lib/actions/campaigns";
import type { AdminCampaign } from "@/lib/server/campaigns/get-admin-campaign";
import type { AttachableDocument, AttachableItem } from "@/lib/server/campaigns/search-attachable";
import { DOCUMENT_STATUS_LABELS } from "@/lib/documents/document-status-labels";
import type { ItemStatus, PublicationStatus } from "@/lib/generated/prisma/enums";
import { adminPaths } from "@/lib/admin-paths";

type ActionButtonAction = (previous: ActionResult, formData: FormData) => Promise<ActionResult>;

type SearchProps = { id: string; name: string; label: string; value: string; hint: string };

/** A plain GET search (works without JavaScript): the results come back on this page. */
function SearchForm({ id, name, label, value, hint }: SearchProps) {
  return (
    <form role="search" method="get" className="flex flex-wrap items-end gap-2">
      <div className="min-w-64 flex-1">
        <label htmlFor={id} className="block text-sm font-semibold text-stone-800">
          {label}
        </label>
        <input id={id} name={name} type="search" defaultValue={value} aria-describedby={`${id}-hint`} className={fieldClass(false)} />
        <p id={`${id}-hint`} className="mt-1 text-sm text-stone-600">
          {hint}
        </p>
      </div>
      <button className={`${buttonClass("secondary")} mb-7`}>Tìm</button>
    </form>
  );
}

type Attachment = { id: number; content: React.ReactNode; fields: Record<string, number>; label: string };
type ListProps = { rows: Attachment[]; action: ActionButtonAction; verb: string; label?: string };

/** Items or documents, each with its one button: "Gỡ" in the campaign's list, "Thêm" in the search results. */
function AttachmentList({ rows, action, verb, label }: ListProps) {
  return (
    <ul aria-label={label} className="divide-y divide-stone-100">
      {rows.map((row) => (
        <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          <span>{row.content}</span>
          <ActionButton action={action} fields={row.fields} label={row.label}>
            {verb}
          </ActionButton>
        </li>
      ))}
    </ul>
  );
}

type AttachSearchProps = { search: SearchProps; noMatch: string; resultsLabel: string; results: Attachment[]; action: ActionButtonAction };

/** The search for more to add, then its results, or a line saying nothing matched. */
function AttachSearch({ search, noMatch, resultsLabel, results, action }: AttachSearchProps) {
  return (
    <>
      <SearchForm {...search} />
      {search.value && results.length === 0 && <p className="text-sm text-stone-600">{noMatch}</p>}
      {results.length > 0 && <AttachmentList rows={results} action={action} verb="Thêm" label={resultsLabel} />}
    </>
  );
}

type Props = { campaign: AdminCampaign; itemQuery: string; itemResults: AttachableItem[]; documentQuery: string; documentResults: AttachableDocument[] };

export function CampaignAttachments({ campaign, itemQuery, itemResults, documentQuery, documentResults }: Props) {
  const isArchived = campaign.archivedAt !== null;
  const itemStatus = (status: string) => <span className="block text-sm text-stone-600">{ITEM_STATUS_LABELS[status as ItemStatus]}</span>;
  const documentHeading = (document: { numberSymbol: string; summary: string }) => (
    <>
      <span className="font-semibold">{document.numberSymbol}</span> · {document.summary}
    </>
  );
  return (
    <>
      <section aria-labelledby="tin-bai-da-gan" className="space-y-3 rounded border border-stone-200 bg-white p-4 sm:p-6">
        <h2 id="tin-bai-da-gan" className="text-lg font-bold text-stone-900">
          Tin, bài trong chuyên trang ({campaign.items.length})
        </h2>
        <p className="text-sm text-stone-600">Bạn đọc chỉ thấy những tin, bài đã đăng.</p>
        {campaign.items.length > 0 && (
          <AttachmentList
            rows={campaign.items.map(({ item }) => ({
              id: item.id,
              content: (
                <>
                  <Link href={adminPaths.item(item.id)} className="font-semibold text-brand underline-offset-2 hover:underline">
                    {item.title}
                  </Link>
                  {itemStatus(item.status)}
                </>
              ),
              fields: { campaignId: campaign.id, itemId: item.id },
              label: `Gỡ “${item.title}” khỏi chuyên trang`,
            }))}
            action={detachCampaignItemAction}
            verb="Gỡ"
          />
        )}
        {!isArchived && (
          <AttachSearch
            search={{ id: "tim-tin-bai", name: "q", label: "Tìm tin, bài để thêm", value: itemQuery, hint: "Theo tiêu đề, có dấu hay không dấu đều được." }}
            noMatch="Không có tin, bài nào khớp (hoặc đã có trong chuyên trang)."
            resultsLabel="Kết quả tìm tin, bài"
            results={itemResults.map((item) => ({
              id: item.id,
              content: (
                <>
                  {item.title}
                  {itemStatus(item.status)}
                </>
              ),
              fields: { campaignId: campaign.id, itemId: item.id },
              label: `Thêm “${item.title}” vào chuyên trang`,
            }))}
            action={attachCampaignItemAction}
          />
        )}
      </section>

      <section aria-labelledby="van-ban-da-gan" className="space-y-3 rounded border border-stone-200 bg-white p-4 sm:p-6">
        <h2 id="van-ban-da-gan" className="text-lg font-bold text-stone-900">
          Văn bản trong chuyên trang ({campaign.documents.length})
        </h2>
        {campaign.documents.length > 0 && (
          <AttachmentList
            rows={campaign.documents.map(({ document }) => ({
              id: document.id,
              content: (
                <>
                  {documentHeading(document)}
                  <span className="block text-sm text-stone-600">{DOCUMENT_STATUS_LABELS[document.status as PublicationStatus]}</span>
                </>
              ),
              fields: { campaignId: campaign.id, documentId: document.id },
              label: `Gỡ văn bản ${document.numberSymbol} khỏi chuyên trang`,
            }))}
            action={detachCampaignDocumentAction}
            verb="Gỡ"
          />
        )}
        {!isArchived && (
          <AttachSearch
            search={{ id: "tim-van-ban", name: "vb", label: "Tìm văn bản để thêm", value: documentQuery, hint: "Theo số, ký hiệu hoặc trích yếu." }}
            noMatch="Không có văn bản nào khớp (hoặc đã có trong chuyên trang)."
            resultsLabel="Kết quả tìm văn bản"
            results={documentResults.map((document) => ({
              id: document.id,
              content: documentHeading(document),
              fields: { campaignId: campaign.id, documentId: document.id },
              label: `Thêm văn bản ${document.numberSymbol} vào chuyên trang`,
            }))}
            action={attachCampaignDocumentAction}
          />
        )}
      </section>
    </>
  );
}
