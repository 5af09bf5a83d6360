import type { HTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from "react";

/** A table that scrolls sideways inside its own box on a phone instead of widening the page. */
export function Table({ caption, children, className = "" }: { caption: string; children: React.ReactNode; className?: string }) {
  return (
    <div className={`relative overflow-x-auto rounded border border-stone-200 bg-white ${className}`}>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function THead({ children }: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead className="border-b border-stone-200 bg-stone-100 text-stone-700">{children}</thead>;
}

export function Th({ className = "", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={`px-3 py-2 font-semibold whitespace-nowrap ${className}`} {...props} />;
}

export function Td({ className = "", ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={`border-t border-stone-100 px-3 py-2 align-top ${className}`} {...props} />;
}
