import { askQuestionAction } from './message-actions';

// "Ask a question": a person writes to the provider through the market; neither side sees the other's email or
// phone. Plain text only.
export function AskQuestion({ offeringId, providerName }: { offeringId: string; providerName: string }) {
  return (
    <form action={askQuestionAction} className="form" id="ask">
      <input type="hidden" name="offeringId" value={offeringId} />
      <div className="form-group">
        <label className="label" htmlFor="question">
          Ask {providerName} a question
        </label>
        <p className="hint" id="question-hint">
          They answer in your messages. They will see your name, not your email address or phone number.
        </p>
        <textarea className="textarea" id="question" name="body" rows={4} maxLength={5000} required aria-describedby="question-hint" />
      </div>
      <button className="button" type="submit">
        Send question
      </button>
    </form>
  );
}
