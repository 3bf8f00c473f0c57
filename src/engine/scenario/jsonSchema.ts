import { z } from 'zod';
import { ScenarioSchema } from './schema';

/** The JSON Schema an author's editor uses; a test keeps the committed copy in step with the zod schema. */
export function scenarioJsonSchema(): object {
  return {
    ...z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Take the Floor scenario',
    description: 'A Security Council meeting for Take the Floor. See docs/scenario-format.md.',
  };
}
