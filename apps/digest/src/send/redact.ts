/**
 * Returns a function that blanks every secret out of a string, as is and percent-encoded (the form it
 * takes inside a URL). Applied to everything `send` prints or stores, so a server or library echoing a
 * credential cannot leak it. Secrets under 3 characters are skipped: blanking every "a" would wreck
 * the output without protecting anything.
 *
 * SMTP AUTH sends the password base64-encoded, and a server may echo what it got
 * ("535 5.7.8 bad credentials AGJvdABUcjB1YjQ=" for AUTH PLAIN, or the AUTH LOGIN password line), so
 * with `credentials` the base64 forms are blanked too: the password alone (AUTH LOGIN), and the
 * AUTH PLAIN blob `\0user\0pass` (also with an authorisation identity equal to the user).
 */
export interface Credentials {
  user: string;
  pass: string;
}

const base64Forms = (text: string): string[] => {
  const b64 = Buffer.from(text, "utf8").toString("base64");
  const unpadded = b64.replace(/=+$/, "");
  const url = unpadded.replace(/\+/g, "-").replace(/\//g, "_");
  return [b64, unpadded, url];
};

export function makeRedactor(
  secrets: readonly (string | null | undefined)[],
  credentials: readonly (Credentials | null | undefined)[] = [],
): (text: string) => string {
  const forms = new Set<string>();
  for (const s of secrets) {
    if (!s || s.length < 3) continue;
    forms.add(s);
    forms.add(encodeURIComponent(s));
    for (const f of base64Forms(s)) forms.add(f);
  }
  for (const c of credentials) {
    if (!c || c.pass.length < 3) continue;
    for (const blob of [`\0${c.user}\0${c.pass}`, `${c.user}\0${c.user}\0${c.pass}`]) {
      for (const f of base64Forms(blob)) forms.add(f);
    }
  }
  const sorted = [...forms].filter((f) => f.length >= 3).sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const f of sorted) out = out.split(f).join("***");
    return out;
  };
}
