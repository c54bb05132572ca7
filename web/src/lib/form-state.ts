// The state a Server Action hands back to its form: field errors (linked from the error summary) and the values
// typed, so nothing is lost when something needs fixing. Works with and without JavaScript (useActionState).
export interface FieldError {
  /** The id of the control the message is about. */
  field: string;
  message: string;
}

export interface FormState {
  errors: FieldError[];
  values: Record<string, string>;
  /** Bumped on every submission so the error summary takes focus again. */
  attempt: number;
  /** A two-step form's answers are shown back to check before they are sent for real. */
  review?: boolean;
}

export const INITIAL_FORM_STATE: FormState = { errors: [], values: {}, attempt: 0 };

export function formValues(form: FormData, skip: string[] = ['password']): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of form.entries()) {
    if (typeof v !== 'string' || k.startsWith('$ACTION') || skip.includes(k)) continue;
    values[k] = values[k] ? `${values[k]},${v}` : v;
  }
  return values;
}

export const text = (form: FormData, name: string, max = 2000): string => String(form.get(name) ?? '').trim().slice(0, max);

export const errorFor = (state: FormState, field: string) => state.errors.find((e) => e.field === field)?.message;
