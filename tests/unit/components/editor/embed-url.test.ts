import { describe, expect, it } from "vitest";
import { EMBED_ERRORS, toEmbedLink } from "@/components/editor/embed-url";
import { isAllowedEmbedSrc } from "@/lib/content/sanitize-html";

const ID = "dQw4w9WgXcQ";
const YT = `https://www.youtube-nocookie.com/embed/${ID}`;

describe("toEmbedLink: YouTube", () => {
  it.each([
    `https://www.youtube.com/watch?v=${ID}`,
    `https://youtube.com/watch?v=${ID}&t=42s&list=PL123`,
    `https://m.youtube.com/watch?feature=share&v=${ID}`,
    `http://www.youtube.com/watch?v=${ID}`,
    `www.youtube.com/watch?v=${ID}`,
    `https://youtu.be/${ID}?si=abc`,
    `youtu.be/${ID}`,
    `https://www.youtube.com/shorts/${ID}`,
    `https://www.youtube.com/live/${ID}?feature=share`,
    `https://www.youtube.com/embed/${ID}`,
    `https://www.youtube-nocookie.com/embed/${ID}`,
    `  https://www.youtube.com/watch?v=${ID}  `,
  ])("%s → the privacy-enhanced player", (input) => {
    expect(toEmbedLink(input)).toEqual({ ok: true, src: YT, title: "Video YouTube", provider: "youtube" });
  });

  it.each([
    "https://www.youtube.com/watch?v=short",
    `https://www.youtube.com/watch?v=${ID}"><script>`,
    "https://www.youtube.com/channel/UC123",
    "https://www.youtube.com/",
    `https://youtu.be/${ID}/extra/../x"`,
    `https://www.youtube.com/watch?v=${ID.slice(0, 10)}%22`,
  ])("%s is refused", (input) => {
    expect(toEmbedLink(input)).toMatchObject({ ok: false, error: EMBED_ERRORS.youtube });
  });
});

describe("toEmbedLink: Facebook", () => {
  const player = (href: string) => `https://www.facebook.com/plugins/video.php?href=${encodeURIComponent(href)}`;

  it.each([
    ["https://www.facebook.com/dangbokhoi/videos/1234567890123456/", "https://www.facebook.com/dangbokhoi/videos/1234567890123456/"],
    ["https://m.facebook.com/dangbokhoi/videos/tieu-de/1234567890123456?ref=share", "https://www.facebook.com/dangbokhoi/videos/1234567890123456/"],
    ["https://www.facebook.com/watch/?v=1234567890", "https://www.facebook.com/watch/?v=1234567890"],
    ["https://web.facebook.com/video.php?v=1234567890", "https://www.facebook.com/watch/?v=1234567890"],
    ["https://www.facebook.com/reel/998877665544", "https://www.facebook.com/reel/998877665544/"],
    ["https://www.facebook.com/share/v/1AbCdEfGh/", "https://www.facebook.com/share/v/1AbCdEfGh/"],
    ["https://fb.watch/abcDEF123/", "https://fb.watch/abcDEF123/"],
    [player("https://www.facebook.com/watch/?v=42"), "https://www.facebook.com/watch/?v=42"],
  ])("%s → the video plugin", (input, href) => {
    const result = toEmbedLink(input);
    expect(result).toEqual({ ok: true, src: player(href), title: "Video Facebook", provider: "facebook" });
    if (result.ok) expect(isAllowedEmbedSrc(result.src)).toBe(true);
  });

  it.each([
    "https://www.facebook.com/dangbokhoi",
    "https://www.facebook.com/dangbokhoi/posts/123",
    "https://www.facebook.com/watch/?v=abc",
    "https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fevil.example%2Fvideos%2F1",
    "https://www.facebook.com/plugins/video.php?href=javascript%3Aalert(1)",
    "https://www.facebook.com/a/videos/1/2/3/4",
  ])("%s is refused", (input) => {
    expect(toEmbedLink(input)).toMatchObject({ ok: false, error: EMBED_ERRORS.facebook });
  });
});

describe("toEmbedLink refuses everything else", () => {
  it.each([
    ["", EMBED_ERRORS.empty],
    ["   ", EMBED_ERRORS.empty],
    ["javascript:alert(1)", EMBED_ERRORS.invalid],
    ["JaVaScRiPt:alert(document.cookie)//youtube.com/watch?v=dQw4w9WgXcQ", EMBED_ERRORS.invalid],
    ["data:text/html,<script>alert(1)</script>", EMBED_ERRORS.invalid],
    ["vbscript:msgbox", EMBED_ERRORS.invalid],
    ["file:///etc/passwd", EMBED_ERRORS.invalid],
    [`https://user:pass@www.youtube.com/watch?v=${ID}`, EMBED_ERRORS.invalid],
    [`https://www.youtube.com:8443/watch?v=${ID}`, EMBED_ERRORS.invalid],
    [`https://www.youtube.com/watch?v=${ID} onload=alert(1)`, EMBED_ERRORS.invalid],
    ["https://" + "a".repeat(3000), EMBED_ERRORS.invalid],
    [`https://youtube.com.evil.example/watch?v=${ID}`, EMBED_ERRORS.host],
    [`https://evil.example/?u=https://www.youtube.com/watch?v=${ID}`, EMBED_ERRORS.host],
    [`https://evil.example/youtube.com/watch?v=${ID}`, EMBED_ERRORS.host],
    ["https://vimeo.com/123456", EMBED_ERRORS.host],
    ["https://www.tiktok.com/@a/video/1", EMBED_ERRORS.host],
    ["https://facebook.com.evil.example/watch/?v=1", EMBED_ERRORS.host],
  ])("%s", (input, error) => {
    expect(toEmbedLink(input)).toEqual({ ok: false, error });
  });
});
