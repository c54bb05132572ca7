export default function NotFound() {
  return (
    <div className="two-thirds">
      <h1 className="heading-xl">Page not found</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>
        You can <a href="/">search for support</a>.
      </p>
    </div>
  );
}
