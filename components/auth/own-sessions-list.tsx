import { formatShortDate } from "@/lib/content/dates";
import { describeUserAgent, type OwnSession } from "@/lib/server/auth/own-sessions";
import { RevokeSessionButton } from "./revoke-session-button";

const time = (date: Date) =>
  `${date.toLocaleTimeString("vi-VN", { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Ho_Chi_Minh" })} ${formatShortDate(date)}`;

export function OwnSessionsList({ sessions }: { sessions: OwnSession[] }) {
  if (sessions.length === 0) return <p className="text-stone-600">Không có phiên đăng nhập nào đang hoạt động.</p>;
  return (
    <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
      {sessions.map((session) => {
        const device = describeUserAgent(session.userAgent);
        return (
          <li key={session.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
            <div className="text-sm">
              <p className="font-semibold text-stone-900">
                {device}
                {session.isCurrent ? <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-xs text-green-800">Phiên hiện tại</span> : null}
              </p>
              <p className="text-stone-600">
                Đăng nhập lúc {time(session.createdAt)} · hoạt động gần nhất {time(session.lastSeenAt)}
                {session.ip ? ` · địa chỉ IP ${session.ip}` : ""}
              </p>
            </div>
            {session.isCurrent ? null : <RevokeSessionButton sessionId={session.id} label={`Đăng xuất phiên ${device}`} />}
          </li>
        );
      })}
    </ul>
  );
}
