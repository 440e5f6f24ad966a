// The checks the loader runs over the whole corpus, in the order their issues are gathered (they
// are sorted by position afterwards). A new check is a ContentValidator added to this list; the
// OG renderer contributes the one that needs its fonts.
import { ogGlyphCoverage } from '@/lib/og/glyph-check';
import type { ContentValidator } from './corpus';
import { readerCharacters } from './reader-characters';
import { developingHasUnknown } from './developing';
import { bidiControls, htmlLikeText } from './safety-validators';
import { translationInStep } from './translation';
import { unfinishedContent } from './unfinished';
import {
  duplicateSources,
  missingTranslations,
  topicReferences,
  translationOfDraft,
  translationPageCounts,
  translationTopics,
  unusedImages,
  unusedTopics,
} from './validators';

export type { ContentValidator, Corpus, CorpusFolder } from './corpus';

export const contentValidators: readonly ContentValidator[] = [
  translationPageCounts,
  missingTranslations,
  translationOfDraft,
  unusedImages,
  bidiControls,
  htmlLikeText,
  ogGlyphCoverage,
  topicReferences,
  unusedTopics,
  translationTopics,
  duplicateSources,
  unfinishedContent,
  readerCharacters,
  developingHasUnknown,
  translationInStep,
];
