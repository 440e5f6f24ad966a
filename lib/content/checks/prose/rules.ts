// The house's prose rules: which textlint rules read which register of which edition, with what
// options, and which are strict (errors). Why each rule is on, off or tuned is told to editors in
// CONTENT.md ("Prose"); the short reasons are repeated here beside the settings.
//
// Japanese: textlint-rule-preset-ja-technical-writing's rules (the community's standard set)
// and the spacing rules of textlint-rule-preset-ja-spacing, tuned for news prose; English:
// write-good, common-misspellings and en-max-word-count (not en-capitalization: it reads
// "9 p.m. and" as a sentence starting with "and", and news copy is full of abbreviations). Both: the house
// dictionary (textlint-rule-prh) in content/style/.
import fs from 'node:fs';
import path from 'node:path';
import type { Locale } from '@/i18n/locales';
import { NAMES_DICTIONARY, STYLE_DIR, wordsDictionary } from '../../config';
import { moduleInterop } from '@textlint/module-interop';
import type { TextlintRuleModule } from '@textlint/types';
import jaTechnicalWriting from 'textlint-rule-preset-ja-technical-writing';
import jaSpacing from 'textlint-rule-preset-ja-spacing';
import prh from 'textlint-rule-prh';
import writeGood from 'textlint-rule-write-good';
import commonMisspellings from 'textlint-rule-common-misspellings';
import enMaxWordCount from 'textlint-rule-en-max-word-count';
import type { Register } from './documents';

export interface HouseRule {
  /** As shown in messages: `house-names`, `ja/max-ten`, `en/write-good`. */
  id: string;
  rule: TextlintRuleModule;
  options: Record<string, unknown> | true;
  /** Strict rules report errors (they stop check:content); the others warnings. */
  strict: boolean;
  /** What the editor can do, shown as the message's hint. */
  hint: string;
}

type RuleModules = Record<string, TextlintRuleModule>;
const ja: RuleModules = moduleInterop(jaTechnicalWriting).rules;
const spacing: RuleModules = moduleInterop(jaSpacing).rules;

function jaRule(id: string, options: Record<string, unknown> | true, hint: string, modules: RuleModules = ja): HouseRule {
  const rule = modules[id];
  if (!rule) throw new Error(`textlint rule ${id} is not in its preset any more`);
  return { id: `ja/${id}`, rule: moduleInterop(rule), options, strict: false, hint };
}

/** A dictionary rule, when the content folder has that file (fixtures and benchmark corpora may not). */
function dictionary(contentDir: string, file: string, id: string, strict: boolean, hint: string): HouseRule[] {
  if (!fs.existsSync(path.join(contentDir, STYLE_DIR, file))) return [];
  return [{
    id,
    rule: moduleInterop(prh),
    // checkEmphasis: names inside *…* are names too; links and quotations are others' words.
    options: { rulePaths: [path.join(contentDir, STYLE_DIR, file)], checkEmphasis: true },
    strict,
    hint,
  }];
}

const REPHRASE = 'rephrase the sentence';

/** Every rule of one register of one edition. */
export function houseRules(locale: Locale, register: Register, contentDir: string): HouseRule[] {
  if (register === 'quote') return [];
  // The dictionary of names (people, titles, treaties, papers) holds in every register and both
  // editions: a wrong name is a correction waiting to happen, so it is strict.
  const names = dictionary(contentDir, NAMES_DICTIONARY, 'house-names', true, `write the name as the house does (content/${STYLE_DIR}/${NAMES_DICTIONARY})`);
  if (register === 'voice') return names;
  const words = dictionary(contentDir, wordsDictionary(locale), 'house-words', false, `the house spelling (content/${STYLE_DIR}/${wordsDictionary(locale)})`);
  return [...names, ...words, ...(locale === 'ja' ? japanese(register) : english(register))];
}

function japanese(register: Register): HouseRule[] {
  const everywhere = [
    jaRule('no-hankaku-kana', true, 'write full-width katakana (ア, not ｱ)'),
    jaRule('no-nfd', true, 'retype the character: it is stored as two (a kana and a separate voicing mark)'),
    jaRule('no-invalid-control-character', true, 'delete the invisible control character'),
    jaRule('ja-unnatural-alphabet', true, 'a stray Latin letter, often left by the input method: delete it'),
    jaRule('no-unmatched-pair', true, 'close the bracket or quotation mark, or delete the stray one'),
    jaRule('ja-no-successive-word', true, 'the same word twice in a row: delete one'),
    // Spacing: no space between full-width characters, none between Japanese and digits or Latin
    // letters (the site writes 2018年, 3ページ), none inside brackets; katakana words joined by ・.
    jaRule('ja-no-space-between-full-width', true, 'delete the space', spacing),
    jaRule('ja-space-between-half-and-full-width', { space: 'never' }, 'delete the space between the Japanese and the Latin letters or digits', spacing),
    jaRule('ja-no-space-around-parentheses', true, 'delete the space next to the bracket', spacing),
    jaRule('ja-nakaguro-or-halfwidth-space-between-katakana', true, 'join katakana words with ・ (キム・ジョンウン)', spacing),
  ];
  if (register === 'headline') {
    // Headlines and questions may ask (？); they are phrases, so no sentence rules.
    return [...everywhere, jaRule('no-exclamation-question-mark', { allowFullWidthQuestion: true, allowFullWidthExclamation: false }, 'a headline may ask with the full-width ？ (not ?), and does not exclaim')];
  }
  return [
    ...everywhere,
    // News sentences run longer than manuals' (the preset's 100); past 120 characters a reader loses the thread.
    jaRule('sentence-length', { max: 120 }, 'split the sentence in two'),
    jaRule('max-ten', { max: 4 }, 'split the sentence, or drop a 、'),
    // 8, not 6: news writes 抗日戦争勝利 and 国交樹立 as they are.
    jaRule('max-kanji-continuous-len', { max: 8 }, 'break the run of kanji with kana, e.g. 〜の〜'),
    jaRule('no-doubled-conjunction', true, 'vary the conjunction, or join the two sentences'),
    jaRule('no-doubled-conjunctive-particle-ga', true, 'one が (but) per sentence: split it'),
    jaRule('no-double-negative-ja', true, 'say it positively'),
    // は and が: a news sentence with a clause inside it has two, rightly (その重みは同じではありません,
    // 優先度が高くないことがうかがえる); a doubled を, に, で, と … is a slip.
    jaRule('no-doubled-joshi', { min_interval: 1, allow: ['は', 'が'] }, REPHRASE),
    jaRule('no-dropping-the-ra', true, 'write the ら (見られる, not 見れる)'),
    jaRule('ja-no-abusage', true, 'a common misuse: use the suggested word'),
    // Except 〜を行う (dict5): news says 会談を行う, 軍事支援を行う for official acts; 〜する reads casual there.
    jaRule('ja-no-redundant-expression', { dictOptions: { dict5: { disabled: true } } }, 'say it shorter'),
    jaRule('ja-no-mixed-period', { periodMark: '。', allowPeriodMarks: ['？'] }, 'end the sentence with 。'),
    jaRule('no-exclamation-question-mark', true, 'no ！ or ？ in the editors\' sentences (a question is a heading or a Q&A)'),
    // The body (lead, openers, sections, commentary, Q&A answers, known/unknown, views) is です・ます;
    // the points (key points, source cards, timeline) are だ・である. Lists in the body may be
    // either, as long as one list keeps one.
    jaRule(
      'no-mix-dearu-desumasu',
      register === 'points'
        ? { preferInHeader: '', preferInBody: 'である', preferInList: 'である', strict: false }
        : { preferInHeader: '', preferInBody: 'ですます', preferInList: '', strict: false },
      register === 'points' ? 'points are written in だ・である (〜した。〜だ。)' : 'the editors\' text is written in です・ます',
    ),
  ];
}

function english(register: Register): HouseRule[] {
  const rule = (id: string, module: TextlintRuleModule, options: Record<string, unknown> | true, hint: string): HouseRule => ({
    id: `en/${id}`,
    rule: moduleInterop(module),
    options,
    strict: false,
    hint,
  });
  const everywhere = [
    rule('common-misspellings', commonMisspellings, true, 'fix the spelling'),
    // write-good, for news: the passive is often right (who acted may be unknown); "many" and
    // "several" are facts here, not weasel words; its wordy list flags the words of treaties
    // ("assistance") and "it is", and "There is no firm answer" is plain English. Repeated words
    // (a slip), clichés and a sentence opening with "So" stay.
    rule('write-good', writeGood, { passive: false, weasel: false, adverb: false, eprime: false, tooWordy: false, thereIs: false, illusion: true, so: true, cliches: true }, REPHRASE),
  ];
  if (register === 'headline') return everywhere;
  return [
    ...everywhere,
    rule('en-max-word-count', enMaxWordCount, { max: 40 }, 'split the sentence: over 40 words is hard to follow'),
  ];
}
