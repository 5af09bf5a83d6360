import { listVisibleSections } from "@/lib/server/sections/list-visible-sections";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteMasthead } from "@/components/site/site-masthead";
import { SiteNav } from "@/components/site/site-nav";

/**
 * The public site's masthead, navigation and footer around a preview. The
 * same parts as SiteFrame, without its skip link and <main>: the preview sits
 * inside the back office's own main landmark.
 */
export async function PreviewFrame({ children }: { children: React.ReactNode }) {
  const sections = await listVisibleSections();
  return (
    <div className="overflow-hidden rounded border border-stone-300 bg-white shadow-sm">
      <div className="border-t-4 border-brand">
        <SiteMasthead />
        <SiteNav sections={sections} />
      </div>
      <div className="mx-auto w-full max-w-6xl px-4 py-6">{children}</div>
      <SiteFooter />
    </div>
  );
}
