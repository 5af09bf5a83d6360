// Abstract, text-free illustrations as SVG: gradients and simple shapes that
// suggest a meeting hall, flags, landscapes… Deterministic for a given image.
import { Rng } from "./random";
import type { DemoImage, ImageMotif } from "./text/images";

type Canvas = { w: number; h: number; rng: Rng; variant: number };

const f = (n: number) => Math.round(n * 10) / 10;

function linear(id: string, stops: string[], vertical = true): string {
  const coords = vertical ? 'x1="0" y1="0" x2="0" y2="1"' : 'x1="0" y1="0" x2="1" y2="0"';
  const body = stops.map((color, i) => `<stop offset="${f((i / (stops.length - 1)) * 100)}%" stop-color="${color}"/>`).join("");
  return `<linearGradient id="${id}" ${coords}>${body}</linearGradient>`;
}

function radial(id: string, inner: string, outer: string): string {
  return `<radialGradient id="${id}"><stop offset="0%" stop-color="${inner}"/><stop offset="100%" stop-color="${outer}" stop-opacity="0"/></radialGradient>`;
}

function star(cx: number, cy: number, r: number, fill = "#ffd54f"): string {
  const points: string[] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.382;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push(`${f(cx + radius * Math.cos(angle))},${f(cy + radius * Math.sin(angle))}`);
  }
  return `<polygon points="${points.join(" ")}" fill="${fill}"/>`;
}

/** A closed ridge from x=0 to x=w with gentle random peaks, filled down to `bottom`. */
function ridge(c: Canvas, base: number, amplitude: number, fill: string, bottom = c.h, steps = 8): string {
  const dx = c.w / steps;
  let d = `M0 ${bottom} L0 ${f(base)}`;
  for (let i = 1; i <= steps; i++) {
    const x = i * dx;
    const peak = base - c.rng.float() * amplitude;
    d += ` Q${f(x - dx / 2)} ${f(peak - amplitude * 0.6)} ${f(x)} ${f(base - c.rng.float() * amplitude * 0.5)}`;
  }
  return `<path d="${d} L${c.w} ${bottom} Z" fill="${fill}"/>`;
}

function wavyBand(c: Canvas, y: number, height: number, fill: string, wave = 14): string {
  const phase = c.rng.float() * Math.PI * 2;
  let top = `M0 ${f(y)}`;
  for (let x = 0; x <= c.w; x += c.w / 12) top += ` L${f(x)} ${f(y + Math.sin(x / 140 + phase) * wave)}`;
  return `<path d="${top} L${c.w} ${f(y + height)} L0 ${f(y + height)} Z" fill="${fill}"/>`;
}

function sun(cx: number, cy: number, r: number, color: string): string {
  return `<circle cx="${cx}" cy="${cy}" r="${r * 2.4}" fill="url(#glow)"/><circle cx="${cx}" cy="${cy}" r="${r}" fill="${color}"/>`;
}

function cloud(c: Canvas, cx: number, cy: number, scale: number): string {
  const parts = [0, 1, 2, 3].map((i) => {
    const x = cx + (i - 1.5) * 38 * scale;
    const r = (30 + c.rng.float() * 18) * scale;
    return `<circle cx="${f(x)}" cy="${f(cy - (i % 2) * 12 * scale)}" r="${f(r)}"/>`;
  });
  return `<g fill="#ffffff" opacity="0.55">${parts.join("")}</g>`;
}

function waveLines(c: Canvas, from: number, to: number, color: string): string {
  const lines: string[] = [];
  for (let y = from; y < to; y += 34) {
    const x0 = c.rng.float() * 200 - 100;
    let d = `M${f(x0)} ${y}`;
    for (let x = x0; x < c.w + 60; x += 60) d += ` q15 -8 30 0 t30 0`;
    lines.push(`<path d="${d}" fill="none" stroke="${color}" stroke-width="3" opacity="${f(0.25 + c.rng.float() * 0.3)}"/>`);
  }
  return lines.join("");
}

const SKIES = [
  ["#ffb74d", "#f48fb1", "#90caf9"],
  ["#64b5f6", "#bbdefb", "#e3f2fd"],
];

function hall(c: Canvas): string {
  const wall = c.variant === 0 ? ["#4a0d0d", "#7f1d1d"] : ["#0d2547", "#1e4b7a"];
  const backdrop = c.variant === 0 ? ["#c62828", "#8e0000"] : ["#1565c0", "#0d3c78"];
  const seats: string[] = [];
  for (let row = 0; row < 6; row++) {
    const y = 470 + row * 36;
    const count = 12 + row * 2;
    const width = (c.w * (0.62 + row * 0.07)) / count;
    const left = (c.w - width * count) / 2;
    for (let i = 0; i < count; i++) {
      const x = left + i * width;
      const head = ["#2b1b17", "#3e2723", "#212121", "#4e342e"][c.rng.int(0, 3)];
      seats.push(`<circle cx="${f(x + width / 2)}" cy="${f(y - 6)}" r="${f(width * 0.18)}" fill="${head}"/>`);
      seats.push(`<rect x="${f(x + 3)}" y="${y}" width="${f(width - 6)}" height="28" rx="6" fill="${c.variant === 0 ? "#b71c1c" : "#283593"}"/>`);
    }
  }
  const lights = Array.from({ length: 9 }, (_, i) => `<circle cx="${130 + i * 117}" cy="32" r="9" fill="#fff8e1" opacity="0.9"/>`);
  const flowers = Array.from({ length: 16 }, (_, i) => {
    const color = ["#ffeb3b", "#ff7043", "#f06292", "#fff59d"][i % 4];
    return `<circle cx="${190 + i * 55}" cy="${404 + (i % 2) * 4}" r="14" fill="${color}"/>`;
  });
  return `<defs>${linear("wall", wall)}${linear("backdrop", backdrop)}${linear("floor", ["#8d6e63", "#5d4037"])}${radial("glow", "#fff8e1", "#fff8e1")}</defs>
<rect width="${c.w}" height="${c.h}" fill="url(#wall)"/>${lights.join("")}
<rect x="150" y="70" width="900" height="320" fill="url(#backdrop)" rx="4"/>
<circle cx="600" cy="190" r="120" fill="url(#glow)" opacity="0.35"/>${star(600, 185, 70)}
<rect x="150" y="70" width="900" height="26" fill="#ffd54f" opacity="0.85"/>
<polygon points="110,390 1090,390 1150,440 50,440" fill="url(#floor)"/>
<rect x="890" y="300" width="86" height="100" rx="6" fill="#6d4c41"/>${flowers.join("")}${seats.join("")}`;
}

function flag(x: number, y: number, w: number, h: number, hasStar: boolean, phase: number): string {
  const wave = h * 0.12;
  const d = `M${x} ${y} C${f(x + w * 0.33)} ${f(y - wave * phase)} ${f(x + w * 0.66)} ${f(y + wave * phase)} ${x + w} ${y} L${x + w} ${y + h} C${f(x + w * 0.66)} ${f(y + h + wave * phase)} ${f(x + w * 0.33)} ${f(y + h - wave * phase)} ${x} ${y + h} Z`;
  const emblem = hasStar ? star(x + w / 2, y + h / 2, h * 0.3) : "";
  return `<path d="${d}" fill="#da251d"/>${emblem}`;
}

function flags(c: Canvas): string {
  const sky = SKIES[c.variant % SKIES.length]!;
  const poles =
    c.variant === 0
      ? [{ x: 380, top: 120, w: 420, h: 280, star: true }]
      : [
          { x: 250, top: 150, w: 300, h: 200, star: true },
          { x: 640, top: 110, w: 330, h: 220, star: false },
        ];
  const drawn = poles
    .map((p, i) => `<rect x="${p.x - 8}" y="${p.top - 20}" width="8" height="${c.h}" fill="#eceff1"/>${flag(p.x, p.top, p.w, p.h, p.star, i % 2 ? -1 : 1)}`)
    .join("");
  return `<defs>${linear("sky", sky)}${radial("glow", "#fffde7", "#fffde7")}</defs><rect width="${c.w}" height="${c.h}" fill="url(#sky)"/>
${c.variant === 0 ? sun(980, 520, 70, "#ffe082") : ""}${cloud(c, 180, 110, 1.2)}${cloud(c, 1000, 160, 0.9)}${drawn}`;
}

function fields(c: Canvas): string {
  const bands = ["#f9a825", "#fbc02d", "#f57f17", "#fdd835", "#f9a825", "#e6a817"];
  const drawn = bands.map((color, i) => wavyBand(c, 390 + i * 48, 90, color, 10 + i * 2)).join("");
  return `<defs>${linear("sky", ["#4fc3f7", "#b3e5fc", "#fff9c4"])}${radial("glow", "#fffde7", "#fffde7")}</defs><rect width="${c.w}" height="${c.h}" fill="url(#sky)"/>
${sun(920, 150, 55, "#fff59d")}${cloud(c, 260, 120, 1)}${ridge(c, 380, 60, "#81c784")}${ridge(c, 400, 30, "#66bb6a")}${drawn}`;
}

function terraces(c: Canvas): string {
  const greens = ["#9ccc65", "#7cb342", "#aed581", "#689f38", "#c5e1a5", "#8bc34a", "#558b2f", "#9ccc65", "#7cb342"];
  const bands = greens.map((color, i) => {
    const y = 250 + i * 48;
    const bend = 80 - i * 6;
    return `<path d="M0 ${y} Q300 ${y - bend} 600 ${y - 10} T1200 ${y - 30} L1200 ${c.h} L0 ${c.h} Z" fill="${color}" stroke="#33691e" stroke-width="2" stroke-opacity="0.35"/>`;
  });
  return `<defs>${linear("sky", ["#e1f5fe", "#b3e5fc"])}${radial("glow", "#ffffff", "#ffffff")}</defs><rect width="${c.w}" height="${c.h}" fill="url(#sky)"/>
${ridge(c, 230, 120, "#b0bec5")}${ridge(c, 260, 70, "#90a4ae")}${bands.join("")}`;
}

function mountains(c: Canvas): string {
  const layers = ["#7986cb", "#5c6bc0", "#3f51b5", "#303f9f", "#1a237e"];
  const drawn = layers.map((color, i) => ridge(c, 300 + i * 70, 140 - i * 15, color, c.h, 6 + i)).join("");
  return `<defs>${linear("sky", ["#ff8a65", "#ffcc80", "#fff3e0"])}${radial("glow", "#fff3e0", "#fff3e0")}</defs><rect width="${c.w}" height="${c.h}" fill="url(#sky)"/>
${sun(600, 300, 80, "#ffb74d")}${drawn}`;
}

function river(c: Canvas): string {
  return `<defs>${linear("sky", ["#81d4fa", "#e1f5fe"])}${linear("water", ["#b3e5fc", "#0288d1"])}${radial("glow", "#ffffff", "#ffffff")}</defs><rect width="${c.w}" height="${c.h}" fill="url(#sky)"/>
${cloud(c, 300, 100, 1)}${cloud(c, 900, 140, 0.8)}${ridge(c, 300, 50, "#a5d6a7")}<rect y="300" width="${c.w}" height="${c.h - 300}" fill="#7cb342"/>
<path d="M560 300 C620 360 420 420 520 480 S860 560 760 675 L1040 675 C1080 560 760 520 700 460 S660 360 600 300 Z" fill="url(#water)"/>
<path d="M690 560 L790 560 L770 585 L710 585 Z" fill="#5d4037"/><path d="M738 520 L738 560 L770 560 Z" fill="#fff8e1"/>
<g fill="#2e7d32">${Array.from({ length: 10 }, (_, i) => `<ellipse cx="${60 + i * 48}" cy="${330 - (i % 3) * 6}" rx="16" ry="40"/>`).join("")}</g>`;
}

function sea(c: Canvas): string {
  return `<defs>${linear("sky", ["#4fc3f7", "#e1f5fe"])}${linear("water", ["#0288d1", "#01579b"])}${radial("glow", "#ffffff", "#ffffff")}</defs><rect width="${c.w}" height="${c.h}" fill="url(#sky)"/>
${sun(200, 130, 50, "#fffde7")}${cloud(c, 700, 110, 1.1)}<rect y="360" width="${c.w}" height="${c.h - 360}" fill="url(#water)"/>
<path d="M620 365 Q720 250 800 300 Q860 240 960 365 Z" fill="#2e7d32"/><ellipse cx="790" cy="366" rx="190" ry="14" fill="#fff59d" opacity="0.8"/>
${waveLines(c, 400, c.h, "#e1f5fe")}`;
}

function lighthouse(c: Canvas): string {
  return `<defs>${linear("sky", ["#1a237e", "#5c6bc0", "#ffab91"])}${linear("water", ["#283593", "#0d1b4c"])}${radial("glow", "#fff59d", "#fff59d")}</defs><rect width="${c.w}" height="${c.h}" fill="url(#sky)"/>
${Array.from({ length: 40 }, () => `<circle cx="${c.rng.int(0, c.w)}" cy="${c.rng.int(0, 260)}" r="${f(1 + c.rng.float() * 1.8)}" fill="#ffffff" opacity="0.7"/>`).join("")}
<rect y="420" width="${c.w}" height="${c.h - 420}" fill="url(#water)"/>${waveLines(c, 450, c.h, "#9fa8da")}
<path d="M700 470 Q760 400 860 410 Q960 400 1020 470 Z" fill="#37474f"/>
<polygon points="800,180 760,120 340,40 340,230" fill="#fff59d" opacity="0.25"/>
<polygon points="826,410 834,200 886,200 894,410" fill="#fafafa"/>
<rect x="836" y="250" width="48" height="26" fill="#c62828"/><rect x="834" y="320" width="52" height="26" fill="#c62828"/>
<rect x="826" y="168" width="68" height="36" rx="4" fill="#455a64"/><circle cx="860" cy="186" r="30" fill="url(#glow)"/><circle cx="860" cy="186" r="12" fill="#fffde7"/>`;
}

function city(c: Canvas): string {
  const buildings: string[] = [];
  let x = 0;
  while (x < c.w) {
    const width = c.rng.int(70, 140);
    const height = c.rng.int(180, 430);
    const y = c.h - height;
    const tone = ["#37474f", "#455a64", "#263238", "#546e7a"][c.rng.int(0, 3)];
    buildings.push(`<rect x="${x}" y="${y}" width="${width - 6}" height="${height}" fill="${tone}"/>`);
    for (let wy = y + 18; wy < c.h - 30; wy += 30) {
      for (let wx = x + 12; wx < x + width - 24; wx += 22) {
        if (c.rng.chance(0.55)) buildings.push(`<rect x="${wx}" y="${wy}" width="10" height="14" fill="#ffe082" opacity="0.85"/>`);
      }
    }
    x += width;
  }
  return `<defs>${linear("sky", ["#283593", "#ef6c00", "#ffcc80"])}${radial("glow", "#fff3e0", "#fff3e0")}</defs><rect width="${c.w}" height="${c.h}" fill="url(#sky)"/>
${sun(760, 380, 90, "#ffab40")}${buildings.join("")}`;
}

function building(c: Canvas): string {
  const columns = Array.from({ length: 6 }, (_, i) => `<rect x="${395 + i * 80}" y="300" width="30" height="220" fill="#fafafa"/>`);
  const trees = [150, 260, 940, 1050].map((x) => `<rect x="${x - 8}" y="440" width="16" height="90" fill="#5d4037"/><circle cx="${x}" cy="420" r="62" fill="#388e3c"/>`);
  return `<defs>${linear("sky", ["#64b5f6", "#e3f2fd"])}${linear("wall", ["#fff3e0", "#ffe0b2"])}${radial("glow", "#ffffff", "#ffffff")}</defs><rect width="${c.w}" height="${c.h}" fill="url(#sky)"/>
${cloud(c, 200, 110, 1)}${cloud(c, 1000, 90, 0.8)}<rect y="520" width="${c.w}" height="${c.h - 520}" fill="#9e9e9e"/><rect y="560" width="${c.w}" height="${c.h - 560}" fill="#7cb342"/>
<rect x="340" y="280" width="520" height="240" fill="url(#wall)"/><polygon points="320,285 600,170 880,285" fill="#ffcc80" stroke="#e0a060" stroke-width="4"/>
${columns.join("")}<rect x="320" y="520" width="560" height="14" fill="#e0e0e0"/><rect x="300" y="534" width="600" height="14" fill="#bdbdbd"/>
<rect x="596" y="60" width="6" height="120" fill="#eceff1"/>${flag(602, 62, 110, 70, true, 1)}${trees.join("")}`;
}

function lotus(c: Canvas): string {
  const pads = Array.from({ length: 9 }, () => `<ellipse cx="${c.rng.int(60, 1140)}" cy="${c.rng.int(380, 640)}" rx="${c.rng.int(70, 110)}" ry="${c.rng.int(22, 34)}" fill="${["#2e7d32", "#388e3c", "#43a047"][c.rng.int(0, 2)]}"/>`);
  const flowers = [
    [330, 420, 1],
    [720, 470, 1.3],
    [980, 400, 0.8],
  ].map(([x, y, s]) => {
    const petals = [-50, -25, 0, 25, 50].map((angle) => `<ellipse cx="0" cy="-42" rx="20" ry="46" transform="rotate(${angle})" fill="url(#petal)"/>`);
    return `<g transform="translate(${x} ${y}) scale(${s})"><rect x="-3" y="0" width="6" height="150" fill="#558b2f"/>${petals.join("")}<circle cx="0" cy="-8" r="12" fill="#fdd835"/></g>`;
  });
  return `<defs>${linear("water", ["#b2dfdb", "#00796b"])}<linearGradient id="petal" x1="0" y1="1" x2="0" y2="0"><stop offset="0%" stop-color="#fce4ec"/><stop offset="100%" stop-color="#ec407a"/></linearGradient>${radial("glow", "#ffffff", "#ffffff")}</defs>
<rect width="${c.w}" height="${c.h}" fill="url(#water)"/>${waveLines(c, 60, 360, "#e0f2f1")}${pads.join("")}${flowers.join("")}`;
}

function books(c: Canvas): string {
  const stack: string[] = [];
  let y = 520;
  const colors = ["#c62828", "#1565c0", "#2e7d32", "#f9a825", "#6a1b9a", "#00838f", "#d84315"];
  for (let i = 0; i < 7; i++) {
    const h = c.rng.int(26, 42);
    const w = c.rng.int(300, 380);
    const x = 300 + c.rng.int(-20, 20);
    y -= h;
    stack.push(`<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="4" fill="${colors[i]}"/><rect x="${x + 12}" y="${y + 6}" width="${w - 24}" height="4" fill="#ffffff" opacity="0.35"/>`);
  }
  return `<defs>${linear("wall", ["#fff8e1", "#ffe0b2"])}${linear("desk", ["#8d6e63", "#4e342e"])}${radial("glow", "#fff59d", "#fff59d")}</defs><rect width="${c.w}" height="${c.h}" fill="url(#wall)"/>
<circle cx="860" cy="330" r="260" fill="url(#glow)" opacity="0.6"/><rect y="520" width="${c.w}" height="${c.h - 520}" fill="url(#desk)"/>${stack.join("")}
<path d="M760 520 L760 300 L880 210" fill="none" stroke="#37474f" stroke-width="12" stroke-linecap="round"/><path d="M840 170 L960 250 L900 300 Z" fill="#37474f"/><rect x="700" y="510" width="130" height="14" rx="6" fill="#37474f"/>
<path d="M860 560 L1000 540 L1000 600 L860 620 Z" fill="#fafafa"/><path d="M860 560 L720 540 L720 600 L860 620 Z" fill="#f5f5f5"/>`;
}

function village(c: Canvas): string {
  const houses = [180, 430, 760, 1010].map((x, i) => {
    const y = 420 + (i % 2) * 20;
    return `<rect x="${x - 70}" y="${y}" width="140" height="80" fill="#ffe0b2"/><polygon points="${x - 90},${y} ${x},${y - 70} ${x + 90},${y}" fill="${i % 2 ? "#8d3b2e" : "#a1442f"}"/><rect x="${x - 15}" y="${y + 35}" width="30" height="45" fill="#6d4c41"/>`;
  });
  const bamboo = Array.from({ length: 16 }, (_, i) => `<ellipse cx="${20 + i * 76 + c.rng.int(-10, 10)}" cy="${360 + c.rng.int(-20, 20)}" rx="22" ry="${c.rng.int(60, 90)}" fill="${["#2e7d32", "#388e3c", "#1b5e20"][i % 3]}"/>`);
  return `<defs>${linear("sky", ["#4fc3f7", "#fff9c4"])}${radial("glow", "#fffde7", "#fffde7")}</defs><rect width="${c.w}" height="${c.h}" fill="url(#sky)"/>
${sun(1050, 110, 45, "#fff59d")}${cloud(c, 350, 110, 0.9)}${bamboo.join("")}<rect y="420" width="${c.w}" height="${c.h - 420}" fill="#9ccc65"/>${houses.join("")}
<path d="M520 675 C560 600 640 560 620 500 L660 500 C700 560 640 620 700 675 Z" fill="#d7ccc8"/>`;
}

function people(c: Canvas): string {
  const rows: string[] = [];
  for (let row = 0; row < 3; row++) {
    const count = 9 - row;
    const scale = 1 - row * 0.18;
    const y = 620 - row * 110;
    for (let i = 0; i < count; i++) {
      const x = (c.w / (count + 1)) * (i + 1) + c.rng.int(-20, 20);
      const color = ["#e53935", "#fb8c00", "#fdd835", "#43a047", "#1e88e5", "#8e24aa", "#00acc1"][c.rng.int(0, 6)];
      rows.unshift(
        `<g transform="translate(${x} ${y}) scale(${f(scale)})" opacity="${f(1 - row * 0.2)}"><circle cx="0" cy="-150" r="38" fill="${color}"/><path d="M-70 0 Q-70 -100 0 -104 Q70 -100 70 0 Z" fill="${color}"/></g>`,
      );
    }
  }
  return `<defs>${linear("bg", ["#fff3e0", "#ffccbc"])}${radial("glow", "#ffffff", "#ffffff")}</defs><rect width="${c.w}" height="${c.h}" fill="url(#bg)"/>
<circle cx="600" cy="320" r="300" fill="url(#glow)"/><circle cx="600" cy="320" r="230" fill="none" stroke="#ff7043" stroke-width="10" opacity="0.35"/>${rows.join("")}`;
}

function banner(c: Canvas): string {
  const ribbon = (y: number, color: string) => `<path d="M0 ${y} C300 ${y - 40} 600 ${y + 40} 1200 ${y - 10} L1200 ${y + 14} C600 ${y + 64} 300 ${y - 16} 0 ${y + 24} Z" fill="${color}" opacity="0.8"/>`;
  const stars = Array.from({ length: 7 }, (_, i) => star(640 + i * 80, 60 + (i % 2) * 30, 14 + (i % 3) * 4, "#ffe082")).join("");
  const accent =
    c.variant === 0
      ? `<rect x="128" y="30" width="7" height="270" fill="#eceff1"/>${flag(135, 40, 240, 150, true, 1)}`
      : [-50, -25, 0, 25, 50].map((angle) => `<ellipse cx="0" cy="-42" rx="20" ry="46" transform="translate(230 190) rotate(${angle})" fill="#f48fb1"/>`).join("") + `<circle cx="230" cy="182" r="12" fill="#fdd835"/>`;
  return `<defs>${linear("bg", c.variant === 0 ? ["#b71c1c", "#e53935", "#b71c1c"] : ["#7f0000", "#b71c1c", "#7f0000"], false)}</defs><rect width="${c.w}" height="${c.h}" fill="url(#bg)"/>
${ribbon(220, "#ffd54f")}${ribbon(250, "#ffb300")}${stars}${accent}`;
}

const MOTIFS: Record<ImageMotif, (c: Canvas) => string> = {
  hall, flags, fields, terraces, mountains, river, sea, lighthouse, city, building, lotus, books, village, people, banner,
};

export function demoImageSvg(image: Pick<DemoImage, "name" | "motif" | "variant" | "width" | "height">): string {
  const canvas: Canvas = { w: image.width, h: image.height, rng: new Rng("image", image.name), variant: image.variant };
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${image.width}" height="${image.height}" viewBox="0 0 ${image.width} ${image.height}">${MOTIFS[image.motif](canvas)}</svg>`;
}
