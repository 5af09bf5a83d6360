// CONTRACT (implemented by the auth work; this stub keeps the tree compiling):
// the signed-in person of this request, or null. Resolves the session cookie,
// checks its session row (not revoked, not idle, not past its absolute end),
// the account (active) and refreshes last_seen_at at most once a minute.
import type { Position, Role } from "@/lib/generated/prisma/enums";

export type CurrentUser = {
  id: number;
  name: string;
  email: string;
  position: Position;
  roles: Role[];
  isActive: true;
  unit: { id: number; name: string };
  sessionId: string;
  isTotpEnabled: boolean;
  mustChangePassword: boolean;
};

export async function getCurrentUser(): Promise<CurrentUser | null> {
  return null;
}
