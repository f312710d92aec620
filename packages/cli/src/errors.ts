import type { Bilingual, Lang } from '@tinhgon/core';

/** Exit codes: 0 done, 1 a blocking finding remains or a step failed, 2 bad input or usage. */
export const EXIT = { ok: 0, blocked: 1, input: 2 } as const;

/** Bad input or usage: the command stops with exit code 2 and this message (in both languages). */
export class CliInputError extends Error {
  readonly text: Bilingual;
  readonly details: readonly Bilingual[];

  constructor(text: Bilingual, details: readonly Bilingual[] = []) {
    super(text.en);
    this.name = 'CliInputError';
    this.text = text;
    this.details = details;
  }

  /** The message and its details as lines in a language. */
  lines(lang: Lang): string[] {
    return [this.text[lang], ...this.details.map((d) => `  - ${d[lang]}`)];
  }
}
