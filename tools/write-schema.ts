/** `npm run schema`: writes scenarios/scenario.schema.json for authors' editors (YAML language servers). */
import { writeFileSync } from 'node:fs';
import { scenarioJsonSchema } from '../src/engine/scenario/jsonSchema';

writeFileSync('scenarios/scenario.schema.json', `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log('wrote scenarios/scenario.schema.json');
