// Checks that look at more than one file at a time: translations against their original, topics
// against content/topics.yaml, images and sources across a file. Listed in checks/index.ts.
import { defaultLocale, locales } from '@/i18n/locales';
import { PLACEHOLDER_TOPIC, TOPICS_FILE } from '../config';
import { START } from './issues';
import { languageName } from './language-name';
import type { ContentValidator } from './corpus';
import { closestName } from './suggest';
import type { ContentIssue } from '../types';

/** A translation has as many pages as the original, so page N is the same page in every language. */
export const translationPageCounts: ContentValidator = ({ folders }) => {
  const issues: ContentIssue[] = [];
  for (const folder of folders) {
    const original = folder.files.get(defaultLocale);
    if (!original || original.pages.length === 0) continue;
    for (const [locale, file] of folder.files) {
      if (locale === defaultLocale || file.pages.length === 0 || file.pages.length === original.pages.length) continue;
      // Point at the first page too many, or at the last page when pages are missing.
      const at = file.pageStarts[Math.min(original.pages.length, file.pages.length - 1)] ?? START;
      issues.push({
        path: file.path,
        ...at,
        severity: 'error',
        message: `${locale}.md has ${file.pages.length} pages but ${defaultLocale}.md has ${original.pages.length}`,
        hint: `a translation has the same pages as ${defaultLocale}.md: add or remove ::page lines so that they match`,
      });
    }
  }
  return issues;
};

/** Published explainers without a translation into every other locale. */
export const missingTranslations: ContentValidator = ({ folders }) => {
  const issues: ContentIssue[] = [];
  for (const folder of folders) {
    const original = folder.files.get(defaultLocale);
    if (!original?.frontMatter || original.frontMatter.draft) continue;
    for (const locale of locales) {
      if (locale === defaultLocale || folder.files.has(locale)) continue;
      issues.push({
        path: original.path,
        ...START,
        severity: 'warning',
        message: `no ${languageName(locale)} translation (${locale}.md) yet`,
        hint: `add ${locale}.md with the same pages to publish this explainer in ${languageName(locale)} too`,
      });
    }
  }
  return issues;
};

/** A published translation of a draft original goes online alone, which is rarely meant. */
export const translationOfDraft: ContentValidator = ({ folders }) => {
  const issues: ContentIssue[] = [];
  for (const folder of folders) {
    const original = folder.files.get(defaultLocale);
    if (!original?.frontMatter?.draft) continue;
    for (const [locale, file] of folder.files) {
      if (locale === defaultLocale || !file.frontMatter || file.frontMatter.draft) continue;
      issues.push({
        path: file.path,
        ...file.locate(['draft']),
        severity: 'warning',
        message: `${locale}.md is published but ${defaultLocale}.md is a draft`,
        hint: `set draft: true here as well, or publish ${defaultLocale}.md`,
      });
    }
  }
  return issues;
};

export const unusedImages: ContentValidator = ({ folders }) => {
  const issues: ContentIssue[] = [];
  for (const folder of folders) {
    for (const [name, image] of folder.images) {
      if ([...folder.files.values()].some((file) => file.usedImages.has(name))) continue;
      issues.push({
        path: image.path,
        ...START,
        severity: 'warning',
        message: 'this image is not used by any source card',
        hint: `show it with image="images/${name}" on a :::source block, or delete the file`,
      });
    }
  }
  return issues;
};

/**
 * Every topic an explainer lists is defined in content/topics.yaml, so that it has a name in every
 * locale and a page. The scaffold's placeholder topic is accepted in drafts only.
 */
export const topicReferences: ContentValidator = ({ folders, topics }) => {
  const issues: ContentIssue[] = [];
  const known = topics ? [...topics.topics.keys()] : [];
  for (const folder of folders) {
    for (const file of folder.files.values()) {
      const frontMatter = file.frontMatter;
      if (!frontMatter) continue;
      frontMatter.topics.forEach((topic, index) => {
        const at = file.locate(['topics', index]);
        if (topic === PLACEHOLDER_TOPIC) {
          if (frontMatter.draft) return;
          issues.push({
            path: file.path,
            ...at,
            severity: 'error',
            message: `"${PLACEHOLDER_TOPIC}" is a placeholder, not a topic`,
            hint: known.length > 0 ? `replace it with topics from content/${TOPICS_FILE}: ${known.join(', ')}` : `replace it with real topics, defined in content/${TOPICS_FILE}`,
          });
          return;
        }
        // A topic written in the file with a mistake is reported there, not again for each explainer.
        if (!topics || topics.declared.has(topic)) return;
        const suggestion = closestName(topic, known);
        issues.push({
          path: file.path,
          ...at,
          severity: 'error',
          message: `unknown topic "${topic}"`,
          hint: suggestion
            ? `did you mean ${suggestion}? The topics are defined in content/${TOPICS_FILE}`
            : `add it to content/${TOPICS_FILE} with its name in every language${known.length > 0 ? `, or use one of: ${known.join(', ')}` : ''}`,
        });
      });
    }
  }
  return issues;
};

/** A topic no explainer lists (drafts count) has nothing to show on its page. */
export const unusedTopics: ContentValidator = ({ folders, topics }) => {
  if (!topics) return [];
  const used = new Set(folders.flatMap((folder) => [...folder.files.values()].flatMap((file) => file.frontMatter?.topics ?? [])));
  // While an explainer's front matter has errors its topics are unknown; do not call them unused.
  const unreadable = folders.some((folder) => [...folder.files.values()].some((file) => !file.frontMatter));
  if (unreadable) return [];
  return [...topics.topics.values()]
    .filter((topic) => !used.has(topic.slug))
    .map((topic) => ({
      path: topics.path,
      ...topic.at,
      severity: 'warning' as const,
      message: `topic "${topic.slug}" is not used by any explainer`,
      hint: 'list it in an explainer\'s topics:, or delete it from the file',
    }));
};

/**
 * Topic pages list each edition's explainers by the topics of its own file; a translation that lists
 * other topics than the original shows up under different topics in each language.
 */
export const translationTopics: ContentValidator = ({ folders }) => {
  const issues: ContentIssue[] = [];
  for (const folder of folders) {
    const original = folder.files.get(defaultLocale)?.frontMatter;
    if (!original) continue;
    const expected = [...original.topics].sort().join(', ');
    for (const [locale, file] of folder.files) {
      if (locale === defaultLocale || !file.frontMatter) continue;
      if ([...file.frontMatter.topics].sort().join(', ') === expected) continue;
      issues.push({
        path: file.path,
        ...file.locate(['topics']),
        severity: 'warning',
        message: `the topics differ from those of ${defaultLocale}.md (${original.topics.join(', ')})`,
        hint: `list the same topics as ${defaultLocale}.md; topic names are not translated`,
      });
    }
  }
  return issues;
};

/** Two source cards of one file citing the same address: usually a copy-paste slip. */
export const duplicateSources: ContentValidator = ({ folders }) => {
  const issues: ContentIssue[] = [];
  for (const folder of folders) {
    for (const file of folder.files.values()) {
      const first = new Map<string, number>();
      for (const { url, at } of file.sourceLinks) {
        const key = sameAddressKey(url);
        const line = first.get(key);
        if (line === undefined) {
          first.set(key, at.line);
          continue;
        }
        issues.push({
          path: file.path,
          ...at,
          severity: 'warning',
          message: `this source card cites the same address as the card on line ${line}: ${url}`,
          hint: 'check that the address is the right article; if it is, put all its points on one card',
        });
      }
    }
  }
  return issues;
};

/** Addresses that lead to the same article: the fragment and a trailing slash do not matter. */
function sameAddressKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href.replace(/\/$/, '');
  } catch {
    return url;
  }
}
