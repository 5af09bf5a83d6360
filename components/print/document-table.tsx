import type { TdHTMLAttributes, ThHTMLAttributes } from "react";

// Tables inside a printed document: black rules, a smaller type, fixed column
// widths that add up to the page, headers repeated on every printed page
// (app/globals.css). On a phone the table keeps a readable width and scrolls
// inside its frame.

export function DocumentTable({ caption, widths, children }: { caption: string; widths: readonly number[]; children: React.ReactNode }) {
  return (
    <div className="overflow-x-auto print:overflow-visible">
      <table className="w-full min-w-[36rem] border-collapse text-left text-[0.8em] leading-tight print:min-w-0">
        <caption className="sr-only">{caption}</caption>
        <colgroup>
          {widths.map((width, index) => (
            <col key={index} style={{ width: `${width}%` }} />
          ))}
        </colgroup>
        {children}
      </table>
    </div>
  );
}

export function DTh({ className = "", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={`border border-black px-1 py-1 text-center align-middle font-bold ${className}`} {...props} />;
}

export function DTd({ className = "", ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={`border border-black px-1 py-0.5 align-top break-words ${className}`} {...props} />;
}

/** A number cell, centred. */
export function DNum({ value, className = "" }: { value: number | string | null; className?: string }) {
  return <DTd className={`text-center tabular-nums ${className}`}>{value ?? ""}</DTd>;
}
