'use client';
import { useEffect, useRef } from 'react';
import { toggleCompareAction } from './compare-actions';

// The offering whose button was just pressed: after the action redirects back, the page re-renders and focus would
// drop to the top, so that button takes it back. Written only in a browser event handler, never on the server.
let pressed: string | null = null;

export function CompareButton({ offeringId, title, selected, full, back }: { offeringId: string; title: string; selected: boolean; full: boolean; back: string }) {
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (pressed !== offeringId) return;
    pressed = null;
    // After the router's own scroll-and-focus handling for the navigation.
    const t = setTimeout(() => ref.current?.focus(), 0);
    return () => clearTimeout(t);
  }, [selected, offeringId]);
  if (full && !selected) {
    return <p className="hint">You can compare up to 4. Remove one to add this.</p>;
  }
  return (
    <form action={toggleCompareAction} className="inline-form" onSubmit={() => (pressed = offeringId)}>
      <input type="hidden" name="offeringId" value={offeringId} />
      {/* Without JavaScript the page reloads at this result, so the keyboard carries on from here. */}
      <input type="hidden" name="back" value={`${back}#result-${offeringId}`} />
      {/* aria-label starts with the visible words (WCAG 2.5.3) and names the offering, for a list of many buttons. */}
      <button ref={ref} id={`compare-${offeringId}`} className="button button--secondary button--small" type="submit" aria-label={`${selected ? 'Remove from compare' : 'Add to compare'}: ${title}`}>
        {selected ? 'Remove from compare' : 'Add to compare'}
      </button>
    </form>
  );
}
