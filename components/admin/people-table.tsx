import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, Td, Th, THead } from "@/components/ui/table";
import type { PersonRow } from "@/lib/server/users/list-people";
import { POSITION_LABELS, rolesText } from "@/lib/users/labels";

export function PersonStatus({ isActive, lockedUntil, now }: { isActive: boolean; lockedUntil: Date | null; now: Date }) {
  if (!isActive) return <Badge tone="neutral">Đã vô hiệu hóa</Badge>;
  if (lockedUntil && lockedUntil > now) return <Badge tone="warning">Đang tạm khóa</Badge>;
  return <Badge tone="success">Đang hoạt động</Badge>;
}

export function PeopleTable({ people, now }: { people: PersonRow[]; now: Date }) {
  return (
    <Table caption="Danh sách người dùng">
      <THead>
        <tr>
          <Th>Họ và tên</Th>
          <Th>Đơn vị</Th>
          <Th>Chức vụ</Th>
          <Th>Vai trò</Th>
          <Th>Trạng thái</Th>
        </tr>
      </THead>
      <tbody>
        {people.map((person) => (
          <tr key={person.id} className="hover:bg-stone-50">
            <Td>
              <Link href={`/quan-tri/nguoi-dung/${person.id}`} className="font-semibold text-brand underline-offset-2 hover:underline">
                {person.name}
              </Link>
              <span className="block text-stone-600">{person.email}</span>
            </Td>
            <Td>{person.unit.name}</Td>
            <Td className="whitespace-nowrap">{POSITION_LABELS[person.position]}</Td>
            <Td>{rolesText(person.roles)}</Td>
            <Td>
              <PersonStatus isActive={person.isActive} lockedUntil={person.lockedUntil} now={now} />
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
