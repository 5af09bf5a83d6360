import { listVisibleSections, type SectionLink } from "@/lib/server/sections/list-visible-sections";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteMasthead } from "@/components/site/site-masthead";
import { SiteNav } from "@/components/site/site-nav";

async function sectionsForNav(): Promise<SectionLink[]> {
  // The frame also wraps the 404 page; a database hiccup there should leave
  // a frame without section links, not turn "not found" into an error page.
  try {
    return await listVisibleSections();
  } catch {
    return [];
  }
}

/** Masthead, navigation, main landmark and footer shared by public pages. */
export async function SiteFrame({ children }: { children: React.ReactNode }) {
  const sections = await sectionsForNav();
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#noi-dung" className="skip-link">
        Bỏ qua, đến nội dung chính
      </a>
      <header className="border-t-4 border-brand">
        <SiteMasthead />
        <SiteNav sections={sections} />
      </header>
      <main id="noi-dung" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
