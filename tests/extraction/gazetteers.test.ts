import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DATA_DIR, DATA_FILES, lookupCountry } from "../../src/extraction/gazetteers.ts";
import { EXTRACTOR_VERSION } from "../../src/extraction/index.ts";

describe("gazetteers", () => {
  it("every data file loads as JSON", () => {
    for (const f of DATA_FILES) expect(() => JSON.parse(readFileSync(new URL(f, DATA_DIR), "utf8")), f).not.toThrow();
  });

  it("has no duplicate keys", () => {
    for (const f of DATA_FILES) {
      const raw = readFileSync(new URL(f, DATA_DIR), "utf8");
      // JSON.parse keeps the last of two equal keys silently: compare key counts per object literal instead.
      const dupes: string[] = [];
      const check = (v: unknown, path: string) => {
        if (Array.isArray(v)) v.forEach((x, i) => check(x, `${path}[${i}]`));
        else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) check(x, `${path}.${k}`);
      };
      check(JSON.parse(raw), f);
      const objectKeys = [...raw.matchAll(/\{([^{}]*)\}/g)].map((m) => [...m[1].matchAll(/"([^"]+)"\s*:/g)].map((k) => k[1]));
      for (const keys of objectKeys) {
        const seen = new Set<string>();
        for (const k of keys) {
          if (seen.has(k)) dupes.push(`${f}: ${k}`);
          seen.add(k);
        }
      }
      expect(dupes).toEqual([]);
    }
    const countries = JSON.parse(readFileSync(new URL("countries.json", DATA_DIR), "utf8")) as { code: string }[];
    expect(new Set(countries.map((c) => c.code)).size).toBe(countries.length);
    const places = JSON.parse(readFileSync(new URL("places.json", DATA_DIR), "utf8")) as { name: string }[];
    expect(new Set(places.map((p) => p.name)).size).toBe(places.length);
  });

  it("lookupCountry answers codes, names, aliases and demonyms", () => {
    expect(lookupCountry("KR")).toEqual({ code: "KR", name: "Republic of Korea" });
    expect(lookupCountry("RoK")?.code).toBe("KR");
    expect(lookupCountry("Việt Nam")?.code).toBe("VN");
    expect(lookupCountry("Lao")?.code).toBe("LA");
    expect(lookupCountry("the Philippines")?.code).toBe("PH");
    expect(lookupCountry("Atlantis")).toBeNull();
    expect(lookupCountry("")).toBeNull();
  });

  it("exposes a version that includes the package version", () => {
    expect(EXTRACTOR_VERSION).toMatch(/^0\.1\.0\+[0-9a-f]{12}$/);
  });
});
