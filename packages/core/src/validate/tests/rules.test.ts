import type { Dataset } from "@claimset/schema";
import { describe, expect, it } from "vitest";
import { rules } from "../rules/index.js";
import { validateDataset } from "../validate.js";
import { mini, rehash } from "./fixture.js";

/** Runs validation on an edited copy of the mini dataset and returns the issues of one rule. */
function issuesOf(rule: string, edit: (d: Dataset) => void, hash = true) {
  const dataset = mini();
  edit(dataset);
  const result = validateDataset(hash ? rehash(dataset) : dataset);
  return result.issues.filter((i) => i.rule === rule);
}

const quote = (d: Dataset, id: string) => d.quotes.find((q) => q.id === id)!;
const claim = (d: Dataset, id: string) => d.claims.find((c) => c.id === id)!;
const entity = (d: Dataset, id: string) => d.entities.find((e) => e.id === id)!;

describe("integrity rules", () => {
  it("pass on the valid fixture", () => {
    expect(validateDataset(mini())).toMatchObject({ ok: true, issues: [] });
  });

  it("each has a name and a description", () => {
    for (const rule of rules) {
      expect(rule.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.description.length).toBeGreaterThan(20);
    }
    expect(new Set(rules.map((r) => r.name)).size).toBe(rules.length);
  });
});

describe("span-bounds", () => {
  it("catches an inverted span", () => {
    const [issue] = issuesOf("span-bounds", (d) => {
      const m = entity(d, "russia").mentions[0]!;
      [m.start, m.end] = [m.end, m.start];
    });
    expect(issue).toMatchObject({
      recordId: "russia",
      path: ["entities", 2, "mentions", 0],
      message: "span is inverted",
    });
  });

  it("catches a span past the end of the text", () => {
    const [issue] = issuesOf("span-bounds", (d) => {
      entity(d, "russia").mentions[0]!.end = d.source.text.length + 5;
    });
    expect(issue?.message).toMatch(/past the end/);
  });

  it("catches a span that splits the emoji's surrogate pair", () => {
    const [issue] = issuesOf("span-bounds", (d) => {
      const at = d.source.text.indexOf("👋") + 1;
      d.notes[0]!.span = { start: at, end: at + 2, text: d.source.text.slice(at, at + 2) };
    });
    expect(issue).toMatchObject({ recordId: "note-losses-unsourced", message: expect.stringMatching(/surrogate/) });
  });
});

describe("span-text", () => {
  it("catches an offset shifted by one", () => {
    const [issue] = issuesOf("span-text", (d) => {
      const s = quote(d, "q-kim-alliance").spans[0]!;
      s.start += 1;
      s.end += 1;
    });
    expect(issue).toMatchObject({ recordId: "q-kim-alliance", path: ["quotes", 0, "spans", 0, "text"] });
    expect(issue?.expected).toContain("new and high");
  });
});

describe("unique-ids", () => {
  it("catches an id used in two tables", () => {
    const [issue] = issuesOf("unique-ids", (d) => {
      d.notes[0]!.id = "note-x";
      d.entities[0]!.id = "colonel";
      d.entities[1]!.id = "colonel";
    });
    expect(issue).toMatchObject({ recordId: "colonel", message: "duplicate id", found: "also at entities[0]" });
  });

  it("catches a live record reusing a retired id", () => {
    const [issue] = issuesOf("unique-ids", (d) => {
      d.retired.push({ id: "russia", kind: "removed", to: [], since: "1.1.0", reason: "test" });
    });
    expect(issue?.message).toMatch(/retired id is still in use/);
  });
});

describe("references", () => {
  it("catches a dangling speaker and points retired ids to their tombstone", () => {
    const issues = issuesOf("references", (d) => {
      quote(d, "q-kim-alliance").speaker = "kim";
      quote(d, "q-meat-grinder").addressee = "old-colonel";
      d.retired.push({ id: "old-colonel", kind: "moved", to: ["colonel"], since: "1.1.0", reason: "renamed" });
    });
    expect(issues.map((i) => i.recordId)).toEqual(["q-kim-alliance", "q-meat-grinder"]);
    expect(issues[0]?.message).toMatch(/no record has id "kim"/);
    expect(issues[1]?.message).toMatch(/"old-colonel" is a retired id/);
  });

  it("checks about, assertedBy, note targets and parents", () => {
    const issues = issuesOf("references", (d) => {
      claim(d, "n-troops").about.entities.push("atlantis");
      claim(d, "n-first-time").assertedBy = { type: "quote", id: "q-nope" };
      d.notes[0]!.targets.push("n-nope");
      quote(d, "q-meat-grinder").parent = "q-nope";
    });
    expect(issues.map((i) => i.path.join("."))).toEqual([
      "quotes.1.parent",
      "claims.0.assertedBy.id",
      "claims.2.about.entities.1",
      "notes.0.targets.1",
    ]);
  });
});

describe("quote-speaker", () => {
  it("requires a reason when there is no speaker", () => {
    const [issue] = issuesOf("quote-speaker", (d) => {
      quote(d, "q-kim-alliance").speaker = null;
    });
    expect(issue).toMatchObject({ recordId: "q-kim-alliance", found: "neither" });
  });

  it("catches a parent loop", () => {
    const issues = issuesOf("quote-speaker", (d) => {
      quote(d, "q-kim-alliance").parent = "q-meat-grinder";
      quote(d, "q-meat-grinder").parent = "q-kim-alliance";
    });
    expect(issues).toHaveLength(2);
    expect(issues[0]?.message).toMatch(/loops/);
  });
});

describe("entity-mentions", () => {
  it("requires at least one mention", () => {
    const [issue] = issuesOf("entity-mentions", (d) => {
      entity(d, "colonel").mentions = [];
    });
    expect(issue).toMatchObject({ recordId: "colonel", expected: "at least one mention" });
  });

  it("catches overlapping mentions of one entity", () => {
    const [issue] = issuesOf("entity-mentions", (d) => {
      const kim = entity(d, "kim-jong-un");
      kim.mentions.splice(1, 0, { start: 4, end: 8, text: "Jong", kind: "named" });
    });
    expect(issue?.message).toMatch(/overlaps/);
  });
});

describe("claim-bounds", () => {
  it("catches a value outside its bounds and inverted bounds", () => {
    const issues = issuesOf("claim-bounds", (d) => {
      claim(d, "n-troops").value = 20000;
      claim(d, "n-losses").bounds = { low: 10, high: 5, lowInclusive: true, highInclusive: true };
    });
    expect(issues.map((i) => [i.recordId, i.message])).toEqual([
      ["n-losses", "bounds are inverted"],
      ["n-losses", "value lies outside its bounds"],
      ["n-troops", "value lies outside its bounds"],
    ]);
  });

  it("accepts the stated number as the open end of one-sided bounds", () => {
    expect(issuesOf("claim-bounds", () => {})).toEqual([]);
  });

  it("requires low = high = value for an exact claim", () => {
    const [issue] = issuesOf("claim-bounds", (d) => {
      claim(d, "n-first-time").bounds.high = 2;
    });
    expect(issue?.message).toMatch(/exact claim/);
  });

  it("requires the qualifier inside the span", () => {
    const [issue] = issuesOf("claim-bounds", (d) => {
      claim(d, "n-troops").qualifier = { start: 0, end: 3, text: "Kim" };
    });
    expect(issue?.message).toMatch(/qualifier lies outside/);
  });
});

describe("no-duplicates", () => {
  it("catches a mention claimed by two entities and a claim annotated twice", () => {
    const issues = issuesOf("no-duplicates", (d) => {
      entity(d, "colonel").mentions.push({ ...entity(d, "russia").mentions[0]! });
      const copy = structuredClone(claim(d, "n-troops"));
      copy.id = "n-troops-again";
      d.claims.push(copy);
    });
    expect(issues.map((i) => i.recordId)).toEqual(["russia", "n-troops-again"]);
  });
});

describe("hashes", () => {
  it("catch text that no longer matches its hash", () => {
    const issues = issuesOf(
      "source-hash",
      (d) => {
        d.source.text = d.source.text.replace("Kim", "Kin");
      },
      false,
    );
    expect(issues[0]).toMatchObject({ path: ["source", "sha256"] });
  });

  it("catch content edited after the build", () => {
    const [issue] = issuesOf(
      "content-hash",
      (d) => {
        d.notes[0]!.text = "edited";
      },
      false,
    );
    expect(issue?.message).toMatch(/edited after it was built/);
  });
});

describe("retired-ids", () => {
  it("rejects chains, self-references and wrong arity", () => {
    const issues = issuesOf("retired-ids", (d) => {
      d.retired.push(
        { id: "old-a", kind: "moved", to: ["old-b"], since: "1.1.0", reason: "renamed" },
        { id: "old-b", kind: "moved", to: ["russia"], since: "1.2.0", reason: "renamed" },
        { id: "old-c", kind: "split", to: ["russia"], since: "1.2.0", reason: "split" },
        { id: "old-d", kind: "moved", to: ["old-d"], since: "1.2.0", reason: "loop" },
      );
    });
    expect(issues.map((i) => [i.recordId, i.message])).toEqual([
      ["old-a", 'tombstone chains to another retired id "old-b"'],
      ["old-c", 'a "split" tombstone points to the wrong number of ids'],
      ["old-d", "tombstone points to itself"],
    ]);
  });
});

describe("schema-version", () => {
  it("rejects another major version", () => {
    const [issue] = issuesOf("schema-version", (d) => {
      d.schemaVersion = "2.0.0";
    });
    expect(issue).toMatchObject({ expected: "1.x", found: "2.0.0" });
  });
});
