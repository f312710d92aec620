/**
 * The seed plans (shared/seeds/) rules and fixtures are traced to. A citation's `seed` is the file name
 * followed by the section, e.g. `002_2601a27634ddaafe.txt I`.
 */
export const SEED_FILES = {
  /** Provincial Standing Committee plan for the district pilot models of Conclusion 34-KL/TW. */
  '000': '000_924fbc0903c2089d.txt',
  /** Đắk Nông Provincial People's Committee, Plan 300/KH-UBND, 20 Jun 2018. */
  '002': '002_2601a27634ddaafe.txt',
  /** Bình Dương Provincial Party Committee, Plan 43-KH/TU, 12 Feb 2018. */
  '003': '003_83135e33133044fd.txt',
  /** Tuyên Quang Provincial Party Executive Committee, Plan 168-KH/TU, 18 Feb 2018. */
  '004': '004_25bbafc894c4c6dc.txt',
} as const;

/** A seed reference: `seed('002', 'I')` is `'002_2601a27634ddaafe.txt I'`. */
export function seed(file: keyof typeof SEED_FILES, section: string): string {
  return `${SEED_FILES[file]} ${section}`;
}
