import type { ReactNode } from 'react';

// A labelled control with hint and error, wired with aria-describedby. Server or client.
export function Field({ id, label, hint, error, children, wide }: { id: string; label: ReactNode; hint?: ReactNode; error?: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}${wide ? ' form-group--wide' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">Error:</span> {error}
        </p>
      )}
      {children}
    </div>
  );
}

/** aria-describedby for a control with optional hint and error. */
export const describedBy = (id: string, hint?: unknown, error?: unknown): string | undefined =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
