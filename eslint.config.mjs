import path from "node:path";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The house's layers, enforced here so that a slip fails `npm run lint`
// (README, "Architecture"; tests/unit/tooling/house-rules.test.ts proves each rule fires):
//   lib/server/**, lib/db.ts, lib/env.ts   server only: each starts with import "server-only"
//   lib/actions/**                         'use server' entry points (or server-only helpers)
//   lib/runtime/**                         the launcher, the Next host, migrations, create-admin
//   lib/** otherwise ("shared")            pure rules, labels, types, zod schemas: browser-safe
//   components/ui/**                       primitives, no domain code
const ROOT = import.meta.dirname;
const at = (relative) => path.join(ROOT, relative);

const SHARED_LIB = ["lib/!(server|actions|runtime|generated)/**", "lib/!(db|env|env-schema).ts", "lib/actions/action-result.ts"];
// lib/env-schema.ts is the pure settings parser for the one process that
// runs Next in plain Node (lib/runtime/next-server.ts); on the server side
// of the border, but without the marker, which would throw there.
const SERVER_FILES = ["lib/server", "lib/db.ts", "lib/env.ts", "lib/env-schema.ts", "lib/actions"];
const PRISMA_CLIENT = ["lib/db.ts", "lib/generated/prisma/client.ts", "lib/generated/prisma/models.ts", "lib/generated/prisma/models", "lib/generated/prisma/internal", "node_modules/@prisma"];
// What the Next-hosting process loads outside Next's bundles, in plain Node:
// no server-only module may be among it (see lib/runtime/next-server.ts).
const NEXT_HOST = [
  "lib/runtime/next-server.ts",
  "lib/runtime/page-cache/**",
  "lib/runtime/shared-cache/**",
  "lib/runtime/database-watch.ts",
  "lib/runtime/database-probe.ts",
  "lib/runtime/service-unavailable.ts",
  "lib/runtime/static-assets.ts",
  "lib/runtime/accept-encoding.ts",
];

const layerZones = [
  {
    target: "lib/**",
    from: ["app", "components"],
    message: "lib never imports app or components: move what both need into lib.",
  },
  {
    target: ["lib/!(runtime)/**", "lib/*.ts", "app/**", "components/**", "proxy.ts"],
    from: ["lib/runtime"],
    message: "Only the launcher's own files import lib/runtime; it calls the domain, never the reverse.",
  },
  {
    target: SHARED_LIB,
    from: SERVER_FILES.concat("lib/runtime"),
    message: "Shared code (safe for the browser) imports no server module: move the code into lib/server/<domain>.",
  },
  {
    target: ["app/**", "components/**", "proxy.ts", ...SHARED_LIB],
    from: PRISMA_CLIENT,
    message:
      "Only lib/db.ts and the loaders and use cases in lib/server import Prisma; call one of them (enums: @/lib/generated/prisma/enums).",
  },
  {
    target: "components/ui/**",
    from: ["lib/**", "components/!(ui)/**", "app/**"],
    // Form plumbing, not domain: the day-text format of the date field and
    // the shape every server action returns.
    except: ["lib/dates/**", "lib/actions/action-result.*"],
    message: "components/ui holds primitives: no domain code. Pass what they show as props.",
  },
  {
    target: NEXT_HOST,
    from: SERVER_FILES.filter((file) => file !== "lib/env-schema.ts").concat("node_modules/server-only"),
    message:
      'The Next-hosting process runs in plain Node, where import "server-only" throws: read settings through @/lib/env-schema.',
  },
].map((zone) => ({
  ...zone,
  target: [].concat(zone.target).map(at),
  from: [].concat(zone.from).map(at),
  ...(zone.except ? { except: zone.except.map(at) } : {}),
}));

// Client components are bundled for the browser: they may call server
// actions (lib/actions) and take types from anywhere, but import no value
// from a server module.
const SERVER_SPECIFIERS = [
  /^server-only$/,
  /^node:/,
  /^next\/(headers|cache)$/,
  /^@\/lib\/(server|runtime|actions\/authorized-action)(\/|$)/,
  /^@\/lib\/(db|env|env-schema)$/,
  /^@\/lib\/generated\/prisma\/(client|models|internal)(\/|$)/,
  /^@prisma\//,
];

const directives = (program) => {
  const found = [];
  for (const statement of program.body) {
    if (statement.type !== "ExpressionStatement" || typeof statement.directive !== "string") break;
    found.push(statement.directive);
  }
  return found;
};

/** `./x` and `../x` as the `@/…` path they name, so both spellings meet the same rule. */
function aliasOf(specifier, filename) {
  if (!specifier.startsWith(".")) return specifier;
  const relative = path.relative(ROOT, path.resolve(path.dirname(filename), specifier)).split(path.sep).join("/");
  return relative.startsWith("..") ? specifier : `@/${relative.replace(/\.(tsx?|m?js)$/, "").replace(/\/index$/, "")}`;
}

const isTypeOnly = (node) =>
  node.importKind === "type" ||
  node.exportKind === "type" ||
  (node.type === "ImportDeclaration" && node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type"));

const clientBoundary = {
  meta: {
    type: "problem",
    docs: { description: "A 'use client' module imports no value from a server module." },
    schema: [],
    messages: {
      server:
        "'{{source}}' is server code and this is a client component ('use client'): pass the data as props, call a server action, or import only its types (import type).",
    },
  },
  create(context) {
    if (!directives(context.sourceCode.ast).includes("use client")) return {};
    const check = (node, source) => {
      if (!source || typeof source.value !== "string" || isTypeOnly(node)) return;
      const specifier = aliasOf(source.value, context.filename);
      if (SERVER_SPECIFIERS.some((pattern) => pattern.test(specifier))) {
        context.report({ node: source, messageId: "server", data: { source: source.value } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === "Literal" ? node.source : null),
    };
  },
};

const isServerOnlyImport = (statement) =>
  statement?.type === "ImportDeclaration" && statement.source.value === "server-only" && statement.specifiers.length === 0;

const serverFirst = {
  meta: {
    type: "problem",
    fixable: "code",
    docs: { description: 'A server module starts with import "server-only" (or, with useServer, the "use server" directive).' },
    schema: [{ type: "object", properties: { useServer: { type: "boolean" } }, additionalProperties: false }],
    messages: {
      missing: 'A server module starts with import "server-only"{{orUseServer}}: it keeps this module, and whatever imports it, out of the browser.',
    },
  },
  create(context) {
    const useServer = context.options[0]?.useServer === true;
    return {
      Program(program) {
        if (useServer && directives(program)[0] === "use server") return;
        const first = program.body[0];
        if (isServerOnlyImport(first)) return;
        const misplaced = program.body.find(isServerOnlyImport);
        context.report({
          node: first ?? program,
          messageId: "missing",
          data: { orUseServer: useServer ? ' or the "use server" directive' : "" },
          fix: misplaced || !first ? null : (fixer) => fixer.insertTextBefore(first, 'import "server-only";\n'),
        });
      },
    };
  },
};

const house = { meta: { name: "house" }, rules: { "client-boundary": clientBoundary, "server-first": serverFirst } };

// Shared code may not reach for what only a server has.
const sharedImports = {
  paths: [
    { name: "server-only", message: "Shared code is safe for the browser: a server-only module belongs in lib/server/<domain>." },
    { name: "next/headers", message: "Request data is read on the server: move this into lib/server/<domain>." },
    { name: "next/cache", message: "Cache expiry happens on the server: move this into lib/server/<domain>." },
  ],
  patterns: [{ group: ["node:*"], message: "Node's modules are server-side: move this into lib/server/<domain>." }],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: ["node_modules/**", ".next*/**", "data/**", "lib/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      // Images are pre-sized renditions served from /api/media; next/image's optimiser is off.
      "@next/next/no-img-element": "off",
    },
  },
  {
    plugins: { house },
    rules: {
      "import/no-restricted-paths": ["error", { basePath: ROOT, zones: layerZones }],
      "house/client-boundary": "error",
    },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/server/**", "lib/actions/**", "lib/runtime/**", "lib/db.ts", "lib/env.ts", "lib/env-schema.ts"],
    rules: { "no-restricted-imports": ["error", sharedImports] },
  },
  { files: ["lib/actions/action-result.ts"], rules: { "no-restricted-imports": ["error", sharedImports] } },
  { files: ["lib/server/**/*.{ts,tsx}", "lib/db.ts", "lib/env.ts"], rules: { "house/server-first": "error" } },
  // Entry points say "use server"; helpers of the actions (authorized-action.ts)
  // are server-only; action-result.ts is the shared shape forms read.
  {
    files: ["lib/actions/**/*.{ts,tsx}"],
    ignores: ["lib/actions/action-result.ts"],
    rules: { "house/server-first": ["error", { useServer: true }] },
  },
];
export default config;
