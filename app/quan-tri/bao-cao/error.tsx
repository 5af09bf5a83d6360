"use client";

import { BackOfficeError } from "@/components/admin/back-office-error";

export default function ReportError({ retry }: { error: unknown; retry: () => void }) {
  return <BackOfficeError title="Chưa tải được báo cáo" retry={retry} />;
}
