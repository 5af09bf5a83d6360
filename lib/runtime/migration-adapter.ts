import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

// prisma/prisma#27403: through @prisma/adapter-pg the schema engine cannot read
// the catalog types `name` (OID 19) and `"char"` (OID 18). Reporting them as
// text (OID 25) lets `migrate deploy` and `migrate diff` run offline.
const CATALOG_TYPE_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] } | undefined;

function relabelCatalogTypes<T>(result: T): T {
  for (const field of (result as QueryResultLike)?.fields ?? []) {
    if (CATALOG_TYPE_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
  return result;
}

class CatalogSafeClient extends pg.Client {
  // pg's overloads cannot be restated without `any`; we only wrap both forms.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const callback = typeof args[args.length - 1] === "function" ? args.pop() : undefined;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (super.query as any)(...args);
    if (callback) {
      result.then(
        (value: unknown) => callback(null, relabelCatalogTypes(value)),
        (error: unknown) => callback(error),
      );
      return undefined;
    }
    return result?.then ? result.then(relabelCatalogTypes) : result;
  }
}

type ScriptAdapter = Awaited<ReturnType<PrismaPg["connect"]>>;

// The adapter's executeScript splits a migration on every ";", which breaks
// PL/pgSQL bodies. PostgreSQL's simple query protocol runs a whole script as
// one implicit transaction, so we send it in one piece.
function runScriptsWhole(adapter: ScriptAdapter): ScriptAdapter {
  adapter.executeScript = async (script: string) => {
    try {
      await adapter.underlyingDriver().query(script);
    } catch (error) {
      // onError is private in the typings; it maps pg errors to Prisma's.
      (adapter as unknown as { onError(error: unknown): never }).onError(error);
    }
  };
  return adapter;
}

class MigrationPrismaPg extends PrismaPg {
  constructor(private readonly poolConfig: pg.PoolConfig) {
    super(poolConfig);
  }

  override async connect() {
    return runScriptsWhole(await super.connect());
  }

  // The stock version drops the shadow database while its pool is still
  // connected, which PostgreSQL refuses; close the pool first.
  override async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_shadow_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new MigrationPrismaPg({ ...this.poolConfig, database }).connect();
    const closeShadowPool = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await closeShadowPool();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await main.dispose();
    };
    return shadow;
  }
}

/** A driver adapter the Prisma schema engine (engine: "js") can migrate through. */
export function createMigrationAdapter(connectionString: string): PrismaPg {
  const url = new URL(connectionString);
  // host/port/user/database instead of connectionString: with a connectionString
  // the adapter's shadow database would point back at the real one.
  return new MigrationPrismaPg({
    Client: CatalogSafeClient,
    host: url.hostname,
    port: Number(url.port || 5432),
    user: decodeURIComponent(url.username) || undefined,
    password: decodeURIComponent(url.password) || undefined,
    database: url.pathname.slice(1) || undefined,
    max: 1,
  } as pg.PoolConfig);
}
