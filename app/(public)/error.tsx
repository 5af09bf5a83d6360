"use client";

import { ErrorNotice } from "@/components/site/error-notice";

// Renders inside the public layout, so the masthead and navigation stay.
export default function PublicError({ retry }: { error: unknown; retry: () => void }) {
  return <ErrorNotice onRetry={retry} />;
}
