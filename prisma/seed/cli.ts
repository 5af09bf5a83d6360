// `npm run db:seed`: seeds DATABASE_URL with the demo content unless it is
// already there (migrate first with `npm run db:migrate`).
import { disconnectDb } from "@/lib/db";
import { isDemoSeeded, seedDemo } from "./index";

async function main(): Promise<void> {
  if (await isDemoSeeded()) {
    console.log("Demo content is already in this database; nothing to do.");
    return;
  }
  await seedDemo();
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb());
