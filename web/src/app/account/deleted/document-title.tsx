'use client';
import { useEffect } from 'react';

/** Sets the document's title once drawn, in case Next's metadata did not (see page.tsx). */
export function DocumentTitle({ title }: { title: string }) {
  useEffect(() => {
    if (document.title !== title) document.title = title;
  }, [title]);
  return null;
}
