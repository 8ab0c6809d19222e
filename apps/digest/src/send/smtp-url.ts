import { ConfigError } from "@stancewatch/cli-kit";

/** Where and how to reach the SMTP server, parsed from `SMTP_URL`. */
export interface SmtpEndpoint {
  host: string;
  port: number;
  /** Implicit TLS from the first byte (`smtps:`); otherwise STARTTLS when the server offers it. */
  secure: boolean;
  /** Refuse to go on (and never send credentials) unless the connection is upgraded to TLS. */
  requireTLS: boolean;
  auth: { user: string; pass: string } | null;
  /** The URL with the password replaced by `***`: the only form that may be printed. */
  redacted: string;
}

const DEFAULT_PORT: Record<string, number> = { "smtp:": 587, "smtps:": 465 };
const BOOL = new Map([
  ["true", true],
  ["1", true],
  ["yes", true],
  ["false", false],
  ["0", false],
  ["no", false],
]);

/** `smtp://user:pass@host:587` → `smtp://user:***@host:587`. Never throws; unparseable input gives a placeholder. */
export function redactSmtpUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password) url.password = "***";
    return url.toString().replace(/\/$/, "");
  } catch {
    return "(unparseable SMTP_URL)";
  }
}

/**
 * Parses `SMTP_URL`. Errors name the variable and the problem but never echo the value, which may
 * hold a password. Credentials switch `requireTLS` on unless the URL says `?requireTLS=false`, so a
 * password never crosses the wire in clear text because a server forgot to offer STARTTLS.
 */
export function parseSmtpUrl(raw: string | undefined, name = "SMTP_URL"): SmtpEndpoint {
  if (raw === undefined || raw.trim() === "") {
    throw new ConfigError(`${name} is not set: give the SMTP server as ${name}=smtp://user:password@host:587`, {
      variable: name,
    });
  }
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new ConfigError(
      `${name} is not a valid URL (expected smtp://user:password@host:port; percent-encode special characters in the password)`,
      { variable: name },
    );
  }
  const defaultPort = DEFAULT_PORT[url.protocol];
  if (defaultPort === undefined) {
    throw new ConfigError(`${name} has the scheme "${url.protocol}"; use smtp: (STARTTLS) or smtps: (implicit TLS)`, {
      variable: name,
    });
  }
  if (url.hostname === "") throw new ConfigError(`${name} has no host`, { variable: name });
  const port = url.port === "" ? defaultPort : Number(url.port);

  let user: string;
  let pass: string;
  try {
    user = decodeURIComponent(url.username);
    pass = decodeURIComponent(url.password);
  } catch {
    throw new ConfigError(`${name} has a badly percent-encoded user name or password`, { variable: name });
  }
  const auth = user === "" && pass === "" ? null : { user, pass };

  let requireTLS = auth !== null;
  for (const [key, value] of url.searchParams) {
    if (key !== "requireTLS") {
      throw new ConfigError(`${name} has an unknown option "${key}" (the only one is requireTLS=true|false)`, {
        variable: name,
      });
    }
    const flag = BOOL.get(value.toLowerCase());
    if (flag === undefined) {
      throw new ConfigError(`${name}: requireTLS must be true or false, got "${value}"`, { variable: name });
    }
    requireTLS = flag;
  }

  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  return { host, port, secure: url.protocol === "smtps:", requireTLS, auth, redacted: redactSmtpUrl(raw.trim()) };
}
