"use client";

import { ErrorNotice } from "@/components/site/error-notice";

// Catches what the route-group boundaries do not (e.g. a failing (public)
// layout). The error itself is logged on the server, never shown.
export default function RootError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="noi-dung" className="px-4">
      <ErrorNotice onRetry={retry} />
    </main>
  );
}
