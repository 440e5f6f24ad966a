// A story marked `status: developing` is still unfolding: it owes its readers a plain list of what
// is not known yet, so that an open question is not read as settled.
import type { ContentIssue } from '../types';
import type { ContentValidator } from './corpus';

export const developingHasUnknown: ContentValidator = ({ folders }) => {
  const issues: ContentIssue[] = [];
  for (const folder of folders) {
    for (const file of folder.files.values()) {
      if (file.frontMatter?.status !== 'developing') continue;
      const hasUnknown = file.pages.some((page) => page.sections.some((section) => section.blocks.some((block) => block.type === 'unknown')));
      if (hasUnknown) continue;
      issues.push({
        path: file.path,
        ...file.locate(['status']),
        severity: 'warning',
        message: 'the explainer is marked developing but has no :::unknown block',
        hint: 'say what is not known yet in a :::unknown block, or delete "status: developing" once the story has settled',
      });
    }
  }
  return issues;
};
