"use client";

import "./globals.css";
import { ErrorNotice } from "@/components/site/error-notice";

// Replaces the root layout when that fails, so it brings its own document.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="vi">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900">
        <title>Hệ thống đang tạm gián đoạn</title>
        <main id="noi-dung" className="px-4">
          <ErrorNotice onRetry={retry} />
        </main>
      </body>
    </html>
  );
}
