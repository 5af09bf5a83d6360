import "server-only";
import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";
import { env } from "@/lib/env";

// RFC 6238 codes: 6 digits, 30 seconds, SHA-1 (what every authenticator app
// reads). One step of clock drift is accepted either way.
function totpFor(secret: string, label = "") {
  return new TOTP({
    issuer: env().siteName.slice(0, 60),
    label,
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });
}

export const generateTotpSecret = (): string => new Secret({ size: 20 }).base32;

export const TOTP_PERIOD_SECONDS = 30;

export const isTotpCodeFormat = (code: string): boolean => /^\d{6}$/.test(code.replace(/\s+/g, ""));

/**
 * The 30-second step the code belongs to, or null when it is wrong. The step
 * is what makes a code single-use: the caller accepts it only if it is later
 * than the last step accepted for that person.
 */
export function totpStep(secret: string, code: string, now: Date = new Date()): number | null {
  const digits = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(digits)) return null;
  const delta = totpFor(secret).validate({ token: digits, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS) + delta;
}

export const verifyTotp = (secret: string, code: string, now: Date = new Date()): boolean => totpStep(secret, code, now) !== null;

/** The current code (tests, and nothing else). */
export const currentTotp = (secret: string, now: Date = new Date()) => totpFor(secret).generate({ timestamp: now.getTime() });

/** otpauth:// URI and its QR code as an SVG data URL (allowed by the CSP's img-src data:). */
export async function totpEnrolment(secret: string, email: string): Promise<{ uri: string; qrDataUrl: string }> {
  const uri = totpFor(secret, email).toString();
  const svg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { uri, qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}
