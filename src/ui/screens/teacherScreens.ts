/** The teacher's screens, loaded together when a teacher opens one: students never download them. */
export { teacherScreen, loadGuide } from './teacher';
export { summaryScreen } from './summary';
export { printablesScreen } from './printables';
