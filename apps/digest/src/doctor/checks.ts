/**
 * The checks behind `digest doctor`: the config's digest section, the time zone, the store, and
 * everything `digest send` needs (SMTP reachable and accepting our login, a sender, recipients, the
 * unsubscribe link, a readable DKIM key). Each returns findings, so one run lists every problem.
 */
import { existsSync, readFileSync } from "node:fs";
import { type Finding, fail, ok, warn } from "@stancewatch/cli-kit";
import { isPostgresUrl, openAnyStore, storeDisplay } from "@stancewatch/store";
import { parse as parseYaml } from "yaml";
import { DigestShiftConfig, readDigestOptions } from "../config/options.js";
import {
  checkUnsubscribeUrl,
  DigestSendConfig,
  findConfigFile,
  loadDkim,
  parseAddress,
  readDigestConfig,
} from "../send/settings.js";
import { parseSmtpUrl } from "../send/smtp-url.js";
import { verifyFailure, verifySmtp } from "../send/verify.js";

/** Top-level keys some Stancewatch command reads (as in `ingest doctor`, whose schema owns most). */
export const KNOWN_TOP_LEVEL_KEYS: readonly string[] = [
  "$schema",
  "db",
  "fetch",
  "schedule",
  "sources",
  "workers",
  "workerTimeoutMs",
  "taxonomy",
  "digest",
];
/** Keys of the `digest` section: sending's and the shift engine's and review's, from their schemas. */
export const KNOWN_DIGEST_KEYS: readonly string[] = [
  ...Object.keys(DigestSendConfig.shape),
  ...Object.keys(DigestShiftConfig.shape),
];

const nonEmpty = (v: string | undefined) => (v !== undefined && v.trim() !== "" ? v.trim() : undefined);

export function checkDigestConfig(
  explicit: string | undefined,
  cwd: string,
): { findings: Finding[]; digest: DigestSendConfig; file: string | null } {
  const file = findConfigFile(explicit, cwd);
  if (!file) {
    return {
      findings: [
        warn(
          "config",
          `no stancewatch.config.json|yaml in ${cwd}: everything must come from the environment and options`,
          "run `ingest init --contact URL`, then add a digest section",
        ),
      ],
      digest: {},
      file: null,
    };
  }
  let digest: DigestSendConfig;
  try {
    digest = readDigestConfig(file);
  } catch (error) {
    return { findings: [fail("config", (error as Error).message, "correct the keys named above")], digest: {}, file };
  }
  try {
    // The taxonomy and the shift and review settings, checked as digest build reads them.
    readDigestOptions(file);
  } catch (error) {
    return { findings: [fail("config", (error as Error).message, "correct the keys named above")], digest, file };
  }
  const findings: Finding[] = [ok("config", `${file}: the digest section is valid`)];
  const text = readFileSync(file, "utf8");
  const raw = (file.endsWith(".json") ? JSON.parse(text) : parseYaml(text)) as Record<string, unknown> | null;
  const unknown = Object.keys(raw ?? {}).filter((k) => !KNOWN_TOP_LEVEL_KEYS.includes(k));
  const unknownDigest = Object.keys(digest).filter((k) => !KNOWN_DIGEST_KEYS.includes(k));
  if (unknown.length || unknownDigest.length) {
    const keys = [...unknown, ...unknownDigest.map((k) => `digest.${k}`)];
    findings.push(
      fail(
        "config keys",
        `unknown key(s) ${keys.map((k) => JSON.stringify(k)).join(", ")} in ${file}`,
        `remove or rename them; the digest section knows ${KNOWN_DIGEST_KEYS.join(", ")}`,
      ),
    );
  }
  const schedule = raw?.schedule as { timezone?: unknown } | undefined;
  if (typeof schedule?.timezone === "string") {
    findings.push(timeZoneFinding("schedule.timezone", schedule.timezone));
  }
  return { findings, digest, file };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function timeZoneFinding(where: string, zone: string): Finding {
  return isTimeZone(zone)
    ? ok(where, zone)
    : fail(where, `${JSON.stringify(zone)} is not an IANA time zone`, 'use a name like "UTC" or "Europe/Kyiv"');
}

export async function checkStore(dbPath: string): Promise<Finding[]> {
  const shown = storeDisplay(dbPath);
  if (!isPostgresUrl(dbPath) && !existsSync(dbPath)) {
    return [
      fail("store", `${dbPath} does not exist`, "run `ingest run` first, or point --db / STANCEWATCH_DB at the store"),
    ];
  }
  try {
    const store = await openAnyStore(dbPath, { readonly: true });
    const counts = await store.counts();
    await store.close();
    return [ok("store", `${shown} opens and is migrated (${counts.positions} positions)`)];
  } catch (error) {
    return [fail("store", (error as Error).message, "run `ingest run` once (it creates and migrates the store)")];
  }
}

/** Everything `digest send` needs, each part checked on its own; SMTP is contacted (login, no message). */
export async function checkSending(
  env: NodeJS.ProcessEnv,
  cwd: string,
  digest: DigestSendConfig,
  file: string | null,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const where = (key: string) => (file ? `${file}: digest.${key}` : `digest.${key}`);
  try {
    const smtp = parseSmtpUrl(env.SMTP_URL);
    try {
      await verifySmtp(smtp);
      findings.push(ok("SMTP", `${smtp.redacted}: connected${smtp.auth ? " and logged in" : ""}`));
    } catch (error) {
      findings.push(
        fail(
          "SMTP",
          `${smtp.redacted}: ${verifyFailure(error)}`,
          /EAUTH/.test(verifyFailure(error))
            ? "check the user name and password in SMTP_URL (percent-encode special characters)"
            : "check the host and port in SMTP_URL and that this machine may reach it (submission is usually 587 with STARTTLS, or smtps:// on 465)",
        ),
      );
    }
  } catch (error) {
    findings.push(
      fail(
        "SMTP_URL",
        (error as Error).message,
        "export SMTP_URL=smtp://user:password@host:587 where digest send runs",
      ),
    );
  }
  const fromRaw = nonEmpty(env.SMTP_FROM) ?? digest.from;
  if (fromRaw === undefined) {
    findings.push(fail("sender", "no sender", 'set SMTP_FROM="Stancewatch <briefing@your.domain>" or digest.from'));
  } else {
    try {
      const from = parseAddress(fromRaw, nonEmpty(env.SMTP_FROM) ? "SMTP_FROM" : where("from"));
      findings.push(ok("sender", from.email));
    } catch (error) {
      findings.push(fail("sender", (error as Error).message, 'give an address like "Name <name@your.domain>"'));
    }
  }
  const recipients = digest.recipients ?? [];
  findings.push(
    recipients.length
      ? ok("recipients", `${recipients.length} in the config`)
      : warn("recipients", "none in the config", "list digest.recipients, or pass --to to digest send"),
  );
  const unsub = nonEmpty(env.DIGEST_UNSUBSCRIBE_URL) ?? digest.unsubscribe?.url;
  if (unsub === undefined) {
    findings.push(
      fail(
        "unsubscribe",
        "no unsubscribe URL",
        "set digest.unsubscribe.url (https; {recipient} and {week} are filled in) or DIGEST_UNSUBSCRIBE_URL",
      ),
    );
  } else {
    try {
      checkUnsubscribeUrl(
        unsub,
        nonEmpty(env.DIGEST_UNSUBSCRIBE_URL) ? "DIGEST_UNSUBSCRIBE_URL" : where("unsubscribe.url"),
      );
      findings.push(ok("unsubscribe", unsub));
    } catch (error) {
      findings.push(fail("unsubscribe", (error as Error).message, "use an https URL you serve"));
    }
  }
  try {
    const dkim = loadDkim(env, cwd);
    findings.push(
      dkim
        ? ok("DKIM", `key ${dkim.keyPath} readable, signing as ${dkim.keySelector}._domainkey.${dkim.domainName}`)
        : warn(
            "DKIM",
            "not configured: messages go out unsigned",
            "set DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY_PATH (an RSA key in PEM)",
          ),
    );
  } catch (error) {
    findings.push(
      fail(
        "DKIM",
        (error as Error).message,
        "check the DKIM_* variables and that the key file is readable by this user",
      ),
    );
  }
  return findings;
}
