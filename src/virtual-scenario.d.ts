/** The scenario, checked and compiled to JSON by the build (see vite.config.ts). */
declare module 'virtual:scenario' {
  import type { Scenario } from './engine';
  const scenario: Scenario;
  export default scenario;
}

/** Just what the title screen shows, so that it can appear before the scenario has arrived. */
declare module 'virtual:scenario-meta' {
  import type { Scenario } from './engine';
  const meta: Pick<Scenario, 'id' | 'version' | 'meta'>;
  export default meta;
}
