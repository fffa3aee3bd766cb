/**
 * Equality of plain data, for the preview's incremental rebuilds: a page or document made again from an
 * edited Store is compared with the one written last time, and its file is left as it is when equal.
 */

/**
 * True when two values hold the same data: the same primitives, arrays and plain objects with the
 * same keys, all the way down; any other object (a Map, a Date, a function) only when it is the very
 * same one. Identical parts are not looked into. A page or API document of equal data gives the same file.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || !isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (
      !Object.hasOwn(b, key) ||
      !sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])
    )
      return false;
  }
  return true;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
