import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { StancewatchError } from "@stancewatch/cli-kit";
import { afterAll, describe, expect, it } from "vitest";
import { expandInputs, MAX_INPUT_BYTES, readLocalDocument } from "../src/input/files.js";

const dir = mkdtempSync(join(tmpdir(), "sw-input-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string) => {
  const path = join(dir, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, content);
  return path;
};

async function rejection(p: Promise<unknown>): Promise<StancewatchError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof StancewatchError) return error;
    throw error;
  }
  throw new Error("expected a StancewatchError");
}

describe("expandInputs", () => {
  it("expands directories recursively into sorted .html/.htm/.txt files, skipping sidecars and other files", async () => {
    write("tree/b.html", "<p>b</p>");
    write("tree/a.txt", "a");
    write("tree/a.meta.json", "{}");
    write("tree/notes.md", "no");
    write("tree/deeper/c.htm", "<p>c</p>");
    const { files, errors } = await expandInputs([join(dir, "tree")]);
    expect(errors).toEqual([]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(["tree/a.txt", "tree/b.html", "tree/deeper/c.htm"]);
  });

  it("reports a missing path as an error entry and keeps the others", async () => {
    const file = write("one.html", "<p>one</p>");
    const { files, errors } = await expandInputs([join(dir, "nope"), file]);
    expect(files).toEqual([file]);
    expect(errors).toEqual([{ path: join(dir, "nope"), message: "no such file or directory" }]);
  });
});

describe("readLocalDocument", () => {
  it("reads the bytes and applies the sidecar NAME.meta.json", async () => {
    const file = write("story.txt", "Talks resume\n\nThe delegations met again.");
    write(
      "story.meta.json",
      JSON.stringify({
        url: "https://wire.example/story",
        title: "Talks resume",
        publishedAt: "2025-06-03T08:00:00Z",
        siteName: "Wire",
      }),
    );
    const doc = await readLocalDocument(file);
    expect(new TextDecoder().decode(doc.body)).toContain("The delegations met again.");
    expect(doc.kind).toBe("text");
    expect(doc.url).toBe("https://wire.example/story");
    expect(doc.httpStatus).toBeNull();
    expect(doc.hints).toMatchObject({
      title: "Talks resume",
      publishedAt: "2025-06-03T08:00:00Z",
      siteName: "Wire",
      publishedAtSource: "sidecar",
    });
  });

  it("lets --url and --published override the sidecar", async () => {
    const file = write("flagged.html", "<p>x</p>");
    write(
      "flagged.meta.json",
      JSON.stringify({ url: "https://wire.example/old", publishedAt: "2025-01-01T00:00:00Z" }),
    );
    const doc = await readLocalDocument(file, { url: "https://wire.example/new", published: "2025-06-04" });
    expect(doc.url).toBe("https://wire.example/new");
    expect(doc.hints).toMatchObject({ publishedAt: "2025-06-04", publishedAtSource: "flag" });
  });

  it("uses a file: URL when nothing gives one", async () => {
    const doc = await readLocalDocument(write("plain.html", "<p>x</p>"));
    expect(doc.url).toMatch(/^file:\/\/.*plain\.html$/);
  });

  it("names the sidecar file and the field when the sidecar is invalid", async () => {
    const file = write("bad.html", "<p>x</p>");
    write("bad.meta.json", JSON.stringify({ url: "javascript:alert(1)", publishedAt: "someday" }));
    const e = await rejection(readLocalDocument(file));
    expect(e.code).toBe("input_invalid");
    expect(e.message).toContain("bad.meta.json");
    expect(e.message).toMatch(/url/);
    expect(e.message).toMatch(/publishedAt/);
  });

  it("names the sidecar when it is not JSON", async () => {
    const file = write("broken.html", "<p>x</p>");
    write("broken.meta.json", "{ url: ");
    expect((await rejection(readLocalDocument(file))).message).toMatch(/broken\.meta\.json: sidecar is not valid JSON/);
  });

  it("refuses a file over the size cap before reading it", async () => {
    const file = write("huge.html", "");
    truncateSync(file, MAX_INPUT_BYTES + 1);
    const e = await rejection(readLocalDocument(file));
    expect(e.code).toBe("too_large");
    expect(e.message).toContain("huge.html");
  });
});
