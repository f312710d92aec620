import { z } from 'zod';
import { nameSchema } from '../schema/primitives.js';
import { stepSchema } from '../transform/step.js';

export const SCENARIO_FORMAT = 'tinhgon/scenario@1';

/**
 * A scenario as JSON: a name and ordered, effective-dated steps, to run on a baseline state.
 * Steps run in order of `effective` date; steps on the same date run in the order written.
 */
export const scenarioSchema = z.strictObject({
  format: z.literal(SCENARIO_FORMAT).optional(),
  name: nameSchema,
  description: z.string().optional(),
  steps: z.array(stepSchema),
});

export type ScenarioInput = z.input<typeof scenarioSchema>;
export type Scenario = z.output<typeof scenarioSchema>;
