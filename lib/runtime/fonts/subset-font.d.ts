// subset-font 2.x ships no types; only what subset-fonts.ts uses.
declare module "subset-font" {
  type SubsetOptions = {
    targetFormat?: "sfnt" | "woff" | "woff2";
    noHinting?: boolean;
    keepFeatures?: string[];
    noLayoutClosure?: boolean;
  };
  export default function subsetFont(font: Buffer, text: string, options?: SubsetOptions): Promise<Buffer>;
}
