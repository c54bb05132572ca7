import { toggleCompareAction } from './compare-actions';

export function CompareButton({ offeringId, title, selected, full, back }: { offeringId: string; title: string; selected: boolean; full: boolean; back: string }) {
  if (full && !selected) {
    return <p className="hint">You can compare up to 4. Remove one to add this.</p>;
  }
  return (
    <form action={toggleCompareAction} className="inline-form">
      <input type="hidden" name="offeringId" value={offeringId} />
      <input type="hidden" name="back" value={back} />
      {/* aria-label starts with the visible words (WCAG 2.5.3) and names the offering, for a list of many buttons. */}
      <button className="button button--secondary button--small" type="submit" aria-label={`${selected ? 'Remove from compare' : 'Add to compare'}: ${title}`}>
        {selected ? 'Remove from compare' : 'Add to compare'}
      </button>
    </form>
  );
}
