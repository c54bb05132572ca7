import { pauseOfferingAction, publishOfferingAction } from './provider-actions';

// Publish a draft or paused listing, or pause a published one (the moves the API allows from each status).
export function OfferingStatusButtons({ offeringId, status }: { offeringId: string; status: string }) {
  return (
    <>
      {(status === 'DRAFT' || status === 'PAUSED') && (
        <form action={publishOfferingAction} className="inline-form">
          <input type="hidden" name="offeringId" value={offeringId} />
          <button className="button" type="submit">
            Publish
          </button>
        </form>
      )}
      {status === 'PUBLISHED' && (
        <form action={pauseOfferingAction} className="inline-form">
          <input type="hidden" name="offeringId" value={offeringId} />
          <button className="button button--secondary" type="submit">
            Pause
          </button>
        </form>
      )}
    </>
  );
}
