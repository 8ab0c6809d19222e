import { describe, expect, it } from "vitest";
import { ttyProgress } from "../src/index.js";

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, isTTY, columns: 30, write: (t: string) => writes.push(t) };
}

describe("ttyProgress", () => {
  it("draws on a terminal, throttled to one line per 100 ms, cut to the width, and wipes it when done", () => {
    const s = stream(true);
    let t = 0;
    const p = ttyProgress(s, { now: () => t });
    p.update("12/40 fetched, 3 stored, and a tail long enough to be cut");
    t = 50;
    p.update("13/40");
    t = 150;
    p.update("14/40");
    p.done();
    expect(s.writes).toEqual(["\r12/40 fetched, 3 stored, and \x1b[K", "\r14/40\x1b[K", "\r\x1b[K"]);
  });

  it("draws nothing on a pipe or when disabled (--json), so logs hold only the summary", () => {
    const pipe = stream(false);
    const p = ttyProgress(pipe);
    p.update("1/2", true);
    p.done();
    const json = stream(true);
    const q = ttyProgress(json, { enabled: false });
    q.update("1/2", true);
    q.done();
    expect([...pipe.writes, ...json.writes]).toEqual([]);
  });
});
