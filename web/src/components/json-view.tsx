// Shows JSON (a provider's answer, a webhook payload) readably; text that is not JSON is shown as it is.
export function JsonView({ value, label }: { value: unknown; label: string }) {
  let text: string;
  if (typeof value === 'string') {
    try {
      text = JSON.stringify(JSON.parse(value), null, 2);
    } catch {
      text = value;
    }
  } else {
    text = JSON.stringify(value, null, 2) ?? '';
  }
  return (
    <pre className="json" tabIndex={0} aria-label={label}>
      {text}
    </pre>
  );
}
