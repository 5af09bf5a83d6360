"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/** Copies a file's full address (to paste into a message or another page). */
export function CopyUrlButton({ path }: { path: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  async function copy() {
    const url = new URL(path, window.location.origin).toString();
    try {
      await navigator.clipboard.writeText(url);
      setState("copied");
    } catch {
      // No clipboard (an insecure page, an old browser): show the address to copy by hand.
      window.prompt("Sao chép đường dẫn:", url);
      setState("failed");
    }
    window.setTimeout(() => setState("idle"), 2500);
  }
  return (
    <>
      <Button type="button" variant="secondary" onClick={copy} className="w-full">
        {state === "copied" ? "Đã sao chép" : "Sao chép đường dẫn"}
      </Button>
      <span role="status" className="sr-only">
        {state === "copied" ? "Đã sao chép đường dẫn." : ""}
      </span>
    </>
  );
}
