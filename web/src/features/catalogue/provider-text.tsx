// Text written by providers, shown as text: paragraphs split on blank lines and line breaks kept by CSS. Never
// dangerouslySetInnerHTML: "<b>" in a description shows as those characters.
export function ProviderText({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (!paragraphs.length) return <p className="secondary">No description given.</p>;
  return (
    <div className="provider-text">
      {paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  );
}
