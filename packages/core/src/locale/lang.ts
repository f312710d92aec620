/** The languages messages come in: Vietnamese and English. */
export type Lang = 'vi' | 'en';

/** A text in both languages. */
export type Bilingual = Readonly<Record<Lang, string>>;
