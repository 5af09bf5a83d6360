import type { Metadata, Viewport } from "next";
import { env } from "@/lib/env";
import "./globals.css";

export function generateMetadata(): Metadata {
  const { siteName, siteUrl } = env();
  return {
    metadataBase: new URL(siteUrl),
    title: { default: siteName, template: `%s | ${siteName}` },
    description: "Tin tức, bài viết và văn bản chỉ đạo của Đảng bộ Khối.",
  };
}

export const viewport: Viewport = { themeColor: "#9f1111", width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="vi">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">{children}</body>
    </html>
  );
}
