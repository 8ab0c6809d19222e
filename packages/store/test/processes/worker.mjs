// A separate process using the built store (dist/): `hold-lock FILE NAME OWNER` takes a lock and
// waits; `save FILE COUNT` saves COUNT generated articles (two positions and one event each),
// printing "saved i" after each commit, so a test can kill it mid-run.
import { openStore } from "../../dist/index.js";
import { generated } from "./generated.mjs";

const [command, file, ...args] = process.argv.slice(2);
const store = openStore({ path: file });

if (command === "hold-lock") {
  const [name, owner] = args;
  const ok = await store.acquireLock(name, owner, 600_000, new Date());
  process.stdout.write(ok ? "held\n" : "refused\n");
  process.stdin.on("data", async () => {
    await store.releaseLock(name, owner);
    await store.close();
    process.exit(0);
  });
} else if (command === "save") {
  const count = Number(args[0]);
  for (let i = 0; i < count; i++) {
    const { status } = await store.saveArticle(generated(i));
    process.stdout.write(`saved ${i} ${status}\n`);
  }
  await store.close();
} else {
  process.stderr.write(`unknown command ${command}\n`);
  process.exitCode = 2;
}
