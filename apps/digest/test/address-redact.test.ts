import { describe, expect, it } from "vitest";
import { addressKey } from "../src/send/address-key.js";
import { makeRedactor } from "../src/send/redact.js";
import { weekIsOver, weekWindow } from "../src/week.js";

describe("addressKey", () => {
  it("ignores case in the domain always, and in the local part unless told otherwise", () => {
    expect(addressKey("Ana@Example.ORG")).toBe("ana@example.org");
    expect(addressKey("Ana@Example.ORG", "sensitive")).toBe("Ana@example.org");
    expect(addressKey("ana@example.org", "sensitive")).not.toBe(addressKey("Ana@example.org", "sensitive"));
    // One IDN domain, written two ways.
    expect(addressKey("ana@Bücher.example")).toBe(addressKey("ana@xn--bcher-kva.example"));
  });
});

describe("makeRedactor", () => {
  const b64 = (s: string) => Buffer.from(s).toString("base64");
  it("blanks the password as written, percent-encoded and in the base64 forms AUTH PLAIN/LOGIN send", () => {
    const pass = "Tr0ub4dor&3:x";
    const redact = makeRedactor([pass], [{ user: "bot", pass }]);
    const echoed = [
      pass,
      encodeURIComponent(pass),
      b64(pass),
      b64(`\0bot\0${pass}`),
      b64(`bot\0bot\0${pass}`),
      b64(`\0bot\0${pass}`).replace(/=+$/, ""),
    ];
    for (const form of echoed) expect(redact(`535 bad ${form} end`)).toBe("535 bad *** end");
    expect(redact("535 5.7.8 Authentication credentials invalid")).toBe("535 5.7.8 Authentication credentials invalid");
  });
});

describe("weekIsOver", () => {
  it("is false until the week's last instant has passed in its zone", () => {
    const w = weekWindow("2025-W23", "Europe/Kyiv");
    expect(weekIsOver(w, new Date("2025-06-08T20:59:59Z"))).toBe(false);
    expect(weekIsOver(w, new Date("2025-06-08T21:00:00Z"))).toBe(true);
  });
});
