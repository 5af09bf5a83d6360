/** What a list says when it has nothing to show. */
export function EmptyState({ children }: { children: React.ReactNode }) {
  return <p className="rounded border border-dashed border-stone-300 bg-stone-50 px-4 py-6 text-center text-stone-600">{children}</p>;
}
