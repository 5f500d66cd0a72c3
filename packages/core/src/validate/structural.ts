import type * as z from "zod";

/**
 * A structural check compiled from a zod schema: true when zod would accept
 * `input` and its output would be `input` itself, key for key and in the
 * same order. When it says true, the caller can skip zod's parse (which
 * copies every object and array) and keep the input as it is; when it says
 * false, nothing is known, and zod decides and explains.
 *
 * So it may refuse what zod accepts (it falls back then), but never accept
 * what zod refuses. To stay exact it reimplements only zod's containers
 * (strict objects, arrays, nullable, optional, discriminated unions) and the
 * leaf checks whose rule is one line (type tests, regex patterns, number
 * bounds, safe integers); every other check, and a length that zod might
 * count in code points, is handed to zod's own check function.
 */
export type StructuralCheck = (input: unknown) => boolean;

// The zod internals read here are the documented `_zod.def` of zod 4 core.
interface Def {
  type: string;
  check?: string;
  checks?: Check[];
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  innerType?: Schema;
  options?: Schema[];
  discriminator?: string;
  unionFallback?: boolean;
  coerce?: boolean;
  format?: string;
}
interface Schema {
  _zod: { def: Def; values?: Set<unknown>; optin?: string; optout?: string };
}
interface CheckDef {
  check: string;
  when?: (payload: Payload) => boolean;
  format?: string;
  pattern?: RegExp;
  value?: unknown;
  inclusive?: boolean;
  minimum?: number;
  maximum?: number;
}
interface Check {
  _zod: { def: CheckDef; check: (payload: Payload) => unknown };
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

type Test = (value: unknown) => boolean;

/** Why no structural check could be compiled: a schema feature it does not reimplement. */
export class UnsupportedSchemaError extends Error {
  override name = "UnsupportedSchemaError";
}

/** Hands one value to a zod check function and says whether it raised no issue. */
function zodCheck(check: Check): Test {
  const def = check._zod.def;
  const payload: Payload = { value: undefined, issues: [] };
  return (value) => {
    payload.value = value;
    payload.issues = [];
    if (def.when && !def.when(payload)) return true;
    const result = check._zod.check(payload);
    if (result instanceof Promise) return false;
    return payload.issues.length === 0;
  };
}

/** One check of a leaf or an array, inlined where its rule is one line, else zod's own. */
function compileCheck(check: Check, on: "string" | "number" | "array"): Test {
  const def = check._zod.def;
  // Length checks carry a `when` (the value has a length), which holds after the type test.
  if (def.when && def.check !== "min_length" && def.check !== "max_length") return zodCheck(check);
  switch (def.check) {
    case "string_format":
      if (on === "string" && def.format === "regex" && def.pattern instanceof RegExp) {
        const pattern = def.pattern;
        return (value) => {
          pattern.lastIndex = 0;
          return pattern.test(value as string);
        };
      }
      return zodCheck(check);
    case "min_length": {
      const min = def.minimum!;
      if (on === "array") return (value) => (value as unknown[]).length >= min;
      // zod counts a string's code points: twice the floor in UTF-16 units always clears it.
      const slow = zodCheck(check);
      if (on === "string") return (value) => (value as string).length >= 2 * min || slow(value);
      return slow;
    }
    case "max_length": {
      const max = def.maximum!;
      if (on === "array") return (value) => (value as unknown[]).length <= max;
      // A string that fits in UTF-16 units fits in code points.
      const slow = zodCheck(check);
      if (on === "string") return (value) => (value as string).length <= max || slow(value);
      return slow;
    }
    case "greater_than": {
      if (on !== "number" || typeof def.value !== "number") return zodCheck(check);
      const bound = def.value;
      return def.inclusive ? (value) => (value as number) >= bound : (value) => (value as number) > bound;
    }
    case "less_than": {
      if (on !== "number" || typeof def.value !== "number") return zodCheck(check);
      const bound = def.value;
      return def.inclusive ? (value) => (value as number) <= bound : (value) => (value as number) < bound;
    }
    case "number_format":
      if (on === "number" && def.format === "safeint") return (value) => Number.isSafeInteger(value);
      return zodCheck(check);
    default:
      return zodCheck(check);
  }
}

/** A type test followed by every check, in one function. */
function withChecks(type: Test, checks: readonly Test[]): Test {
  if (checks.length === 0) return type;
  if (checks.length === 1) {
    const [a] = checks as [Test];
    return (value) => type(value) && a(value);
  }
  if (checks.length === 2) {
    const [a, b] = checks as [Test, Test];
    return (value) => type(value) && a(value) && b(value);
  }
  return (value) => {
    if (!type(value)) return false;
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

const isString: Test = (value) => typeof value === "string";
// zod's number refuses NaN and ±Infinity.
const isNumber: Test = (value) => Number.isFinite(value);
const isBoolean: Test = (value) => typeof value === "boolean";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  return Object.getPrototypeOf(value) === Object.prototype;
}

/** A strict object: a plain object whose keys are the shape's, in the shape's order, each value passing. */
function compileObject(def: Def): Test {
  if (def.catchall?._zod.def.type !== "never")
    throw new UnsupportedSchemaError("only strict objects (which keep no unknown keys) are supported");
  const shape = def.shape!;
  const keys = Object.keys(shape);
  const tests = keys.map((key) => compile(shape[key]!));
  // An absent key passes only where zod leaves it absent too.
  const mayBeAbsent = keys.map((key) => {
    const zod = shape[key]!._zod;
    return zod.optin === "optional" && zod.optout === "optional";
  });
  const n = keys.length;
  return (value) => {
    if (!isPlainObject(value)) return false;
    let at = 0;
    // for…in yields own keys in insertion order (and any enumerable inherited
    // one, which is then refused as unknown).
    for (const key in value) {
      while (at < n && keys[at] !== key) {
        if (!mayBeAbsent[at]) return false;
        at++;
      }
      if (at === n) return false;
      if (!tests[at]!(value[key])) return false;
      at++;
    }
    for (; at < n; at++) if (!mayBeAbsent[at]) return false;
    return true;
  };
}

function compileArray(def: Def): Test {
  const element = compile(def.element!);
  const type: Test = (value) => {
    if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return false;
    for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
    return true;
  };
  return withChecks(
    type,
    (def.checks ?? []).map((c) => compileCheck(c, "array")),
  );
}

function compileDiscriminatedUnion(def: Def): Test {
  if (def.unionFallback) throw new UnsupportedSchemaError("discriminated unions with a fallback are not supported");
  const key = def.discriminator!;
  const byValue = new Map<unknown, Test>();
  for (const option of def.options!) {
    const values = option._zod.def.shape?.[key]?._zod.values;
    if (!values) throw new UnsupportedSchemaError(`a union option without a literal "${key}"`);
    const test = compile(option);
    for (const v of values) {
      if (byValue.has(v)) throw new UnsupportedSchemaError(`two union options share "${key}": ${String(v)}`);
      byValue.set(v, test);
    }
  }
  return (value) => {
    if (!isPlainObject(value)) return false;
    const test = byValue.get(value[key]);
    return test?.(value) ?? false;
  };
}

function compile(schema: Schema): Test {
  const def = schema._zod.def;
  if (def.coerce) throw new UnsupportedSchemaError("coercing schemas are not supported");
  // A schema that is a check itself (z.int(), z.email()) runs first, as zod runs it.
  const own = def.check === undefined ? [] : [schema as unknown as Check];
  const checks = [...own, ...(def.checks ?? [])];
  switch (def.type) {
    case "string":
      return withChecks(
        isString,
        checks.map((c) => compileCheck(c, "string")),
      );
    case "number":
      return withChecks(
        isNumber,
        checks.map((c) => compileCheck(c, "number")),
      );
    case "boolean":
      if (checks.length) throw new UnsupportedSchemaError("checks on a boolean are not supported");
      return isBoolean;
    case "enum":
    case "literal": {
      if (checks.length) throw new UnsupportedSchemaError(`checks on an ${def.type} are not supported`);
      const values = schema._zod.values!;
      return (value) => values.has(value);
    }
    case "nullable": {
      const inner = compile(def.innerType!);
      return (value) => value === null || inner(value);
    }
    case "optional": {
      const inner = compile(def.innerType!);
      return (value) => value === undefined || inner(value);
    }
    case "object":
      if (checks.length) throw new UnsupportedSchemaError("checks on an object are not supported");
      return compileObject(def);
    case "array":
      return compileArray(def);
    case "union":
      if (checks.length || def.discriminator === undefined)
        throw new UnsupportedSchemaError("only discriminated unions are supported");
      return compileDiscriminatedUnion(def);
    default:
      throw new UnsupportedSchemaError(`zod type "${def.type}" is not supported`);
  }
}

/**
 * Compiles the structural check of a zod schema, or throws
 * `UnsupportedSchemaError` when the schema uses a feature it does not
 * reimplement (a transform, a default, a pipe, a non-strict object…).
 */
export function compileStructuralCheck(schema: z.ZodType): StructuralCheck {
  return compile(schema as unknown as Schema);
}
