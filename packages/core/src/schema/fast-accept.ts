import type { z } from 'zod';
import { type CheckDef, type Shortcut, shortcutOf, UNSURE } from './check-shortcuts.js';

/** What an acceptor returns for input it does not vouch for: zod decides then. */
export const DECLINED: unique symbol = Symbol('declined');

type Acceptor = (value: unknown) => unknown;

/** A schema part the compiler does not know: the whole schema then has no fast path. */
class Unsupported extends Error {}

/** Schemas wrapped by {@link markOwnProtoCheck}: a pipe whose first half only rejects an own `__proto__`. */
const ownProtoChecked = new WeakSet<object>();

/**
 * Marks a `z.preprocess` whose transform passes its input through unchanged and only reports an own
 * `__proto__` key, so that the fast path can take it as its second half behind that check.
 */
export function markOwnProtoCheck<S extends z.ZodType>(schema: S): S {
  ownProtoChecked.add(schema);
  return schema;
}

// zod 4's schema definitions, read through `_zod.def` (its documented introspection surface).
interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly [key: string]: unknown;
}
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
};

interface Payload {
  value: unknown;
  issues: unknown[];
}
/** A check's `when` guard: whether zod runs the check on this payload. */
type Guard = (payload: Payload) => boolean;
interface ZodCheck {
  readonly _zod: {
    readonly def: { readonly check: string; readonly when?: unknown };
    readonly check: (payload: Payload) => unknown;
  };
}

/** zod's own checks of a schema, from a given one on: a value and where to start, to the value left or declined. */
type ChecksFrom = (value: unknown, from: number) => unknown;

/**
 * The checks of a schema (lengths, bounds, formats, refinements, overwrites), run as zod runs them: each
 * check's own code on a payload, its `when` guard first, in order, each on what the one before left. The
 * fast path stops at the first issue, so a guard always sees a payload without issues. One payload per
 * leaf is reused (checks run synchronously); a re-entrant call makes its own.
 */
function zodChecks(checks: readonly ZodCheck[], whens: readonly (Guard | undefined)[]): ChecksFrom {
  const count = checks.length;
  const shared: Payload = { value: undefined, issues: [] };
  let busy = false;
  return (value, from) => {
    const payload = busy ? { value, issues: [] } : shared;
    const own = payload === shared;
    payload.value = value;
    if (payload.issues.length !== 0) payload.issues = [];
    busy = true;
    try {
      for (let i = from; i < count; i += 1) {
        const when = whens[i];
        if (when !== undefined && !when(payload)) continue;
        if ((checks[i] as ZodCheck)._zod.check(payload) instanceof Promise) {
          throw new Unsupported('async check');
        }
        if (payload.issues.length > 0) return DECLINED;
      }
      return payload.value;
    } finally {
      if (own) {
        busy = false;
        shared.value = undefined;
      }
    }
  };
}

/**
 * A type test, then the schema's checks; the value the checks leave (an overwrite) is the output. Each
 * check goes through its shortcut (`check-shortcuts.ts`) while the shortcuts can vouch for the value;
 * from the first that cannot, zod's own check code decides. zod's default guard on length checks
 * (`_whenHasLength`: a value with a length) always holds after the type test of a string or an array, so
 * it is not called.
 */
function withChecks(def: Def, test: (value: unknown) => boolean): Acceptor {
  const checks = (def.checks ?? []) as unknown as readonly ZodCheck[];
  if (checks.length === 0) return (value) => (test(value) ? value : DECLINED);
  const lengthy = def.type === 'string' || def.type === 'array';
  const whens: (Guard | undefined)[] = [];
  const shortcuts: (Shortcut | undefined)[] = [];
  for (const { _zod: check } of checks) {
    const when = check.def.when;
    if (when !== undefined && typeof when !== 'function')
      throw new Unsupported('a check guard that is not a function');
    const guard = lengthy && (when as Guard | undefined)?.name === '_whenHasLength' ? undefined : when;
    whens.push(guard as Guard | undefined);
    shortcuts.push(shortcutOf(check.def as CheckDef, guard !== undefined));
  }
  const count = checks.length;
  const slow = zodChecks(checks, whens);
  return (value) => {
    if (!test(value)) return DECLINED;
    let current = value;
    for (let i = 0; i < count; i += 1) {
      const shortcut = shortcuts[i];
      const next = shortcut === undefined ? UNSURE : shortcut(current);
      if (next === UNSURE) return slow(current, i);
      current = next;
    }
    return current;
  };
}

function compileObject(def: Def): Acceptor {
  const catchall = def.catchall === undefined ? 'strip' : defOf(def.catchall).type;
  if (catchall !== 'never' && catchall !== 'strip') throw new Unsupported(`object catchall ${catchall}`);
  const shape = def.shape as Record<string, unknown>;
  const keys = Object.keys(shape);
  const fields = keys.map((key) => compile(shape[key]));
  const known = new Set(keys);
  const strict = catchall === 'never';
  const own = withChecks({ type: 'object', checks: def.checks ?? [] }, () => true);
  return (value) => {
    if (!isPlainObject(value)) return DECLINED;
    if (strict) for (const key in value) if (!known.has(key)) return DECLINED;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i] as string;
      const present = Object.hasOwn(value, key);
      const result = (fields[i] as Acceptor)(present ? value[key] : undefined);
      if (result === DECLINED) return DECLINED;
      if (result !== undefined || present) out[key] = result;
    }
    return own(out);
  };
}

function compileUnion(def: Def): Acceptor {
  const options = (def.options as unknown[]).map(compile);
  const discriminator = def.discriminator as string | undefined;
  if (discriminator !== undefined) {
    const byTag = new Map<unknown, Acceptor>();
    (def.options as unknown[]).forEach((option, i) => {
      const tag = defOf((defOf(option).shape as Record<string, unknown>)[discriminator]);
      if (tag.type !== 'literal') throw new Unsupported('discriminator that is not a literal');
      for (const v of tag.values as unknown[]) if (!byTag.has(v)) byTag.set(v, options[i] as Acceptor);
    });
    return (value) => {
      if (!isPlainObject(value)) return DECLINED;
      const option = byTag.get(value[discriminator]);
      return option === undefined ? DECLINED : option(value);
    };
  }
  return (value) => {
    for (const option of options) {
      const result = option(value);
      if (result !== DECLINED) return result;
    }
    return DECLINED;
  };
}

function compileRecord(def: Def): Acceptor {
  // zod checks every key of an enum-keyed record is present: only string-keyed records are compiled.
  if (defOf(def.keyType).type !== 'string') throw new Unsupported('record keyed by anything but a string');
  const key = compile(def.keyType);
  const item = compile(def.valueType);
  return (value) => {
    if (!isPlainObject(value)) return DECLINED;
    const keys = Object.keys(value);
    // zod walks every own key (`Reflect.ownKeys`): symbols and hidden keys are left to it.
    if (Reflect.ownKeys(value).length !== keys.length) return DECLINED;
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      if (k === '__proto__') return DECLINED;
      const outKey = key(k);
      const result = item(value[k]);
      if (outKey === DECLINED || result === DECLINED) return DECLINED;
      out[outKey as string] = result;
    }
    return out;
  };
}

function compileNode(schema: unknown): Acceptor {
  const def = defOf(schema);
  if (def.coerce === true) throw new Unsupported('coercion');
  switch (def.type) {
    case 'string':
      return withChecks(def, (v) => typeof v === 'string');
    case 'number':
      return withChecks(def, (v) => typeof v === 'number' && Number.isFinite(v));
    case 'boolean':
      return withChecks(def, (v) => typeof v === 'boolean');
    case 'enum': {
      const values = new Set(Object.values(def.entries as Record<string, unknown>));
      // A TypeScript numeric enum's entries hold reverse mappings that zod filters out.
      for (const v of values)
        if (typeof v !== 'string') throw new Unsupported('enum with values that are not strings');
      return withChecks(def, (v) => values.has(v));
    }
    case 'literal': {
      const values = def.values as readonly unknown[];
      return withChecks(def, (v) => values.includes(v));
    }
    case 'optional': {
      const inner = compile(def.innerType);
      return (value) => (value === undefined ? undefined : inner(value));
    }
    case 'nullable': {
      const inner = compile(def.innerType);
      return (value) => (value === null ? null : inner(value));
    }
    case 'array': {
      const element = compile(def.element);
      const own = withChecks(def, () => true);
      return (value) => {
        if (!Array.isArray(value)) return DECLINED;
        const out = new Array<unknown>(value.length);
        for (let i = 0; i < value.length; i += 1) {
          const result = element(value[i]);
          if (result === DECLINED) return DECLINED;
          out[i] = result;
        }
        return own(out);
      };
    }
    case 'object':
      return compileObject(def);
    case 'union':
      return compileUnion(def);
    case 'record':
      return compileRecord(def);
    case 'pipe': {
      if (!ownProtoChecked.has(schema as object)) throw new Unsupported('pipe');
      const out = compile(def.out);
      return (value) =>
        typeof value === 'object' && value !== null && Object.hasOwn(value, '__proto__')
          ? DECLINED
          : out(value);
    }
    default:
      throw new Unsupported(def.type);
  }
}

const compiled = new WeakMap<object, Acceptor>();

function compile(schema: unknown): Acceptor {
  let acceptor = compiled.get(schema as object);
  if (acceptor === undefined) {
    acceptor = compileNode(schema);
    compiled.set(schema as object, acceptor);
  }
  return acceptor;
}

/** The acceptor of each schema asked about, or `null` when it has a part the compiler does not know. */
const roots = new WeakMap<object, Acceptor | null>();

function rootAcceptor(schema: object): Acceptor | null {
  let acceptor = roots.get(schema);
  if (acceptor === undefined) {
    try {
      acceptor = compile(schema);
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      acceptor = null;
    }
    roots.set(schema, acceptor);
  }
  return acceptor;
}

/**
 * zod's output for `input` when the fast path can vouch for it, else {@link DECLINED}. The fast path is
 * compiled once per schema from its zod definition (types, lengths, bounds, patterns, refinements,
 * NFC overwrites, strict and stripping objects, optional, nullable, enums, literals, unions, records) and
 * accepts only what zod accepts, giving the same output; anything else — invalid input, or a schema part
 * it does not know — is declined, and zod parses it as before, with its issues. A property test holds
 * the two to agreement.
 */
export function acceptFast<S extends z.ZodType>(schema: S, input: unknown): z.output<S> | typeof DECLINED {
  const acceptor = rootAcceptor(schema);
  if (acceptor === null) return DECLINED;
  try {
    return acceptor(input) as z.output<S> | typeof DECLINED;
  } catch {
    // A refinement that throws or is async: zod's own parse reports it.
    return DECLINED;
  }
}
