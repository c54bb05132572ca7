'use client';

// Shown when a page cannot be made (usually because the API is not answering).
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="two-thirds">
      <h1 className="heading-xl">Sorry, there is a problem with the service</h1>
      <p>Please try again in a few minutes. Nothing you entered has been lost from your account.</p>
      <p>
        <button className="button button--secondary" type="button" onClick={reset}>
          Try again
        </button>
      </p>
      <p>
        <a href="/">Go to the start</a>
      </p>
    </div>
  );
}
