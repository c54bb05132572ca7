import { toggleShortlistAction } from './shortlist-actions';

// Save an offering for later (or take it off the list). A plain form: works without JavaScript.
export function ShortlistButton({ offeringId, title, saved, full, back }: { offeringId: string; title: string; saved: boolean; full: boolean; back: string }) {
  if (full && !saved) return null;
  return (
    <form action={toggleShortlistAction} className="inline-form">
      <input type="hidden" name="offeringId" value={offeringId} />
      <input type="hidden" name="back" value={back} />
      <button className="link-button" type="submit" aria-label={`${saved ? 'Remove from shortlist' : 'Save to shortlist'}: ${title}`}>
        {saved ? 'Remove from shortlist' : 'Save to shortlist'}
      </button>
    </form>
  );
}
