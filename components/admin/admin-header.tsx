import Link from "next/link";
import { Button } from "@/components/ui/button";
import { signOutAction } from "@/lib/actions/account";
import { env } from "@/lib/env";
import { NotificationBell } from "@/components/workflow/notification-bell";

function Emblem() {
  return (
    <svg viewBox="0 0 64 64" aria-hidden="true" className="h-10 w-10 shrink-0">
      <circle cx="32" cy="32" r="31" fill="#9f1111" />
      <polygon fill="#f7c948" points="32,10 37.3,25.7 53.9,25.9 40.6,35.8 45.5,51.6 32,42 18.5,51.6 23.4,35.8 10.1,25.9 26.7,25.7" />
    </svg>
  );
}

/** The back office's masthead: where you are, who you are, and the way out. */
export function AdminHeader({ user }: { user: { id: number; name: string; unit: { name: string } } }) {
  const { siteName } = env();
  return (
    <header className="border-t-4 border-brand bg-white shadow-sm print:hidden">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/quan-tri" className="flex min-w-0 items-center gap-3">
          <Emblem />
          <span className="flex min-w-0 flex-col">
            <span className="text-xs font-semibold tracking-wide text-stone-600 uppercase">Trang quản trị</span>
            <span className="truncate font-bold text-brand sm:text-lg">{siteName}</span>
          </span>
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <p className="text-sm leading-tight sm:text-right">
            <span className="block font-semibold text-stone-900">{user.name}</span>
            <span className="block text-stone-600">{user.unit.name}</span>
          </p>
          <NotificationBell userId={user.id} />
          <Link href="/" className="text-sm text-brand underline-offset-2 hover:underline">
            Xem trang công khai
          </Link>
          <form action={signOutAction}>
            <Button variant="secondary">Đăng xuất</Button>
          </form>
        </div>
      </div>
    </header>
  );
}
