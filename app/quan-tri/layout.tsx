import type { Metadata } from "next";
import { AdminHeader } from "@/components/admin/admin-header";
import { allowedAdminLinks } from "@/components/admin/admin-links";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireUser } from "@/lib/server/auth/require-user";
import { capabilitiesOf } from "@/lib/auth/permissions";

// Per person and per request: never prerendered, never cached.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Trang quản trị", template: "%s | Trang quản trị" },
  robots: { index: false, follow: false },
};

export default async function BackOfficeLayout({ children }: { children: React.ReactNode }) {
  // The frame needs the person; each page still checks its own capability.
  const user = await requireUser();
  const links = allowedAdminLinks(capabilitiesOf(user));
  return (
    <div className="flex min-h-screen flex-col bg-stone-100 print:block print:min-h-0 print:bg-white">
      <a href="#noi-dung" className="skip-link print:hidden">
        Bỏ qua, đến nội dung chính
      </a>
      <AdminHeader user={user} />
      <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col gap-4 px-4 py-4 md:flex-row md:gap-6 md:py-6 print:block print:max-w-none print:p-0">
        <AdminNav links={links} />
        <main id="noi-dung" tabIndex={-1} className="min-w-0 flex-1 focus:outline-none">
          {children}
        </main>
      </div>
    </div>
  );
}
