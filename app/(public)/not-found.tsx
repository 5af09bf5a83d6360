import type { Metadata } from "next";
import { NotFoundNotice } from "@/components/site/not-found-notice";

export const metadata: Metadata = { title: "Không tìm thấy trang" };

// notFound() in a public page renders here, inside the public layout that is
// already on screen: the message only, not a second frame.
export default function PublicNotFound() {
  return <NotFoundNotice />;
}
