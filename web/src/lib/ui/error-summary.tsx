'use client';
import { useEffect, useRef } from 'react';
import type { FieldError } from '../form-state';

// GOV.UK-style error summary: takes focus when it appears (after each failed submission), each message links to
// its field. Without JavaScript, autoFocus in the server-rendered HTML does the same.
export function ErrorSummary({ errors, attempt }: { errors: FieldError[]; attempt?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length) ref.current?.focus();
  }, [errors.length, attempt]);
  if (!errors.length) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title" tabIndex={-1} ref={ref} autoFocus>
      <h2 className="error-summary__title" id="error-summary-title">
        There is a problem
      </h2>
      <ul className="error-summary__list">
        {errors.map((e) => (
          <li key={`${e.field}:${e.message}`}>
            <a href={`#${e.field}`}>{e.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
