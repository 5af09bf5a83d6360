import Link from "next/link";
import { env } from "@/lib/env";

// The signed-out pages: a plain card under the site's name, no navigation.
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col">
      <header className="on-brand bg-brand px-4 py-4 text-white">
        <Link href="/" className="mx-auto block max-w-md text-center text-base font-semibold leading-snug">
          {env().siteName}
        </Link>
      </header>
      <main id="noi-dung" className="mx-auto w-full max-w-md flex-1 px-4 py-8">
        {children}
      </main>
    </div>
  );
}
