import { signOutAction } from "@/lib/actions/account";

/** "Đăng xuất": ends this session on the server and returns to /dang-nhap (works without JavaScript). */
export function SignOutButton({ className }: { className?: string }) {
  return (
    <form action={signOutAction}>
      <button
        type="submit"
        className={className ?? "inline-flex min-h-11 items-center rounded border border-stone-300 bg-white px-3 py-2 text-sm font-semibold text-stone-800 hover:bg-stone-100"}
      >
        Đăng xuất
      </button>
    </form>
  );
}
