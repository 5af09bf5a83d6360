"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { featureItemAction } from "@/lib/actions/items";

/** "Nổi bật trang chủ" as a toggle button (aria-pressed); the list is refreshed after it. */
export function FeatureToggle({ itemId, isFeatured }: { itemId: number; isFeatured: boolean }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function toggle() {
    setPending(true);
    setError(null);
    const result = await featureItemAction({ itemId, isFeatured: !isFeatured });
    setPending(false);
    if (!result.ok) setError(result.error);
    else router.refresh();
  }

  return (
    <div className="inline-flex flex-col">
      <Button type="button" variant={isFeatured ? "primary" : "secondary"} aria-pressed={isFeatured} pending={pending} onClick={toggle}>
        <span aria-hidden="true">{isFeatured ? "★" : "☆"}</span>
        Nổi bật trang chủ
      </Button>
      {error && (
        <span role="alert" className="mt-1 max-w-56 text-xs text-red-800">
          {error}
        </span>
      )}
    </div>
  );
}
