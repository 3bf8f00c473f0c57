/** The game's languages, made by the build (tools/build/languages.ts). */
declare module 'virtual:languages' {
  import type { Scenario } from './engine';
  import type { CompiledMessage } from '@lingui/message-utils/compileMessage';
  type Messages = Record<string, CompiledMessage | string>;
  const languages: Record<string, {
    /** What the title screen shows of the meeting, in this language. */
    meta: Pick<Scenario['meta'], 'title' | 'date' | 'agendaItem' | 'meetingType' | 'body'>;
    parts: Record<'title' | 'game' | 'live' | 'teacher' | 'about' | 'debrief' | 'consult', () => Promise<{ default: Messages }>>;
    scenario: () => Promise<{ default: Scenario }>;
    /** The teacher guide's own text in this language (src/ui/teacher/guide.<code>.md). */
    guide: () => Promise<{ default: string }>;
  }>;
  export default languages;
}
