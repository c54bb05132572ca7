// Messages after a redirect (?done=... or ?error=CODE): a green confirmation or a calm explanation. Server-rendered.
import { messageFor } from '../api-errors';

export function Notice({ done, error, messages }: { done?: string; error?: string; messages?: Record<string, string> }) {
  if (error) {
    return (
      <div className="notice notice--error" role="alert">
        <h2 className="notice__title">Sorry, that did not work</h2>
        <p className="notice__text">{messageFor(error)}</p>
      </div>
    );
  }
  const text = done ? messages?.[done] : undefined;
  if (!text) return null;
  return (
    <div className="notice notice--success" role="status">
      <p className="notice__text">{text}</p>
    </div>
  );
}
