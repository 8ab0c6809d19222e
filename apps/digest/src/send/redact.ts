/**
 * Returns a function that blanks every secret out of a string, as is and percent-encoded (the form it
 * takes inside a URL). Applied to everything `send` prints or stores, so a server or library echoing a
 * credential cannot leak it. Secrets under 3 characters are skipped: blanking every "a" would wreck
 * the output without protecting anything.
 */
export function makeRedactor(secrets: readonly (string | null | undefined)[]): (text: string) => string {
  const forms = new Set<string>();
  for (const s of secrets) {
    if (!s || s.length < 3) continue;
    forms.add(s);
    forms.add(encodeURIComponent(s));
  }
  const sorted = [...forms].sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    for (const f of sorted) out = out.split(f).join("***");
    return out;
  };
}
