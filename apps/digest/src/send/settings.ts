/**
 * Everything `digest send` needs to know before it connects: the SMTP endpoint, the sender, the
 * recipients, the unsubscribe target and the optional DKIM key. Secrets come only from the
 * environment; the config file (`stancewatch.config.json|yaml`, section `digest`) holds the rest.
 * Every problem names its source (variable, file and dotted path), what was expected and what was
 * found, and never echoes a secret.
 */
import { createPrivateKey } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { ConfigError, type DigestConfig, type LoadedConfig, loadConfig } from "@stancewatch/cli-kit";
import { z } from "zod";
import { addressKey, type LocalPartCase } from "./address-key.js";
import { parseSmtpUrl, type SmtpEndpoint } from "./smtp-url.js";

export interface Address {
  email: string;
  name: string | null;
}

export interface DkimSettings {
  domainName: string;
  keySelector: string;
  /** PEM text of the private key (read from the file; never printed). */
  privateKey: string;
  keyPath: string;
}

export interface SendSettings {
  /** Null only for a dry run without `SMTP_URL`. */
  smtp: SmtpEndpoint | null;
  from: Address;
  recipients: Address[];
  /** https URL template; `{recipient}` and `{week}` are replaced (URL-encoded) per message. */
  unsubscribeUrl: string;
  /** Optional mailto address offered next to the URL in `List-Unsubscribe`. */
  unsubscribeMailto: string | null;
  dkim: DkimSettings | null;
  /** The config file read, if any. */
  configFile: string | null;
  /** How recipients' local parts compare in the send log (`digest.localPartCase`; domains always ignore case). */
  localPartCase: LocalPartCase;
}

const Email = z.email({ error: "must be an email address like name@example.org" });

/** `Name <a@b.org>` or `a@b.org`. */
const ADDRESS_RE = /^\s*(?:"?([^"<>]*?)"?\s*)?<\s*([^<>\s]+)\s*>\s*$/;

export function parseAddress(input: string, where: string): Address {
  const m = ADDRESS_RE.exec(input);
  const email = (m ? m[2] : input.trim()) ?? "";
  const name = m?.[1]?.trim() || null;
  if (!Email.safeParse(email).success) {
    throw new ConfigError(`${where}: expected an email address like "Name <name@example.org>", got ${show(input)}`, {
      where,
    });
  }
  return { email, name };
}

const TEMPLATE_SAMPLE = { recipient: "reader%40example.org", week: "2025-W01" };

/** An https URL (placeholders allowed): RFC 8058 one-click unsubscribe works only over HTTPS. */
export function checkUnsubscribeUrl(template: string, where: string): string {
  const filled = template.replace(/\{(recipient|week)\}/g, (_, k: keyof typeof TEMPLATE_SAMPLE) => TEMPLATE_SAMPLE[k]);
  let url: URL | null = null;
  try {
    url = new URL(filled);
  } catch {
    url = null;
  }
  if (url?.protocol !== "https:") {
    throw new ConfigError(
      `${where}: expected an https URL for one-click unsubscribe (RFC 8058), got ${show(template)}`,
      { where },
    );
  }
  return template;
}

export interface LoadSettingsOptions {
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** `--config`, read here when `loaded` is not given. */
  config?: string | undefined;
  /** The config the command has already loaded (read once per command). */
  loaded?: LoadedConfig;
  /** `--to`, repeatable: when given, these replace the config's recipients. */
  to?: readonly string[] | undefined;
  /** A dry run may go without `SMTP_URL`. */
  dryRun?: boolean;
}

export function loadSendSettings(opts: LoadSettingsOptions): SendSettings {
  const { env } = opts;
  const loaded = opts.loaded ?? loadConfig({ config: opts.config, cwd: opts.cwd });
  const configFile = loaded.file;
  const cfg: DigestConfig = loaded.config.digest;
  const where = (key: string) => (configFile ? `${configFile}: digest.${key}` : `digest.${key}`);

  const smtpRaw = nonEmpty(env.SMTP_URL);
  const smtp = smtpRaw === undefined && opts.dryRun ? null : parseSmtpUrl(smtpRaw);

  const fromRaw = nonEmpty(env.SMTP_FROM) ?? cfg.from;
  if (fromRaw === undefined) {
    throw new ConfigError(
      `no sender: set SMTP_FROM (e.g. "Stancewatch <briefing@example.org>") or digest.from in the config`,
    );
  }
  const from = parseAddress(fromRaw, nonEmpty(env.SMTP_FROM) !== undefined ? "SMTP_FROM" : where("from"));

  let recipients: Address[];
  if (opts.to && opts.to.length > 0) {
    recipients = opts.to.map((t, i) => parseAddress(t, `--to #${i + 1}`));
  } else {
    recipients = (cfg.recipients ?? []).map((r, i) =>
      typeof r === "string" ? parseAddress(r, where(`recipients[${i}]`)) : { email: r.email, name: r.name ?? null },
    );
  }
  const localPartCase = cfg.localPartCase ?? "insensitive";
  recipients = dedupe(recipients, localPartCase);
  if (recipients.length === 0) {
    throw new ConfigError(
      `no recipients: pass --to ADDR (repeatable) or list digest.recipients in ${configFile ?? "stancewatch.config.json"}`,
    );
  }

  const unsubRaw = nonEmpty(env.DIGEST_UNSUBSCRIBE_URL) ?? cfg.unsubscribe?.url;
  if (unsubRaw === undefined) {
    throw new ConfigError(
      "no unsubscribe URL: set DIGEST_UNSUBSCRIBE_URL or digest.unsubscribe.url (an https URL; {recipient} and {week} are filled in)",
    );
  }
  const unsubscribeUrl = checkUnsubscribeUrl(
    unsubRaw,
    nonEmpty(env.DIGEST_UNSUBSCRIBE_URL) !== undefined ? "DIGEST_UNSUBSCRIBE_URL" : where("unsubscribe.url"),
  );
  const unsubscribeMailto = cfg.unsubscribe?.mailto ?? null;

  return {
    smtp,
    from,
    recipients,
    unsubscribeUrl,
    unsubscribeMailto,
    dkim: loadDkim(env, opts.cwd),
    configFile,
    localPartCase,
  };
}

/** DKIM is on when all three variables are set, off when none is; anything in between is a mistake. */
export function loadDkim(env: NodeJS.ProcessEnv, cwd: string): DkimSettings | null {
  const vars = {
    DKIM_DOMAIN: nonEmpty(env.DKIM_DOMAIN),
    DKIM_SELECTOR: nonEmpty(env.DKIM_SELECTOR),
    DKIM_PRIVATE_KEY_PATH: nonEmpty(env.DKIM_PRIVATE_KEY_PATH),
  };
  const missing = Object.entries(vars)
    .filter(([, v]) => v === undefined)
    .map(([k]) => k);
  if (missing.length === 3) return null;
  if (missing.length > 0) {
    throw new ConfigError(
      `DKIM signing needs DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY_PATH together; missing ${missing.join(", ")}`,
    );
  }
  const keyPath = path.resolve(cwd, vars.DKIM_PRIVATE_KEY_PATH!);
  let privateKey: string;
  try {
    privateKey = readFileSync(keyPath, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "unreadable";
    throw new ConfigError(`DKIM_PRIVATE_KEY_PATH ${keyPath}: cannot read the key (${code})`, { file: keyPath });
  }
  try {
    const key = createPrivateKey(privateKey);
    if (key.asymmetricKeyType !== "rsa") {
      throw new Error(`a ${key.asymmetricKeyType} key (DKIM here signs with rsa-sha256)`);
    }
  } catch (error) {
    throw new ConfigError(
      `DKIM_PRIVATE_KEY_PATH ${keyPath}: not a usable RSA private key in PEM form (${(error as Error).message.split("\n")[0]})`,
      {
        file: keyPath,
      },
    );
  }
  if (
    !/^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(vars.DKIM_DOMAIN!)
  ) {
    throw new ConfigError(`DKIM_DOMAIN: expected a domain name like example.org, got ${show(vars.DKIM_DOMAIN!)}`);
  }
  if (!/^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/.test(vars.DKIM_SELECTOR!)) {
    throw new ConfigError(`DKIM_SELECTOR: expected a selector like mail2025, got ${show(vars.DKIM_SELECTOR!)}`);
  }
  return { domainName: vars.DKIM_DOMAIN!, keySelector: vars.DKIM_SELECTOR!, privateKey, keyPath };
}

function dedupe(list: Address[], localPartCase: LocalPartCase): Address[] {
  const seen = new Set<string>();
  return list.filter((a) => {
    const key = addressKey(a.email, localPartCase);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== "" ? value.trim() : undefined;
}

function show(value: string): string {
  const s = JSON.stringify(value);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}
