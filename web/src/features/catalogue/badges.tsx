// Badges carry words, not just colour, so they read the same to everyone.
export function Badges({ verified, peerLed, kind }: { verified: boolean; peerLed: boolean; kind: string }) {
  const userLed = kind === 'USER_LED_ORGANISATION';
  if (!verified && !peerLed && !userLed) return null;
  return (
    <ul className="badges" aria-label="About this provider">
      {verified && (
        <li className="badge badge--verified" title="We have checked the evidence they must hold for what they offer (see What we checked on their page)">
          Checked provider
        </li>
      )}
      {peerLed && (
        <li className="badge badge--peer" title="Run by people with lived experience">
          Peer-led
        </li>
      )}
      {userLed && (
        <li className="badge badge--user-led" title="Run by the people who use it">
          User-led
        </li>
      )}
    </ul>
  );
}
