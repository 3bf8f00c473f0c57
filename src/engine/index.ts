/** The engine's public surface. Pure TypeScript: no Phaser, no DOM, no zustand. */
export { loadScenario, loadScenarioText, type LoadResult } from './scenario/load';
export type { Problem } from './scenario/problems';
export { ScenarioSchema, SCENARIO_FORMAT_VERSION } from './scenario/schema';
export type { Scenario, ScenarioInput, Delegation, Topic, Option, Meter, Fact, NewsEvent, Condition, Camp, SpeechKind } from './scenario/schema';
export { newGame, applyChoice, availableChoices, isPlayable, isPresiding, secondsUsed, topicsFor, repliesFor, isMode } from './game';
export { previewOption, type OptionPreview, type MeterPreview } from './preview';
export { debrief, type Debrief, type ChoiceReview, type Trade } from './debrief';
export { toSave, fromSave, resumeSave, SAVE_VERSION, type SaveFile, type CarriedOver } from './save';
export { composeStatement, cleanClosing } from './statement';
export type { Cause, MeterChange, Response } from './situation';
export * from './types';
export { alignedWith, currentSpeaker, bandOf, nextSpeaker, nextGroup, SPEAKERS_PER_CONTINUE } from './view';
export { statementBudget } from './model';
export { whatIf, type Change, type WhatIf } from './whatIf';
export { objectiveProgress, type Progress, type ObjectiveStatus, type RedLineStatus } from './progress';
export { nameAttackers } from './meeting';
export { encodeRun, decodeRun, replayRun, runOf, cleanName, RUN_CODE_VERSION, NAME_MAX, type Run, type Decoded } from './runCode';
export { redLineCauses } from './redLines';
