// Under the portal's waiting requests. The portal lists only the newest few; when more are waiting it says so and
// links to every one of them, so no request drops out of sight unnoticed.
export function RequestsFooter({ shown, more }: { shown: number; more: boolean }) {
  if (!more) {
    return (
      <p>
        <a href="/provider/bookings">See all bookings</a>
      </p>
    );
  }
  return (
    <p>
      More requests are waiting than the {shown} newest shown here. <a href="/provider/bookings?status=REQUESTED">See every request waiting for your answer</a> or <a href="/provider/bookings">all bookings</a>.
    </p>
  );
}
