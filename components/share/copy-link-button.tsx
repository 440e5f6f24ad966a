'use client';

import { useState } from 'react';
import { useHydrated } from '@/components/hooks/use-hydrated';

export interface CopyLinkLabels {
  copy: string;
  copied: string;
  failed: string;
}

type Status = 'idle' | 'copied' | 'failed';

/**
 * "Copy link" for the share list: the only part of sharing that needs a script. Rendered only
 * once hydrated, so that without JavaScript there is no button
 * that does nothing; the share links around it are plain links either way.
 */
export function CopyLinkButton({ url, labels }: { url: string; labels: CopyLinkLabels }) {
  const scripted = useHydrated();
  const [status, setStatus] = useState<Status>('idle');
  if (!scripted) return null;

  async function copy() {
    try {
      // Undefined outside secure contexts (plain http other than localhost): reported as a failure.
      await navigator.clipboard.writeText(url);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <li className="share__copy">
      <button type="button" className="share__link" onClick={copy}>
        {labels.copy}
      </button>
      <span role="status" className="share__status">
        {status === 'copied' ? labels.copied : status === 'failed' ? labels.failed : ''}
      </span>
    </li>
  );
}
