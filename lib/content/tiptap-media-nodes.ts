// The body's video nodes: a clip we store (`video`) and a YouTube/Facebook
// player (`embed`). Their URLs are attributes, so they are checked here, the
// one place every path goes through: a stored document whose attribute breaks
// the rule fails validation (lib/content/validate-body.ts), and a node that
// somehow lacks a good URL renders nothing at all.
import { Node } from "@tiptap/core";
import type { DOMOutputSpec } from "@tiptap/pm/model";
import { isAllowedEmbedSrc, isMediaPath } from "./media-src";
import { captionedBlock } from "./tiptap-captioned-block";

const EMBED_TITLE_MAX = 200;
export const DEFAULT_EMBED_TITLE = "Video";

function requireMediaPath(value: unknown) {
  if (!isMediaPath(value)) throw new RangeError("A video must point at /api/media/<key>.");
}

function requireEmbedSrc(value: unknown) {
  if (typeof value !== "string" || !isAllowedEmbedSrc(value)) throw new RangeError("An embed must be a YouTube or Facebook player URL.");
}

function requireTitle(value: unknown) {
  if (typeof value !== "string" || value.length > EMBED_TITLE_MAX) throw new RangeError("An embed title is a short text.");
}

// Both ProseMirror's serialiser and the static renderer write a string spec
// as (escaped) text, so an empty one is no output at all; the type omits it.
const NOTHING = "" as unknown as DOMOutputSpec;

const isEmbedTitle = (value: unknown): value is string => typeof value === "string" && value.length <= EMBED_TITLE_MAX;

/** `<figure><video controls preload="metadata" src="/api/media/…"></video><figcaption>…</figcaption></figure>` */
export function videoOutputSpec(src: unknown): DOMOutputSpec {
  if (!isMediaPath(src)) return NOTHING;
  // The empty child keeps <video></video> from being written as <video/>.
  return ["figure", {}, ["video", { controls: "", preload: "metadata", src }, ""], ["figcaption", 0]];
}

/** `<figure><iframe src="https://…" title="…" loading="lazy" allowfullscreen></iframe></figure>` */
export function embedOutputSpec(src: unknown, title: unknown): DOMOutputSpec {
  if (typeof src !== "string" || !isAllowedEmbedSrc(src)) return NOTHING;
  const label = isEmbedTitle(title) && title.trim() ? title : DEFAULT_EMBED_TITLE;
  return ["figure", {}, ["iframe", { src, title: label, loading: "lazy", allowfullscreen: "" }]];
}

// The editor draws these nodes itself (the static renderer uses renderHTML):
// an element is always needed there, even for a node it must not play.
function invalidMediaNotice(): HTMLElement {
  const notice = document.createElement("p");
  notice.textContent = "Video không hợp lệ: hãy xóa khối này.";
  notice.className = "text-sm text-red-800";
  return notice;
}

export const Video = Node.create({
  name: "video",
  ...captionedBlock,

  addAttributes() {
    return {
      src: {
        default: null,
        validate: requireMediaPath,
        parseHTML: (element: HTMLElement) => {
          const video = element.querySelector("video");
          return video?.getAttribute("src") ?? video?.querySelector("source")?.getAttribute("src") ?? null;
        },
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: "figure",
        // Ahead of the image figure's rule, which would take any <figure>.
        priority: 60,
        contentElement: "figcaption",
        getAttrs: (element: HTMLElement) => {
          const video = element.querySelector("video");
          const src = video?.getAttribute("src") ?? video?.querySelector("source")?.getAttribute("src");
          return isMediaPath(src) ? null : false;
        },
      },
    ];
  },

  renderHTML({ node }) {
    return videoOutputSpec(node.attrs.src);
  },

  addNodeView() {
    return ({ node }) => {
      const dom = document.createElement("figure");
      const caption = document.createElement("figcaption");
      if (isMediaPath(node.attrs.src)) {
        const video = document.createElement("video");
        video.controls = true;
        video.preload = "metadata";
        video.src = node.attrs.src;
        video.contentEditable = "false";
        dom.append(video);
      } else {
        dom.append(invalidMediaNotice());
      }
      dom.append(caption);
      return { dom, contentDOM: caption };
    };
  },
});

export const Embed = Node.create({
  name: "embed",
  group: "block",
  atom: true,
  draggable: true,

  addAttributes() {
    return {
      src: {
        default: null,
        validate: requireEmbedSrc,
        parseHTML: (element: HTMLElement) => element.querySelector("iframe")?.getAttribute("src") ?? null,
        renderHTML: () => ({}),
      },
      title: {
        default: DEFAULT_EMBED_TITLE,
        validate: requireTitle,
        parseHTML: (element: HTMLElement) => element.querySelector("iframe")?.getAttribute("title")?.slice(0, EMBED_TITLE_MAX) || DEFAULT_EMBED_TITLE,
        renderHTML: () => ({}),
      },
    };
  },

  parseHTML() {
    return [
      {
        tag: "figure",
        priority: 60,
        getAttrs: (element: HTMLElement) => (isAllowedEmbedSrc(element.querySelector("iframe")?.getAttribute("src") ?? undefined) ? null : false),
      },
    ];
  },

  renderHTML({ node }) {
    return embedOutputSpec(node.attrs.src, node.attrs.title);
  },

  addNodeView() {
    return ({ node }) => {
      const dom = document.createElement("figure");
      dom.contentEditable = "false";
      const src = node.attrs.src as unknown;
      if (typeof src === "string" && isAllowedEmbedSrc(src)) {
        // A click on the player goes into the iframe; this bar is what selects the block (to move or delete it).
        const bar = document.createElement("p");
        bar.textContent = `Video nhúng: ${isEmbedTitle(node.attrs.title) ? node.attrs.title : DEFAULT_EMBED_TITLE}`;
        bar.className = "cursor-pointer bg-stone-100 px-2 py-1 text-sm text-stone-700";
        dom.append(bar);
        const frame = document.createElement("iframe");
        frame.src = src;
        frame.title = isEmbedTitle(node.attrs.title) ? node.attrs.title : DEFAULT_EMBED_TITLE;
        frame.loading = "lazy";
        frame.allowFullscreen = true;
        dom.append(frame);
      } else {
        dom.append(invalidMediaNotice());
      }
      return { dom };
    };
  },
});
