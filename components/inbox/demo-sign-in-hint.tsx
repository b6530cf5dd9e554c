/**
 * In the demo only, and only to a browser on the same machine: the demo caseworker's email,
 * password and current authenticator code, so a newcomer can try the inbox without an app.
 * Reload the page for a new code; each code works once.
 */
type Props = { hint: { email: string; password: string; code: string } | undefined };

export function DemoSignInHint({ hint }: Props) {
  if (!hint) return null;
  return (
    <div className="inset" role="note" aria-label="Demo sign-in">
      <p>
        <strong>Demo:</strong> sign in as <code>{hint.email}</code> with the password <code>{hint.password}</code>. Its
        authenticator code now is <code data-testid="demo-code">{hint.code}</code> (it changes every 30 seconds; reload for
        the current one). A live service never shows this.
      </p>
    </div>
  );
}
