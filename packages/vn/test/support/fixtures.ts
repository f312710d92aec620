import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FixtureResult } from '@tinhgon/core';

const dir = (sub: string) => fileURLToPath(new URL(`../fixtures/${sub}/`, import.meta.url));

/** Every JSON fixture of a folder under `test/fixtures`, by file name, freshly parsed. */
export function loadFixtures(sub: string): [file: string, fixture: Record<string, unknown>][] {
  return readdirSync(dir(sub))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => [file, JSON.parse(readFileSync(`${dir(sub)}${file}`, 'utf8'))]);
}

/** A failed fixture as a person reads it: what was expected and not found, and what was found instead. */
export function describeMismatch(result: FixtureResult): string {
  const lines = [`fixture "${result.name}"`];
  for (const m of result.missing) {
    const where = [
      m.body && `body ${m.body}`,
      m.subject && `subject ${m.subject}`,
      m.exception && `exception ${m.exception}`,
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(`  missing:    ${m.rule} ${m.status}${where ? ` (${where})` : ''}`);
  }
  for (const f of result.unexpected) {
    lines.push(`  unexpected: ${f.rule} ${f.status} ${f.body?.id ?? f.subject ?? ''}: ${f.message.en}`);
  }
  lines.push('  findings:');
  for (const f of result.findings) {
    lines.push(`    ${f.rule} ${f.status} ${f.body?.id ?? '-'} ${f.subject ?? '-'}: ${f.message.en}`);
  }
  return lines.join('\n');
}
