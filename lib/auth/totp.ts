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

export function verifyTotp(secret: string, code: string, now: Date = new Date()): boolean {
  const digits = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(digits)) return false;
  return totpFor(secret).validate({ token: digits, timestamp: now.getTime(), window: 1 }) !== null;
}

/** The current code (tests, and nothing else). */
export const currentTotp = (secret: string, now: Date = new Date()) => totpFor(secret).generate({ timestamp: now.getTime() });

/** otpauth:// URI and its QR code as an SVG data URL (allowed by the CSP's img-src data:). */
export async function totpEnrolment(secret: string, email: string): Promise<{ uri: string; qrDataUrl: string }> {
  const uri = totpFor(secret, email).toString();
  const svg = await QRCode.toString(uri, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
  return { uri, qrDataUrl: `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}` };
}
