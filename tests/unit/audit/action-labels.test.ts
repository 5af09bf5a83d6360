// Every audit action the code can write has a Vietnamese label: the log shows
// labels, and a code without one would reach readers as "item.sendBack".
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABELS, auditActionLabel } from "@/lib/audit/labels";
import { WORKFLOW_MOVES } from "@/lib/workflow/transitions";

const ROOT = path.resolve(import.meta.dirname, "../../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

const writesAudit = (text: string) => /recordAudit\(|createAudited\(|auditLog\.create/.test(text);

/** The codes an `action:` initializer can evaluate to; null when it cannot be read statically. */
function codesOf(node: ts.Expression, constants: Map<string, string>): string[] | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node)) return codesOf(node.expression, constants);
  if (ts.isConditionalExpression(node)) {
    const [a, b] = [codesOf(node.whenTrue, constants), codesOf(node.whenFalse, constants)];
    return a && b ? [...a, ...b] : null;
  }
  if (ts.isIdentifier(node)) return constants.has(node.text) ? [constants.get(node.text)!] : null;
  // The workflow writes `item.${move}` for each move of its table.
  if (ts.isTemplateExpression(node) && node.head.text === "item." && node.templateSpans.length === 1 && node.templateSpans[0]!.literal.text === "") {
    return WORKFLOW_MOVES.map((move) => `item.${move}`);
  }
  return null;
}

function auditCodesIn(file: string): { codes: string[]; unreadable: string[] } {
  const text = readFileSync(file, "utf8");
  if (!writesAudit(text)) return { codes: [], unreadable: [] };
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const constants = new Map<string, string>();
  const initializers: ts.Expression[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isStringLiteral(node.initializer)) {
      constants.set(node.name.text, node.initializer.text);
    }
    if (ts.isPropertyAssignment(node) && node.name.getText(source) === "action") initializers.push(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(source);
  const codes: string[] = [];
  const unreadable: string[] = [];
  for (const initializer of initializers) {
    const found = codesOf(initializer, constants);
    // `action: true` in a Prisma select, `action: entry.action` when copying a row: not a code.
    if (found) codes.push(...found.filter((code) => /^[a-z][a-z-]*\.[a-zA-Z-]+$/.test(code)));
    else if (!ts.isPropertyAccessExpression(initializer) && initializer.kind !== ts.SyntaxKind.TrueKeyword) {
      unreadable.push(`${path.relative(ROOT, file)}: ${initializer.getText(source)}`);
    }
  }
  return { codes, unreadable };
}

const scanned = ["lib", "app", "components"].flatMap((dir) => sourceFiles(path.join(ROOT, dir))).map(auditCodesIn);
const codes = [...new Set(scanned.flatMap((result) => result.codes))].sort();

describe("audit action labels", () => {
  it("finds the codes the code writes (the scan itself works)", () => {
    expect(codes).toEqual(expect.arrayContaining(["auth.sign-in", "item.submit", "item.sendBack", "people.enable", "people.disable", "mail.failed"]));
    expect(codes.length).toBeGreaterThan(60);
  });

  it("reads every audit action statically", () => {
    expect(scanned.flatMap((result) => result.unreadable)).toEqual([]);
  });

  it("has a Vietnamese label for every action code written anywhere", () => {
    expect(codes.filter((code) => !Object.hasOwn(AUDIT_ACTION_LABELS, code))).toEqual([]);
  });

  it("labels read as Vietnamese, not as codes", () => {
    for (const [code, label] of Object.entries(AUDIT_ACTION_LABELS)) {
      expect(label, code).not.toMatch(/^[a-z-]+\.[a-zA-Z-]+$/);
      expect(label.trim(), code).toBe(label);
      expect(label.length, code).toBeGreaterThan(3);
    }
  });

  it("shows an unknown code as itself", () => {
    expect(auditActionLabel("item.submit")).toBe("Gửi thư ký");
    expect(auditActionLabel("future.thing")).toBe("future.thing");
    expect(auditActionLabel("toString")).toBe("toString");
  });
});
