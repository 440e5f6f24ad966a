import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SiteLink } from '@/components/site/site-link';
import { notFound } from 'next/navigation';
import { ExplainerList } from '@/components/site/explainer-list';
import { PageShell } from '@/components/site/page-shell';
import { isLocale } from '@/i18n/locales';
import { listExplainersByTopic, listTopics } from '@/lib/content';
import { routeAlternate } from '@/lib/site/alternate';
import { topicMetadata } from '@/lib/seo/metadata';
import { topicPath, topicsPath } from '@/lib/site/paths';

export const dynamicParams = false;

// The same topics for every locale (lib/content/query/topics.ts, topicsWithPages): a locale returning []
// here while another returns topics would drop the whole route (vercel/next.js#95166).
export async function generateStaticParams({ params }: { params: { locale: string } }) {
  if (!isLocale(params.locale)) return [];
  return listTopics(params.locale).map((topic) => ({ topic: topic.slug }));
}

async function load(params: PageProps<'/[locale]/topics/[topic]'>['params']) {
  const { locale, topic: slug } = await params;
  if (!isLocale(locale)) return undefined;
  return listTopics(locale).find((topic) => topic.slug === slug);
}

export async function generateMetadata({ params }: PageProps<'/[locale]/topics/[topic]'>): Promise<Metadata> {
  const topic = await load(params);
  return topic ? topicMetadata(topic) : {};
}

/** The explainers a reader of this edition finds under one topic, newest first. */
export default async function TopicPage({ params }: PageProps<'/[locale]/topics/[topic]'>) {
  const topic = await load(params);
  if (!topic) notFound();
  const { locale } = topic;
  const t = await getTranslations('Topics');
  const explainers = listExplainersByTopic(locale, topic.slug);
  return (
    <PageShell alternate={routeAlternate(locale, (other) => topicPath(other, topic.slug))}>
      <p className="topic-breadcrumb">
        <SiteLink href={topicsPath(locale)}>{t('all')}</SiteLink>
      </p>
      <h1 className="home-heading">{t('topicTitle', { name: topic.name })}</h1>
      {topic.description && <p className="topics-intro">{topic.description}</p>}
      <ExplainerList explainers={explainers} readerLocale={locale} emptyText={t('empty')} />
    </PageShell>
  );
}
