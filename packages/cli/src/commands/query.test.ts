import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ClaimKind, EntityType } from "@claimset/schema";
import { describe, expect, it } from "vitest";
import { copyMini, MINI, run, tempDir } from "../../test/helpers.js";

describe("claimset show", () => {
  it("prints an entity with every mention and its line, offsets in UTF-16 code units", async () => {
    const r = await run(["show", "kim-jong-un", "-d", MINI]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain("entity kim-jong-un");
    expect(r.stdout).toMatch(/name\s+Kim Jong Un/);
    expect(r.stdout).toMatch(/wikidata\s+Q56226/);
    // Line 2 starts after the emoji (2 code units), the en dash and the ellipsis of line 1.
    expect(r.stdout).toMatch(/1\s+1\s+0–11\s+named\s+Kim Jong Un/);
    expect(r.stdout).toMatch(/3\s+2\s+184–187\s+named\s+Kim/);
    expect(r.stdout).toContain("quotes by Kim Jong Un: q-kim-alliance");
  });

  it("prints a quote's speaker, cue and words with their lines", async () => {
    const r = await run(["show", "q-kim-alliance", "--dataset", MINI]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/words\s+“a new and high level of alliance\.” \(line 1, 98–131\)/);
    expect(r.stdout).toMatch(/speaker\s+Kim Jong Un \(kim-jong-un\)/);
    expect(r.stdout).toMatch(/cue\s+“said” \(line 1, 85–89\)/);
    expect(r.stdout).toMatch(/addressee\s+—/);
  });

  it("prints a claim's value, bounds, unit and who asserts it, and the notes targeting it", async () => {
    const troops = await run(["show", "n-troops", "-d", MINI]);
    expect(troops.stdout).toMatch(/bounds\s+~12,000 \(11,000–13,000\)\s+\[11000, 13000\]/);
    expect(troops.stdout).toMatch(/unit\s+troops \(person\)/);
    expect(troops.stdout).toMatch(/about\s+North Korean troops sent to Russia \[russia\]/);
    expect(troops.stdout).toMatch(/asserted by\s+the article itself/);
    const losses = await run(["show", "n-losses", "-d", MINI]);
    expect(losses.stdout).toMatch(/bounds\s+> 771,000\s+\(771000, ∞\)/);
    expect(losses.stdout).toContain("note-losses-unsourced (fact-check): The figure is given without a source.");
    const first = await run(["show", "n-first-time", "-d", MINI]);
    expect(first.stdout).toMatch(/asserted by\s+The colonel \(quote q-meat-grinder\)/);
  });

  it("gives the record, its table and its notes with --json", async () => {
    const r = await run(["show", "n-losses", "-d", MINI, "--json"]);
    const parsed = JSON.parse(r.stdout).results[0];
    expect(parsed).toMatchObject({ dataset: "mini", key: "mini:n-losses", table: "claims" });
    expect(parsed.record.span).toEqual({ start: 52, end: 69, text: "more than 771,000" });
    expect(parsed.notes.map((n: { id: string }) => n.id)).toEqual(["note-losses-unsourced"]);
  });

  it("exits 1 for an unknown id and suggests the closest ones", async () => {
    const typo = await run(["show", "n-trops", "-d", MINI]);
    expect(typo.code).toBe(1);
    expect(typo.stdout).toBe("");
    expect(typo.stderr).toBe('error: no record "n-trops" in mini@0.0.0.\nhint: did you mean n-troops?\n');
    const prefix = await run(["show", "q-", "-d", MINI]);
    expect(prefix.stderr).toContain("did you mean q-kim-alliance or q-meat-grinder?");
  });

  it("prints a retired id's tombstone and its replacement, with a warning on stderr", async () => {
    const folder = copyMini(tempDir());
    writeFileSync(
      join(folder, "retired.yml"),
      "- id: kim\n  kind: moved\n  to: [kim-jong-un]\n  since: 0.0.0\n  reason: Entity ids are full names.\n",
    );
    const r = await run(["show", "kim", "-d", folder]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("warning: kim is a retired id in mini (moved in 0.0.0); cite kim-jong-un instead\n");
    expect(r.stdout).toMatch(/retired kim\n\s+kind\s+moved\n\s+to\s+kim-jong-un/);
    expect(r.stdout).toMatch(/reason\s+Entity ids are full names\./);
    expect(r.stdout).toContain("entity kim-jong-un");
    const json = JSON.parse((await run(["show", "kim", "-d", folder, "--json"])).stdout).results[0];
    expect(json.retired.to).toEqual(["kim-jong-un"]);
    expect(json.current[0].record.id).toBe("kim-jong-un");
  });

  it("needs exactly one id", async () => {
    const r = await run(["show", "-d", MINI]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("claimset show takes at least 1 argument, got 0");
  });
});

describe("claimset entities", () => {
  it("lists every entity with its mention count and first line", async () => {
    const r = await run(["entities", "-d", MINI]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^id\s+type\s+name\s+mentions\s+first line\s+wikidata$/);
    expect(lines.slice(2, 5).map((l) => l.split(/\s{2,}/)[0])).toEqual(["colonel", "kim-jong-un", "russia"]);
    expect(r.stdout).toMatch(/kim-jong-un\s+person\s+Kim Jong Un\s+3\s+1\s+Q56226/);
    expect(lines.at(-1)).toBe("3 entities");
  });

  it("filters by type", async () => {
    const r = await run(["entities", "--type", "location", "-d", MINI, "--json"]);
    expect(JSON.parse(r.stdout).results.map((e: { record: { id: string } }) => e.record.id)).toEqual(["russia"]);
    const none = await run(["entities", "--type", "weapon", "-d", MINI]);
    expect(none.stdout).toContain("0 entities of type weapon");
  });

  it("refuses an unknown type with exit 2, listing the valid ones", async () => {
    const r = await run(["entities", "--type", "persn", "-d", MINI]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--type must be one of ${EntityType.options.join(", ")}; got "persn".`);
    expect(r.stderr).toContain("hint: did you mean person?");
  });
});

describe("claimset quotes", () => {
  it("lists quotes with speaker and words", async () => {
    const r = await run(["quotes", "-d", MINI]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/q-kim-alliance\s+direct\s+Kim Jong Un\s+1\s+a new and high level of alliance\./);
    expect(r.stdout).toMatch(/q-meat-grinder\s+mixed\s+The colonel\s+2\s+meat grinder/);
    expect(r.stdout).toContain("2 quotes\n");
  });

  it("filters by speaker id, name or alias", async () => {
    for (const who of ["colonel", "The colonel", "the COLONEL"]) {
      const r = await run(["quotes", "--speaker", who, "-d", MINI, "--json"]);
      expect(JSON.parse(r.stdout).results.map((q: { record: { id: string } }) => q.record.id)).toEqual([
        "q-meat-grinder",
      ]);
    }
  });

  it("follows a retired speaker id to its replacement, with a warning", async () => {
    const folder = copyMini(tempDir());
    writeFileSync(
      join(folder, "retired.yml"),
      "- id: kju\n  kind: moved\n  to: [kim-jong-un]\n  since: 0.0.0\n  reason: Entity ids are full names.\n- id: old-colonel\n  kind: removed\n  to: []\n  since: 0.0.0\n  reason: Withdrawn.\n",
    );
    const moved = await run(["quotes", "--speaker", "kju", "-d", folder, "--json"]);
    expect(JSON.parse(moved.stdout).results.map((q: { record: { id: string } }) => q.record.id)).toEqual([
      "q-kim-alliance",
    ]);
    expect(moved.stderr).toBe(
      "warning: kju is retired in mini (moved to kim-jong-un since 0.0.0); showing kim-jong-un\n",
    );
    const removed = await run(["quotes", "--speaker", "old-colonel", "-d", folder]);
    expect(removed.code).toBe(1);
    expect(removed.stderr).toContain('"old-colonel" is a retired id in mini (removed since 0.0.0).');
    expect(removed.stderr).toContain("hint: name a current entity");
  });

  it("exits 1 for an unknown speaker, suggesting entities", async () => {
    const r = await run(["quotes", "--speaker", "kim-jong", "-d", MINI]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('no entity "kim-jong" in mini@0.0.0.');
    expect(r.stderr).toContain("hint: did you mean kim-jong-un?");
  });
});

describe("claimset claims", () => {
  it("lists claims with formatted bounds, unit and who asserts them", async () => {
    const r = await run(["claims", "-d", MINI]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/n-losses\s+count\s+> 771,000\s+person\s+losses\s+the article itself/);
    expect(r.stdout).toMatch(/n-first-time\s+ordinal\s+1\s+occasion/);
    expect(r.stdout).toContain("3 claims\n");
  });

  it("filters by kind and by entity, both together", async () => {
    const ids = async (...args: string[]) =>
      JSON.parse((await run(["claims", ...args, "-d", MINI, "--json"])).stdout).results.map(
        (c: { record: { id: string } }) => c.record.id,
      );
    expect(await ids("--kind", "count")).toEqual(["n-losses", "n-troops"]);
    expect(await ids("--about", "russia")).toEqual(["n-troops"]);
    expect(await ids("--kind", "ordinal", "--about", "russia")).toEqual([]);
  });

  it("refuses an unknown kind with exit 2", async () => {
    const r = await run(["claims", "--kind", "number", "-d", MINI]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--kind must be one of ${ClaimKind.options.join(", ")}`);
  });
});

describe("the default dataset", () => {
  it("is the current folder", async () => {
    const r = await run(["entities", "--json"], { cwd: MINI });
    expect(JSON.parse(r.stdout).results).toHaveLength(3);
  });

  it("is a data error (exit 1) when the current folder holds no dataset", async () => {
    const r = await run(["entities"], { cwd: tempDir() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("is a folder with neither dataset.yml (authored files) nor dataset.json");
  });
});
