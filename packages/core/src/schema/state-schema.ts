import { z } from 'zod';
import { adminUnitSchema, bodySchema, personSchema, postSchema, relationSchema } from './entity-schemas.js';

/** The format tag every state document carries, so that later formats can be told apart. */
export const STATE_FORMAT = 'tinhgon/state@1';

/**
 * A whole state as JSON: the document {@link parseState} reads and {@link stateToJson} writes.
 * Every list but `bodies` may be left out and then counts as empty.
 */
export const stateSchema = z.strictObject({
  format: z.literal(STATE_FORMAT).optional(),
  bodies: z.array(bodySchema),
  relations: z.array(relationSchema).optional(),
  persons: z.array(personSchema).optional(),
  posts: z.array(postSchema).optional(),
  units: z.array(adminUnitSchema).optional(),
});

/** A state document as accepted on input. */
export type StateJsonInput = z.input<typeof stateSchema>;
/** A state document after schema validation. */
export type ParsedStateJson = z.output<typeof stateSchema>;

/**
 * The JSON Schema (draft 2020-12) of a state document, for validating tinhgon files from other languages.
 * Checks that need the whole document (unique ids, parents that exist, no cycles) are not expressible
 * there; {@link safeParseState} does them.
 */
export function stateJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(stateSchema, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
  }) as Record<string, unknown>;
}
