import fs from "node:fs";

// The browser the end-to-end tests drive: Debian's Chromium, or the one
// CHROMIUM_PATH names. Playwright's own download is never used (no internet).
export const DEFAULT_CHROMIUM_PATH = "/usr/bin/chromium";

/** How every test and measuring tool starts Debian's Chromium here: no sandbox, GPU or network chatter. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function chromiumPath(environment: Readonly<Record<string, string | undefined>> = process.env): string {
  return environment.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Why the browser cannot run, with what to install; undefined when it can. */
export function missingChromiumMessage(environment: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const file = chromiumPath(environment);
  if (isExecutable(file)) return undefined;
  const named = environment.CHROMIUM_PATH ? `CHROMIUM_PATH=${file}` : `${file} (the default; set CHROMIUM_PATH for another)`;
  return (
    `No Chromium to run the end-to-end tests: ${named} is not an executable file. ` +
    `Install it with \`sudo apt-get install chromium\` (Debian/Ubuntu), or point CHROMIUM_PATH at a Chromium or Chrome binary`
  );
}
