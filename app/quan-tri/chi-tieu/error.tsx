"use client";

import { BackOfficeError } from "@/components/admin/back-office-error";

export default function QuotaError({ retry }: { error: unknown; retry: () => void }) {
  return <BackOfficeError title="Chưa tải được số liệu chỉ tiêu" retry={retry} />;
}
