/**
 * The screens of a meeting, from choosing a seat to the debrief: they need the scenario, so they come
 * in the same moment as it, not before the title's first control.
 */
export { seatScreen } from './screens/seats';
export { meetingScreen } from './screens/meeting';
export { preparationScreen } from './screens/preparation';
export { debriefScreen, outcomeScreen } from './screens/debrief';
export { meterPanel } from './meterPanel';
export { glossaryPanel } from './parts/reference';
export { announcement } from './announce';
