/**
 * The checks behind `digest doctor`: the config's digest section, the time zone, the store, and
 * everything `digest send` needs (SMTP reachable and accepting our login, a sender, recipients, the
 * unsubscribe link, a readable DKIM key). Each returns findings, so one run lists every problem.
 */
import { existsSync } from "node:fs";
import {
  type DigestConfig,
  diagnoseConfig,
  type Finding,
  fail,
  findConfig,
  isTimeZone,
  ok,
  readConfigText,
  resolveTaxonomy,
  warn,
} from "@stancewatch/cli-kit";
import { isPostgresUrl, openAnyStore, storeDisplay } from "@stancewatch/store";
import { checkUnsubscribeUrl, loadDkim, parseAddress } from "../send/settings.js";
import { parseSmtpUrl } from "../send/smtp-url.js";
import { verifyFailure, verifySmtp } from "../send/verify.js";

const nonEmpty = (v: string | undefined) => (v !== undefined && v.trim() !== "" ? v.trim() : undefined);

/**
 * The config as every digest command reads it (`@stancewatch/cli-kit`'s one schema, strict at every
 * level, so `digest.recipeints` is named), and the taxonomy it resolves to. When unknown keys are
 * all that is wrong, the sending checks still run on the rest.
 */
export function checkDigestConfig(
  explicit: string | undefined,
  cwd: string,
): { findings: Finding[]; digest: DigestConfig; file: string | null; db?: string } {
  const file = findConfig(explicit, cwd);
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
  const read = readConfigText(file);
  if ("finding" in read) return { findings: [read.finding], digest: {}, file };
  const { text } = read;
  const { config, error } = diagnoseConfig(text, file);
  if (!config) {
    return { findings: [fail("config", error!.message, "correct the keys named above")], digest: {}, file };
  }
  const findings: Finding[] = [];
  try {
    // The taxonomy, checked as digest build resolves it.
    resolveTaxonomy(config.taxonomy, file);
    findings.push(
      error ? fail("config", error.message, "correct the keys named above") : ok("config", `${file} is valid`),
    );
  } catch (problem) {
    findings.push(fail("config", (problem as Error).message, "correct the keys named above"));
  }
  if (config.schedule.timezone !== undefined)
    findings.push(timeZoneFinding("schedule.timezone", config.schedule.timezone));
  // The config's `db`, resolved against the config file as every command reads it.
  return { findings, digest: config.digest, file, ...(config.db === undefined ? {} : { db: config.db }) };
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
  digest: DigestConfig,
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
