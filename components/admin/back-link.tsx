import Link from "next/link";

/** The "‹ back to the list" line above a back-office page's heading. */
export function BackLink({ href, label }: { href: string; label: string }) {
  return (
    <p>
      <Link href={href} className="text-sm text-brand underline-offset-2 hover:underline">
        {`‹ ${label}`}
      </Link>
    </p>
  );
}
