import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError } from "@stancewatch/cli-kit";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeRedactor } from "../src/send/redact.js";
import { backoffDelay, classifySendError } from "../src/send/retry.js";
import { loadSendSettings } from "../src/send/settings.js";
import { parseSmtpUrl, redactSmtpUrl } from "../src/send/smtp-url.js";

const PASS = "hunter2-Very:Secret@pass";
const URL_WITH_PASS = `smtp://mailer%40example.org:${encodeURIComponent(PASS)}@smtp.example.org:587`;

function caught(fn: () => unknown): Error {
  try {
    fn();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a throw");
}

describe("SMTP_URL", () => {
  it("reads host, port, credentials and asks for TLS before credentials are sent", () => {
    const smtp = parseSmtpUrl(URL_WITH_PASS);
    expect(smtp).toMatchObject({
      host: "smtp.example.org",
      port: 587,
      secure: false,
      requireTLS: true,
      auth: { user: "mailer@example.org", pass: PASS },
    });
    expect(smtp.redacted).toBe("smtp://mailer%40example.org:***@smtp.example.org:587");
    expect(smtp.redacted).not.toContain(encodeURIComponent(PASS));
  });

  it("defaults the port by scheme and uses implicit TLS for smtps", () => {
    expect(parseSmtpUrl("smtp://relay.example.org")).toMatchObject({
      port: 587,
      secure: false,
      requireTLS: false,
      auth: null,
    });
    expect(parseSmtpUrl("smtps://u:p4ss@relay.example.org")).toMatchObject({ port: 465, secure: true });
    expect(parseSmtpUrl("smtp://u:p4ss@relay.example.org:2525?requireTLS=false")).toMatchObject({
      port: 2525,
      requireTLS: false,
    });
  });

  it("names the problem without echoing the value", () => {
    for (const [raw, message] of [
      [undefined, /SMTP_URL is not set/],
      ["not a url with hunter2-Very", /SMTP_URL is not a valid URL/],
      [`http://u:${PASS}@example.org`, /scheme "http:"; use smtp: \(STARTTLS\) or smtps:/],
      [`smtp://u:${encodeURIComponent(PASS)}@example.org?tls=off`, /unknown option "tls"/],
      [`smtp://u:${encodeURIComponent(PASS)}@example.org?requireTLS=maybe`, /requireTLS must be true or false/],
    ] as const) {
      const error = caught(() => parseSmtpUrl(raw));
      expect(error).toBeInstanceOf(ConfigError);
      expect(error.message).toMatch(message);
      expect(error.message).not.toContain("hunter2");
    }
  });

  it("redacts the password of any URL and survives garbage", () => {
    expect(redactSmtpUrl("smtps://a:b3cdef@h.example:465")).toBe("smtps://a:***@h.example:465");
    expect(redactSmtpUrl("::::")).toBe("(unparseable SMTP_URL)");
  });

  it("the redactor blanks a secret as is and percent-encoded", () => {
    const redact = makeRedactor([PASS, undefined, "ab"]);
    expect(redact(`auth ${PASS} and ${encodeURIComponent(PASS)} about`)).toBe("auth *** and *** about");
  });
});

describe("send settings", () => {
  let dir: string;
  const env = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
    SMTP_URL: URL_WITH_PASS,
    SMTP_FROM: "Stancewatch <briefing@stancewatch.example>",
    DIGEST_UNSUBSCRIBE_URL: "https://stancewatch.example/u?r={recipient}",
    ...extra,
  });
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "stancewatch-send-settings-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("takes recipients, sender and unsubscribe target from the config file, JSON or YAML", () => {
    writeFileSync(
      path.join(dir, "stancewatch.config.yaml"),
      [
        "sources: []",
        "digest:",
        "  from: Briefings <news@stancewatch.example>",
        "  recipients:",
        "    - ana@example.org",
        "    - { email: ben@example.net, name: Ben }",
        "    - ANA@example.org",
        "  unsubscribe:",
        "    url: https://stancewatch.example/unsub/{week}?r={recipient}",
        "    mailto: leave@stancewatch.example",
      ].join("\n"),
    );
    const s = loadSendSettings({ env: { SMTP_URL: URL_WITH_PASS }, cwd: dir });
    expect(s.from).toEqual({ email: "news@stancewatch.example", name: "Briefings" });
    expect(s.recipients).toEqual([
      { email: "ana@example.org", name: null },
      { email: "ben@example.net", name: "Ben" },
    ]);
    expect(s.unsubscribeUrl).toBe("https://stancewatch.example/unsub/{week}?r={recipient}");
    expect(s.unsubscribeMailto).toBe("leave@stancewatch.example");
    expect(s.configFile).toBe(path.join(dir, "stancewatch.config.yaml"));
  });

  it("--to replaces the configured recipients; the environment beats the file", () => {
    const file = path.join(dir, "custom.json");
    writeFileSync(file, JSON.stringify({ digest: { from: "x@stancewatch.example", recipients: ["ana@example.org"] } }));
    const s = loadSendSettings({ env: env(), cwd: dir, config: "custom.json", to: ["Cy <cy@example.org>"] });
    expect(s.recipients).toEqual([{ email: "cy@example.org", name: "Cy" }]);
    expect(s.from.email).toBe("briefing@stancewatch.example");
  });

  it("reports each invalid entry with the file, the dotted path and what it got", () => {
    const file = path.join(dir, "stancewatch.config.json");
    writeFileSync(
      file,
      JSON.stringify({
        digest: { recipients: ["ok@example.org", { email: "not-an-address" }, 42], unsubscribe: { mailto: "nope" } },
      }),
    );
    const error = caught(() => loadSendSettings({ env: env(), cwd: dir }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toContain(`invalid config ${file}`);
    expect(error.message).toMatch(
      /digest\.recipients\[1\]\.email: must be an email address.*, got string "not-an-address"/,
    );
    expect(error.message).toMatch(/digest\.recipients\[2\]: matches none of the allowed forms, got number 42/);
    expect(error.message).toMatch(/digest\.unsubscribe\.mailto: must be an email address.*, got string "nope"/);
  });

  it("a recipient string that is not an address is named by its place", () => {
    writeFileSync(
      path.join(dir, "stancewatch.config.json"),
      JSON.stringify({ digest: { recipients: ["Ana <ana@>"] } }),
    );
    const error = caught(() => loadSendSettings({ env: env(), cwd: dir }));
    expect(error.message).toMatch(
      /stancewatch\.config\.json: digest\.recipients\[0\]: expected an email address .* got "Ana <ana@>"/,
    );
  });

  it("insists on recipients, a sender and an https unsubscribe URL", () => {
    expect(caught(() => loadSendSettings({ env: env(), cwd: dir })).message).toMatch(/no recipients: pass --to ADDR/);
    expect(
      caught(() => loadSendSettings({ env: env({ SMTP_FROM: "" }), cwd: dir, to: ["a@example.org"] })).message,
    ).toMatch(/no sender: set SMTP_FROM/);
    expect(
      caught(() => loadSendSettings({ env: env({ DIGEST_UNSUBSCRIBE_URL: "" }), cwd: dir, to: ["a@example.org"] }))
        .message,
    ).toMatch(/no unsubscribe URL/);
    expect(
      caught(() =>
        loadSendSettings({
          env: env({ DIGEST_UNSUBSCRIBE_URL: "http://stancewatch.example/u" }),
          cwd: dir,
          to: ["a@example.org"],
        }),
      ).message,
    ).toMatch(/DIGEST_UNSUBSCRIBE_URL: expected an https URL for one-click unsubscribe \(RFC 8058\)/);
  });

  it("a dry run may go without SMTP_URL; a real send may not", () => {
    const base = { env: env({ SMTP_URL: "" }), cwd: dir, to: ["a@example.org"] };
    expect(loadSendSettings({ ...base, dryRun: true }).smtp).toBeNull();
    expect(caught(() => loadSendSettings(base)).message).toMatch(/SMTP_URL is not set/);
  });

  it("DKIM needs all three variables and a readable RSA key", () => {
    const base = { cwd: dir, to: ["a@example.org"] };
    expect(caught(() => loadSendSettings({ ...base, env: env({ DKIM_DOMAIN: "stancewatch.example" }) })).message).toBe(
      "DKIM signing needs DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY_PATH together; missing DKIM_SELECTOR, DKIM_PRIVATE_KEY_PATH",
    );
    const dkimEnv = { DKIM_DOMAIN: "stancewatch.example", DKIM_SELECTOR: "s1", DKIM_PRIVATE_KEY_PATH: "dkim.pem" };
    expect(caught(() => loadSendSettings({ ...base, env: env(dkimEnv) })).message).toMatch(
      /dkim\.pem: cannot read the key \(ENOENT\)/,
    );

    const ec = generateKeyPairSync("ec", { namedCurve: "P-256" });
    writeFileSync(path.join(dir, "dkim.pem"), ec.privateKey.export({ type: "pkcs8", format: "pem" }));
    expect(caught(() => loadSendSettings({ ...base, env: env(dkimEnv) })).message).toMatch(
      /not a usable RSA private key/,
    );

    const rsa = generateKeyPairSync("rsa", { modulusLength: 2048 });
    writeFileSync(path.join(dir, "dkim.pem"), rsa.privateKey.export({ type: "pkcs8", format: "pem" }));
    const s = loadSendSettings({ ...base, env: env(dkimEnv) });
    expect(s.dkim).toMatchObject({
      domainName: "stancewatch.example",
      keySelector: "s1",
      keyPath: path.join(dir, "dkim.pem"),
    });
  });
});

describe("retry policy", () => {
  it("doubles the delay per attempt up to the cap, with jitter between half and all of it", () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, 2_000, 30_000, () => 1))).toEqual([
      2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
    expect(backoffDelay(3, 2_000, 30_000, () => 0)).toBe(4_000);
  });

  it("tells refused recipients, transient failures, final refusals and fatal errors apart", () => {
    const err = (props: Record<string, unknown>) => Object.assign(new Error("x"), props);
    expect(classifySendError(err({ code: "EENVELOPE", responseCode: 550, command: "RCPT TO" })).kind).toBe("rejected");
    expect(classifySendError(err({ code: "EENVELOPE", responseCode: 451, command: "RCPT TO" })).kind).toBe("transient");
    expect(classifySendError(err({ code: "EMESSAGE", responseCode: 421, command: "DATA" })).kind).toBe("transient");
    expect(classifySendError(err({ code: "ECONNECTION" })).kind).toBe("transient");
    expect(classifySendError(err({ code: "ETIMEDOUT" })).kind).toBe("transient");
    expect(classifySendError(err({ code: "EMESSAGE", responseCode: 554, command: "DATA" })).kind).toBe("permanent");
    expect(classifySendError(err({ code: "EAUTH", responseCode: 535, command: "AUTH PLAIN" })).kind).toBe("fatal");
    expect(classifySendError(err({ code: "ETLS" })).kind).toBe("fatal");
  });
});
