// `npm run db:migrate`: apply pending migrations to DATABASE_URL (or to the
// embedded database when it is unset), then exit.
import { openDatabase } from "./database";

openDatabase()
  .then((database) => database.stop())
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
