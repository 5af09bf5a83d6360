// The one list of Tiptap extensions that defines what an item body may hold.
// The server renders stored JSON with it and the editor edits with it, so the
// two can never disagree about a node. Safe to import in client components.
import { mergeAttributes, Node, type Extensions, type JSONContent } from "@tiptap/core";
import Image from "@tiptap/extension-image";
import { TableKit } from "@tiptap/extension-table";
import StarterKit from "@tiptap/starter-kit";
import { captionedBlock } from "./tiptap-captioned-block";
import { Embed, Video } from "./tiptap-media-nodes";

export type BodyDocument = JSONContent & { type: "doc" };

/**
 * An image with an editable caption: `<figure><img><figcaption>…`. The image
 * is described by attributes, the caption is the node's inline content.
 */
export const Figure = Node.create({
  name: "figure",
  ...captionedBlock,

  addAttributes() {
    const fromImage = (name: string) => ({
      default: null,
      parseHTML: (element: HTMLElement) => element.querySelector("img")?.getAttribute(name) ?? null,
      // Rendered by renderHTML below, on the <img>, not on the <figure>.
      renderHTML: () => ({}),
    });
    return {
      src: fromImage("src"),
      alt: fromImage("alt"),
      title: fromImage("title"),
      width: fromImage("width"),
      height: fromImage("height"),
    };
  },

  parseHTML() {
    return [{ tag: "figure", contentElement: "figcaption" }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const { src, alt, title, width, height } = node.attrs as Record<string, string | number | null>;
    const image = Object.fromEntries(
      Object.entries({ src, alt: alt ?? "", title, width, height, loading: "lazy" }).filter(
        ([, value]) => value !== null && value !== undefined,
      ),
    );
    return ["figure", mergeAttributes(HTMLAttributes), ["img", image], ["figcaption", 0]];
  },
});

export const contentExtensions: Extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    // Party news has no source code to show.
    code: false,
    codeBlock: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: "https",
      protocols: ["http", "https", "mailto"],
      // The sanitiser decides rel; new tabs are the reader's choice.
      HTMLAttributes: { target: null, rel: null, class: null },
    },
  }),
  Image.configure({ inline: false, allowBase64: false }),
  Figure,
  // An uploaded clip (/api/media/…) and a YouTube/Facebook player, both checked by URL.
  Video,
  Embed,
  TableKit.configure({ table: { resizable: false } }),
];

export const emptyBodyDocument = (): BodyDocument => ({ type: "doc", content: [{ type: "paragraph" }] });
