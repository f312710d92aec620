import { z } from 'zod';
import { isIsoDate } from '../model/dates.js';

/** The largest staff figure accepted: well above any one body's, low enough to catch typos and overflow. */
export const MAX_STAFF = 10_000_000;
/** Longest id accepted, in UTF-16 code units. */
export const MAX_ID_LENGTH = 200;
/** Longest name accepted, in UTF-16 code units. */
export const MAX_NAME_LENGTH = 500;

const nfc = (value: string): string => value.normalize('NFC');

/** A stable id: non-empty, no surrounding white space, stored in NFC so composed and decomposed input match. */
export const idSchema = z
  .string()
  .min(1, { message: 'tinhgon:id-empty' })
  .max(MAX_ID_LENGTH)
  .overwrite(nfc)
  .refine((value) => value.trim() === value, { message: 'tinhgon:id-space' });

/** A display name in any script, stored in NFC. */
export const nameSchema = z
  .string()
  .max(MAX_NAME_LENGTH)
  .overwrite(nfc)
  .refine((value) => value.trim().length > 0, { message: 'tinhgon:name-empty' });

/** An open-vocabulary tag: kind, sector, function. */
export const tagSchema = z
  .string()
  .min(1, { message: 'tinhgon:tag-empty' })
  .max(MAX_ID_LENGTH)
  .overwrite(nfc);

/** A calendar date `YYYY-MM-DD` that exists. */
export const dateSchema = z.string().refine(isIsoDate, { message: 'tinhgon:date' });

/** A staff figure: a whole number of positions from 0 to {@link MAX_STAFF}. */
export const staffSchema = z
  .number({ message: 'tinhgon:staff-type' })
  .int({ message: 'tinhgon:staff-int' })
  .min(0, { message: 'tinhgon:staff-negative' })
  .max(MAX_STAFF, { message: 'tinhgon:staff-max' });

/** A four-digit year used as a key, e.g. `"2015"`. */
export const yearKeySchema = z.string().regex(/^\d{4}$/, { message: 'tinhgon:year' });
