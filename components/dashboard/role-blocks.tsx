import Link from "next/link";
import type { Role } from "@/lib/generated/prisma/enums";
import type { HomeOverview } from "@/lib/server/users/get-home-overview";
import { buttonClass } from "@/components/ui/button";
import { Figures, HomeBlock } from "@/components/dashboard/home-block";
import { EmptyState } from "@/components/ui/empty-state";
import { ITEM_STATUS_LABELS, ITEM_STATUSES } from "@/lib/items/item-labels";
import { QueueList } from "@/components/dashboard/queue-list";
import { NewItemForm } from "@/components/workflow/new-item-form";
import { OwnQuotaProgress } from "@/components/quotas/own-quota-progress";
import { QuotaYearSummary } from "@/components/quotas/quota-year-summary";
import { SectionsBehindList } from "@/components/quotas/sections-behind-list";
import { adminPaths } from "@/lib/urls";

function ContributorBlock({ counts }: { counts: NonNullable<HomeOverview["ownItems"]> }) {
  const shown = ITEM_STATUSES.filter((status) => (counts[status] ?? 0) > 0);
  return (
    <HomeBlock id="bai-cua-toi" title="Bài của tôi" description="Tin, bài bạn viết hoặc đứng tên, theo trạng thái.">
      {shown.length === 0 ? (
        <EmptyState>Chưa có bài nào. Chọn loại rồi bấm “Viết tin, bài mới” để bắt đầu.</EmptyState>
      ) : (
        <Figures
          figures={shown.map((status) => ({
            label: ITEM_STATUS_LABELS[status],
            value: counts[status] ?? 0,
            href: `${adminPaths.myItems}?status=${status}`,
          }))}
        />
      )}
      <div className="mt-4 flex flex-wrap items-end gap-3">
        <NewItemForm />
        <Link href={adminPaths.myItems} className={buttonClass("secondary")}>
          Xem tất cả bài của tôi
        </Link>
      </div>
    </HomeBlock>
  );
}

function AdminBlock({ totals }: { totals: NonNullable<HomeOverview["admin"]> }) {
  return (
    <HomeBlock id="quan-tri-he-thong" title="Quản trị hệ thống">
      <Figures
        figures={[
          { label: "Người dùng đang hoạt động", value: `${totals.activePeople}/${totals.people}` },
          { label: "Tài khoản đang tạm khóa", value: totals.lockedPeople },
          { label: "Đơn vị đang hoạt động", value: `${totals.activeUnits}/${totals.units}` },
          { label: "Chuyên mục đang hiện", value: `${totals.visibleSections}/${totals.sections}` },
        ]}
      />
      <div className="mt-4 flex flex-wrap gap-2">
        <Link href="/quan-tri/nguoi-dung" className={buttonClass("secondary")}>
          Quản lý người dùng
        </Link>
        <Link href="/quan-tri/don-vi" className={buttonClass("secondary")}>
          Quản lý đơn vị
        </Link>
        <Link href="/quan-tri/chuyen-muc" className={buttonClass("secondary")}>
          Quản lý chuyên mục
        </Link>
        <Link href="/quan-tri/nhat-ky" className={buttonClass("secondary")}>
          Xem nhật ký
        </Link>
      </div>
    </HomeBlock>
  );
}

/** One block per role held, in the workflow's order; nothing for roles not held. */
export function RoleBlocks({ roles, overview }: { roles: readonly Role[]; overview: HomeOverview }) {
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      {roles.includes("CONTRIBUTOR") && overview.ownItems && <ContributorBlock counts={overview.ownItems} />}
      {roles.includes("CONTRIBUTOR") && overview.ownQuota && (
        <HomeBlock id="chi-tieu-cua-toi" title={`Chỉ tiêu năm ${overview.ownQuota.year} của tôi`} description="Số tin, bài của bạn được tính chỉ tiêu trong năm.">
          <OwnQuotaProgress progress={overview.ownQuota} />
        </HomeBlock>
      )}
      {roles.includes("SECRETARY") && overview.secretaryQueue && (
        <HomeBlock id="cho-thu-ky" title="Chờ thư ký xử lý" description="Tin, bài cộng tác viên đã gửi, chờ biên tập, trả lại hoặc chuyển Ban Biên tập.">
          <QueueList queue={overview.secretaryQueue} empty="Không có tin, bài nào đang chờ thư ký." href={adminPaths.reviewQueue} linkLabel="Mở hàng chờ biên tập" />
        </HomeBlock>
      )}
      {roles.includes("EDITORIAL_BOARD") && overview.boardQueue && (
        <HomeBlock id="cho-bbt" title="Chờ Ban Biên tập duyệt" description="Tin, bài thư ký đã chuyển, chờ duyệt đăng hoặc hẹn giờ đăng.">
          <QueueList queue={overview.boardQueue} empty="Không có tin, bài nào đang chờ duyệt." href={adminPaths.approvalQueue} linkLabel="Mở hàng chờ phê duyệt" />
        </HomeBlock>
      )}
      {(roles.includes("SECRETARY") || roles.includes("EDITORIAL_BOARD")) && overview.sectionsBehind && (
        <HomeBlock id="chuyen-muc-cham" title="Chuyên mục chậm nhịp đăng" description="Chuyên mục chưa có đủ tin, bài theo nhịp đăng đã đặt.">
          <SectionsBehindList rows={overview.sectionsBehind} reportHref={adminPaths.reports} />
        </HomeBlock>
      )}
      {roles.includes("STANDING_COMMITTEE") && overview.quotaYear && (
        <HomeBlock id="bao-cao-chi-tieu" title="Báo cáo chỉ tiêu" description="Kết quả thực hiện chỉ tiêu tin, bài trong năm của từng người và từng đơn vị.">
          <QuotaYearSummary {...overview.quotaYear} />
        </HomeBlock>
      )}
      {roles.includes("ADMINISTRATOR") && overview.admin && <AdminBlock totals={overview.admin} />}
    </div>
  );
}
