/** The teacher guide in each language the site has, as `npm run guide` writes it to docs/. */
import { readFileSync } from 'node:fs';
import { guideMarkdown, type GuideKey } from '../../src/classroom/guide';
import { buildLanguages } from '../build/languages';
import { interfaceTranslation } from './catalog';
import { interfaceEnglish } from './sources';

export function teacherGuides(): { language: string; file: string; text: string }[] {
  const english = Object.fromEntries(interfaceEnglish());
  return buildLanguages().built.filter((l) => l.code !== 'qps').map((language) => {
    const words = language.code === 'en' ? english : interfaceTranslation(language.code).messages;
    const say = (key: GuideKey, vars: Record<string, string> = {}) => words[key]!.replace(/\{(\w+)\}/g, (w, k: string) => vars[k] ?? w);
    return {
      language: language.code,
      file: language.code === 'en' ? 'docs/teacher-guide.md' : `docs/teacher-guide.${language.code}.md`,
      text: guideMarkdown(language.scenario, readFileSync(`src/ui/teacher/guide.${language.code}.md`, 'utf8'), say),
    };
  });
}
