// A hash or seed: monospace, breakable anywhere, selectable in one click.
export function HashValue({ value, label }: { value: string; label?: string }) {
  return (
    <code className="ch-hash" aria-label={label} title={value}>
      {value}
    </code>
  );
}
