// The sniffer decides by content only: crafted headers of every allowed type
// are recognised, and markup or unknown bytes never pass, whatever the name.
import { describe, expect, it } from "vitest";
import { sniffFile } from "@/lib/media/sniff-file";

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === "string" ? [...Buffer.from(part, "latin1")] : part)));

function ftyp(major: string, ...compatible: string[]): Uint8Array {
  const size = 16 + compatible.length * 4;
  return bytes([0, 0, 0, size], "ftyp", major, [0, 0, 0, 0], ...compatible, [0, 0, 0, 8], "free");
}

describe("sniffFile recognises the allowed types by their magic bytes", () => {
  it.each([
    ["jpeg", bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], "JFIF")],
    ["jpeg", bytes([0xff, 0xd8, 0xff, 0xe1], "Exif")],
    ["png", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "IHDR")],
    ["gif", bytes("GIF89a", [1, 0, 1, 0])],
    ["gif", bytes("GIF87a", [1, 0, 1, 0])],
    ["webp", bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8 ")],
    ["webp", bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8L")],
    ["webp", bytes("RIFF", [0x24, 0, 0, 0], "WEBPVP8X")],
    ["pdf", bytes("%PDF-1.7\n%âãÏÓ\n")],
    ["mp4", ftyp("isom", "isom", "iso2", "avc1", "mp41")],
    ["mp4", ftyp("mp42", "mp42", "isom")],
    ["mp4", ftyp("M4V ", "M4V ", "M4A ", "mp42")],
    ["zip", bytes("PK", [3, 4, 20, 0])],
    ["ole", bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
  ] as const)("%s", (expected, head) => {
    expect(sniffFile(head)).toBe(expected);
  });
});

describe("sniffFile refuses what is not one of them", () => {
  it.each([
    ["an SVG", '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="1"/></svg>'],
    ["an SVG with an XML prolog", '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"></svg>'],
    ["an SVG after a byte-order mark and blank lines", "\ufeff\n\n  <svg><script>alert(1)</script></svg>"],
    ["an HTML page", "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"],
    ["an HTML fragment", "<script>alert(document.cookie)</script>"],
    ["HTML after some text", "hello world <iframe src=//evil.example></iframe>"],
    ["UTF-16 HTML", Buffer.from("\ufeff<html><script>alert(1)</script></html>", "utf16le").toString("latin1")],
  ])("%s is markup", (_label, text) => {
    expect(sniffFile(bytes(text))).toBe("markup");
  });

  it.each([
    ["empty", bytes()],
    ["plain text", bytes("Báo cáo tháng 11")],
    ["an ELF program", bytes([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1])],
    ["a Windows program", bytes("MZ", [0x90, 0])],
    ["a PDF header after a space (a polyglot trick)", bytes(" %PDF-1.4")],
    ["a truncated JPEG marker", bytes([0xff, 0xd8])],
    ["a RIFF that is not WebP (WAV)", bytes("RIFF", [0x24, 0, 0, 0], "WAVEfmt ")],
    ["RIFF/WEBP with an unknown chunk", bytes("RIFF", [0x24, 0, 0, 0], "WEBPXXXX")],
    ["a QuickTime movie", ftyp("qt  ", "qt  ")],
    ["a 3GP clip", ftyp("3gp4", "3gp4", "3gp5")],
    ["a HEIC photo", ftyp("heic", "mif1", "heic")],
    ["an ftyp box with a silly size", bytes([0xff, 0, 0, 0x10], "ftypisom", [0, 0, 0, 0])],
    ["a RAR archive", bytes("Rar!", [0x1a, 0x07, 0])],
    ["an empty ZIP (end record only)", bytes("PK", [5, 6, 0, 0])],
  ])("%s is unknown", (_label, head) => {
    expect(sniffFile(head)).toBe("unknown");
  });

  it("leaves polyglots to the image pipeline: a GIF header before a script is re-encoded or refused there", () => {
    expect(sniffFile(bytes("GIF89a<script>alert(1)</script>"))).toBe("gif");
  });
});
