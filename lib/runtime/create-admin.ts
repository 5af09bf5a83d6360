// `npm run create-admin`: the first administrator of a production database
// (production has no default account). Interactive when run in a terminal;
// for scripts, everything can be given as flags, the password through the
// ADMIN_PASSWORD environment variable (never as a flag: it would show in the
// process list):
//
//   ADMIN_PASSWORD=… npm run create-admin -- --email a@b.vn --name "Nguyễn Văn A" --unit "Văn phòng Đảng ủy"
//
// The unit is found by name, or created at the top of the tree. Weak
// passwords are refused (lib/auth/password-policy.ts).
import readline from "node:readline";
import { parseArgs } from "node:util";
import { passwordProblems } from "@/lib/auth/password-policy";
import { disconnectDb } from "@/lib/db";
import { createFirstAdministrator, isEmailTaken } from "@/lib/server/users/create-first-administrator";
import { openDatabase } from "./database";

const { values: flags } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, unit: { type: "string" }, help: { type: "boolean" } },
});

function ask(question: string, { hidden = false } = {}): Promise<string> {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  if (hidden) {
    // Echo nothing while the password is typed.
    (rl as unknown as { _writeToOutput: (text: string) => void })._writeToOutput = (text) => {
      if (text.includes(question)) process.stdout.write(text);
    };
  }
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      rl.close();
      if (hidden) process.stdout.write("\n");
      resolve(answer.trim());
    }),
  );
}

async function value(flag: string | undefined, question: string, isInteractive: boolean): Promise<string> {
  if (flag) return flag.trim();
  if (!isInteractive) throw new Error(`Missing ${question.replace(/:.*$/, "")}: pass it as a flag (see --help).`);
  return ask(question);
}

async function readPassword(email: string, isInteractive: boolean): Promise<string> {
  const given = process.env.ADMIN_PASSWORD;
  if (given !== undefined || !isInteractive) {
    if (!given) throw new Error("Set ADMIN_PASSWORD to the new administrator's password (the terminal prompt needs a TTY).");
    const problems = passwordProblems(given, { email });
    if (problems.length) throw new Error(`ADMIN_PASSWORD is too weak: ${problems.join(" ")}`);
    return given;
  }
  for (;;) {
    const password = await ask("Mật khẩu (ít nhất 12 ký tự; một câu dài dễ nhớ là tốt nhất): ", { hidden: true });
    const problems = passwordProblems(password, { email });
    if (problems.length) {
      console.log(problems.join(" "));
      continue;
    }
    if ((await ask("Nhập lại mật khẩu: ", { hidden: true })) === password) return password;
    console.log("Mật khẩu nhập lại không khớp.");
  }
}

async function main(): Promise<void> {
  if (flags.help) {
    console.log('Usage: [ADMIN_PASSWORD=…] npm run create-admin -- [--email E] [--name "Họ tên"] [--unit "Tên đơn vị"]');
    return;
  }
  const isInteractive = Boolean(process.stdin.isTTY);
  await openDatabase();
  const email = (await value(flags.email, "Thư điện tử: ", isInteractive)).toLowerCase();
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`"${email}" is not an e-mail address.`);
  if (await isEmailTaken(email)) {
    throw new Error(`An account with ${email} already exists: ask an administrator to give it the role, or reset its password.`);
  }
  const name = await value(flags.name, "Họ và tên: ", isInteractive);
  if (name.length < 2) throw new Error("The name is too short.");
  const unitName = await value(flags.unit, "Đơn vị (tên; tạo mới nếu chưa có): ", isInteractive);
  if (unitName.length < 2) throw new Error("The unit name is too short.");
  const password = await readPassword(email, isInteractive);

  const user = await createFirstAdministrator({ email, name, unitName, password });
  console.log(`Administrator ${email} created (id ${user.id}). Sign in at /dang-nhap.`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => disconnectDb().then(() => process.exit()));
