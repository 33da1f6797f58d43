import { useId } from 'react';

export type ScaleOption = { value: number; label: string };

/**
 * One question as a row of large radio "chips" (a fieldset with a legend): one tap on a
 * phone, arrow keys on a keyboard. `null` means not answered.
 */
export function ScalePicker({
  legend,
  hint,
  options,
  value,
  onChange,
  name,
}: {
  legend: string;
  hint?: string | undefined;
  options: ScaleOption[];
  value: number | null;
  onChange: (value: number) => void;
  name?: string;
}) {
  const id = useId();
  return (
    <fieldset className="scale" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <div className="scale-options">
        {options.map((option) => (
          <label key={option.value} className="scale-option">
            <input
              type="radio"
              name={name ?? id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** 0, 1, …, `max` labelled with their numbers. */
export function numberOptions(from: number, to: number): ScaleOption[] {
  return Array.from({ length: to - from + 1 }, (_, index) => ({
    value: from + index,
    label: String(from + index),
  }));
}
