import { clearCompareAction } from './compare-actions';
import { compareHref } from './compare-table';

// The offerings picked for comparison, with the shareable link. Server-rendered: no JavaScript needed.
export function CompareTray({ ids, back, near = '' }: { ids: string[]; back: string; near?: string }) {
  if (!ids.length) return null;
  return (
    <aside className="compare-tray" aria-labelledby="compare-tray-title">
      <h2 className="compare-tray__title" id="compare-tray-title">
        Compare ({ids.length} of 4 picked)
      </h2>
      {ids.length < 2 ? (
        <p className="compare-tray__text">Pick at least one more to compare them side by side.</p>
      ) : (
        <a className="button compare-tray__link" href={compareHref(ids, near)}>
          Compare {ids.length} side by side
        </a>
      )}
      <form action={clearCompareAction} className="inline-form">
        <input type="hidden" name="back" value={back} />
        <button className="link-button" type="submit">
          Clear
        </button>
      </form>
    </aside>
  );
}
