export interface Budget {
  /** What is measured, as a consumer writes it. */
  name: string;
  /** Most min+gzip bytes allowed. */
  gzip: number;
  /** Most minified bytes allowed, where parsing cost matters as much as transfer. */
  min?: number;
}

export interface Measured {
  name: string;
  min: number;
  gzip: number;
  inputs: { path: string; bytes: number }[];
  /** Problems other than size: inputs or data that must not be in the bundle. */
  problems: string[];
  /** A budget that follows from what is measured (a dataset's table: its own data), instead of one in budgets.json. */
  budget?: Budget;
}

export interface Verdict {
  name: string;
  ok: boolean;
  lines: string[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Compares measured bundles with their budgets. A failure names the import,
 * its size against the budget, and the inputs that contribute most, so the
 * message says what grew.
 */
export function checkBudgets(budgets: readonly Budget[], measured: readonly Measured[], top = 5): Verdict[] {
  return measured.map((m) => {
    const budget = m.budget ?? budgets.find((b) => b.name === m.name);
    const lines: string[] = [];
    if (!budget) lines.push(`no budget for ${m.name}: add one to bench/budgets.json`);
    else {
      if (m.gzip > budget.gzip) {
        lines.push(
          `${m.name}: ${kb(m.gzip)} min+gzip, over its budget of ${kb(budget.gzip)} by ${kb(m.gzip - budget.gzip)}`,
        );
      }
      if (budget.min !== undefined && m.min > budget.min) {
        lines.push(
          `${m.name}: ${kb(m.min)} minified, over its budget of ${kb(budget.min)} by ${kb(m.min - budget.min)}`,
        );
      }
    }
    lines.push(...m.problems.map((p) => `${m.name}: ${p}`));
    if (lines.length && m.inputs.length) {
      lines.push(`  largest inputs (minified bytes):`);
      for (const input of m.inputs.slice(0, top)) lines.push(`    ${kb(input.bytes).padStart(10)}  ${input.path}`);
    }
    return { name: m.name, ok: lines.length === 0, lines };
  });
}

/**
 * What is wrong with a bundle meant to hold one table of a dataset package:
 * inputs other than that table's module, or strings only other tables hold.
 */
export function oneTableProblems(
  table: string,
  inputs: readonly { path: string }[],
  code: string,
  otherTablesData: readonly string[],
): string[] {
  const own = new RegExp(`/dist/${table}\\.js$`);
  // The consumer's own module (esbuild's stdin) is named relative to the working folder.
  const foreign = inputs.filter((i) => !own.test(i.path) && !/(?:^|\/)consumer\.js$/.test(i.path));
  // Minified code holds strings as JSON string contents, so look for them escaped.
  const leaked = otherTablesData.filter((s) => s !== "" && code.includes(JSON.stringify(s).slice(1, -1)));
  return [
    ...foreign.map((i) => `bundles ${i.path}, which is not the ${table} table`),
    ...(leaked.length
      ? [`holds data of other tables (${leaked.length} strings), e.g. ${JSON.stringify(leaked[0]!.slice(0, 50))}`]
      : []),
  ];
}

/** A read-only consumer must not pay for validation: no zod module among the inputs. */
export function zodProblems(inputs: readonly { path: string }[]): string[] {
  const zod = inputs.filter((i) => /(^|\/)node_modules\/zod\//.test(i.path));
  return zod.length
    ? [`bundles zod (${zod.length} modules, e.g. ${zod[0]!.path}), which read-only use must not load`]
    : [];
}

/**
 * A page that validates pays for zod's schemas, checks and English messages
 * (its default), not for the message translations of every other locale,
 * which a named import of `z` drags into an esbuild bundle.
 */
export function zodLocaleProblems(inputs: readonly { path: string }[]): string[] {
  const locales = inputs.filter(
    (i) => /(^|\/)node_modules\/zod\/v4\/locales\//.test(i.path) && !/\/locales\/en\.js$/.test(i.path),
  );
  return locales.length
    ? [`bundles ${locales.length} zod locale modules (e.g. ${locales[0]!.path}): import zod as a namespace`]
    : [];
}
