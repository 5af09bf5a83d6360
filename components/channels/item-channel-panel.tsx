import { ActionButton } from "@/components/admin/action-button";
import { ChannelPostForm } from "@/components/channels/channel-post-form";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { CHANNEL_LABELS, CHANNELS } from "@/lib/channels/labels";
import { listItemChannelPosts } from "@/lib/server/channels/list-item-channel-posts";
import { removeChannelPostAction } from "@/lib/actions/channel-posts";
import type { ItemStatus } from "@/lib/generated/prisma/enums";
import { vietnamToday } from "@/lib/validations/channel-post";

const shortDate = (isoDate: string) => isoDate.split("-").reverse().join("/");

/**
 * In the item's side panel, once it is published: where else it went out
 * (fanpage posts, radio broadcasts) and the two forms to record another.
 */
export async function ItemChannelPanel({ itemId, status, actor }: { itemId: number; status: ItemStatus; actor: CurrentUser }) {
  if (status !== "PUBLISHED" || !can(actor, "channels.record")) return null;
  const { posts, recentOutlets } = await listItemChannelPosts(itemId, actor);
  const headingId = `bang-${itemId}-kenh`;
  return (
    <section aria-labelledby={headingId} className="border-t border-stone-200 pt-4" data-channel-panel="">
      <h2 id={headingId} className="mb-2 text-base font-bold text-stone-900">
        Fanpage và phát thanh
      </h2>
      {posts.length === 0 ? (
        <p className="text-sm text-stone-600">Chưa ghi nhận lần đăng fanpage hay phát thanh nào.</p>
      ) : (
        <ul className="space-y-2 text-sm" aria-label="Các lần đăng fanpage, phát thanh">
          {posts.map((post) => (
            <li key={post.id} className="flex flex-wrap items-start justify-between gap-2 rounded border border-stone-200 px-3 py-2">
              <span>
                <span className="font-semibold text-stone-900">{CHANNEL_LABELS[post.channel]}</span> · {post.outlet} ·{" "}
                <time dateTime={post.postedOn}>{shortDate(post.postedOn)}</time>
                {post.url && (
                  <>
                    {" · "}
                    <a href={post.url} target="_blank" rel="noopener noreferrer nofollow" className="text-brand underline underline-offset-2">
                      Xem bài đăng<span className="sr-only"> (mở cửa sổ mới)</span>
                    </a>
                  </>
                )}
                <span className="block text-xs text-stone-600">Ghi nhận: {post.recordedByName}</span>
              </span>
              {post.canRemove && (
                <ActionButton action={removeChannelPostAction} fields={{ postId: post.id }} variant="ghost" label={`Xoá lần ghi nhận ${CHANNEL_LABELS[post.channel].toLowerCase()} ${post.outlet}`}>
                  Xoá
                </ActionButton>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="mt-3 space-y-3">
        {CHANNELS.map((channel) => (
          <ChannelPostForm key={channel} itemId={itemId} channel={channel} outlets={recentOutlets[channel]} today={vietnamToday()} />
        ))}
      </div>
    </section>
  );
}
