/**
 * One radio option as a card: the label names the option, a hint (if any) is
 * described, not part of the name, so 近零碳园区 reads as 近零碳园区.
 */
interface Props {
  name: string;
  value: string;
  checked: boolean;
  label: string;
  hint?: string | null;
  onSelect: () => void;
}

/** Ids from record ids: letters, digits and - only. */
export function domId(...parts: string[]): string {
  return parts.join('-').replace(/[^a-zA-Z0-9-]+/g, '-');
}

export function Radio({ name, value, checked, label, hint, onSelect }: Props) {
  const id = domId(name, value);
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div class="check-radio">
      <input
        id={id}
        type="radio"
        name={name}
        value={value}
        checked={checked}
        onChange={onSelect}
        aria-describedby={hintId}
      />
      <label for={id}>{label}</label>
      {hint ? (
        <span id={hintId} class="check-radio__hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
