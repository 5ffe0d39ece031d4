// Identity keys for nodes shared across documents. Reports spell the same name with and without
// diacritics, with hyphens or spaces, and (for East Asian names) in either order, so keys fold all
// of that away; the displayed name keeps the document's spelling.

/** Lower case, no diacritics (đ -> d as well), hyphens, dots and apostrophes read as spaces. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[-‐‑–—.'’`]+/g, " ")
    .replace(/[^\p{L}\p{N}\s&]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** Official identity: folded name with word order ignored ("Kishida Fumio" = "Fumio Kishida"). */
export function officialKey(name: string): string {
  return foldText(name).split(" ").sort().join(" ");
}

/** Organisation identity: the folded name. */
export function organizationKey(name: string): string {
  return foldText(name);
}
