/** Unit tests read the interface in English, every part loaded, as a browser would once it has them all. */
import { loadParts, useLanguage } from '../../src/ui/i18n';

await loadParts('title', 'game', 'live', 'teacher', 'about', 'debrief', 'consult');
useLanguage('en');
