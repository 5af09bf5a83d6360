export const shareButtonClass =
  "inline-flex min-h-10 items-center rounded border border-stone-300 bg-white px-3 text-sm font-semibold text-stone-800 hover:border-brand hover:text-brand";
