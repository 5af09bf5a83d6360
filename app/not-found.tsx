import type { Metadata } from "next";
import { connection } from "next/server";
import { NotFoundNotice } from "@/components/site/not-found-notice";
import { SiteFrame } from "@/components/site/site-frame";

export const metadata: Metadata = { title: "Không tìm thấy trang" };

// URLs no route matches (and notFound() outside the public group, e.g. the
// print view) land here, outside the public layout, so it brings the frame
// itself; the frame survives a database hiccup. Rendered per request (not
// prerendered at build) so its scripts carry the response's CSP nonce.
export default async function NotFound() {
  await connection();
  return (
    <SiteFrame>
      <NotFoundNotice />
    </SiteFrame>
  );
}
