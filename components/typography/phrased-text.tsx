import { Fragment } from 'react';
import { toPhrases } from '@/lib/site/phrases';

/**
 * Text whose lines may break only between BudouX phrases: each boundary gets a <wbr>, and the
 * element using it sets `word-break: keep-all` (the `.phrased` class), so browsers without
 * `word-break: auto-phrase` still break headings at natural points.
 */
export function PhrasedText({ text }: { text: string }) {
  const phrases = toPhrases(text);
  return (
    <>
      {phrases.map((phrase, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {phrase}
        </Fragment>
      ))}
    </>
  );
}
