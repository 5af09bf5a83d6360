import { RoleBlocks } from "@/components/dashboard/role-blocks";
import { OwnRoyaltiesBlock } from "@/components/royalties/own-royalties-block";
import { requireCapability } from "@/lib/server/auth/require-user";
import { rolesText } from "@/lib/users/labels";
import { POSITION_LABELS } from "@/lib/users/labels";
import { getHomeOverview } from "@/lib/server/users/get-home-overview";

export default async function BackOfficeHome() {
  const user = await requireCapability("backoffice.enter");
  const overview = await getHomeOverview(user);
  return (
    <div className="space-y-4">
      <header className="rounded border border-stone-200 bg-white p-4 sm:p-5">
        <h1 className="text-2xl font-bold text-stone-900">Xin chào, {user.name}</h1>
        <p className="mt-1 text-stone-700">
          {POSITION_LABELS[user.position]} · {user.unit.name}
        </p>
        <p className="mt-1 text-sm text-stone-600">Vai trò: {rolesText(user.roles)}</p>
      </header>
      <RoleBlocks roles={user.roles} overview={overview} />
      <OwnRoyaltiesBlock user={user} />
    </div>
  );
}
