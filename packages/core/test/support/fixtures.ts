import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A fixture document as a fresh mutable object (callers may change or freeze it). */
export function loadFixture(name: string): Record<string, unknown> & { bodies: Record<string, unknown>[] } {
  const url = new URL(`../fixtures/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8'));
}

/** Deep-freezes a value in place and returns it, so a test can prove an API never writes to its input. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
