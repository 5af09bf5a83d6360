import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th, THead } from "@/components/ui/table";
import { moveSectionAction, setSectionVisibilityAction } from "@/lib/actions/sections";
import { cadenceText } from "@/lib/sections/labels";
import type { AdminSection } from "@/lib/server/sections/list-sections";
import { sectionPath } from "@/lib/urls";
import { ActionButton } from "@/components/admin/action-button";

/** Sections in public order, each with move up/down (no drag and drop needed) and hide/show. */
export function SectionTable({ sections }: { sections: AdminSection[] }) {
  return (
    <Table caption="Chuyên mục theo thứ tự hiển thị">
      <THead>
        <tr>
          <Th>Thứ tự</Th>
          <Th>Chuyên mục</Th>
          <Th>Nhịp đăng bài</Th>
          <Th className="text-right">Tin, bài</Th>
          <Th>Hiển thị</Th>
          <Th>Thao tác</Th>
        </tr>
      </THead>
      <tbody>
        {sections.map((section, index) => (
          <tr key={section.id} className={section.isVisible ? "hover:bg-stone-50" : "bg-stone-50 text-stone-500"}>
            <Td>
              <div className="flex gap-1">
                <ActionButton action={moveSectionAction} fields={{ sectionId: section.id, direction: "up" }} label={`Chuyển ${section.name} lên`} disabled={index === 0}>
                  ↑
                </ActionButton>
                <ActionButton
                  action={moveSectionAction}
                  fields={{ sectionId: section.id, direction: "down" }}
                  label={`Chuyển ${section.name} xuống`}
                  disabled={index === sections.length - 1}
                >
                  ↓
                </ActionButton>
              </div>
            </Td>
            <Td className="min-w-48">
              <Link href={`/quan-tri/chuyen-muc/${section.id}`} className="font-semibold text-brand underline-offset-2 hover:underline">
                {section.name}
              </Link>
              <span className="block text-stone-600">{sectionPath(section.slug)}</span>
            </Td>
            <Td>{cadenceText(section.cadence, section.cadenceTarget)}</Td>
            <Td className="text-right tabular-nums">{section.itemCount}</Td>
            <Td>{section.isVisible ? <Badge tone="success">Đang hiện</Badge> : <Badge>Đang ẩn</Badge>}</Td>
            <Td>
              <div className="flex flex-wrap gap-1">
                <ActionButton action={setSectionVisibilityAction} fields={{ sectionId: section.id, isVisible: String(!section.isVisible) }} label={`${section.isVisible ? "Ẩn" : "Hiện"} chuyên mục ${section.name}`}>
                  {section.isVisible ? "Ẩn" : "Hiện"}
                </ActionButton>
                <Link href={`/quan-tri/chuyen-muc/${section.id}`} className="inline-flex min-h-11 items-center px-3 font-semibold text-brand underline-offset-2 hover:underline">
                  Sửa
                </Link>
              </div>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
