import type { Metadata } from 'next';
import type { Explainer, ExplainerPage } from '@/lib/content/types';

// Per-page <head> metadata. Kept in one place so every route describes itself the same way.

export function explainerPageMetadata(explainer: Explainer, page: ExplainerPage): Metadata {
  const title = page.number === 1 ? explainer.title : `${page.title} | ${explainer.title}`;
  return { title, description: page.number === 1 ? explainer.lead : page.teaser };
}

export function explainerAllMetadata(explainer: Explainer): Metadata {
  return { title: explainer.title, description: explainer.lead };
}
