import type { ButtonHTMLAttributes } from "react";

export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";

const VARIANTS: Record<ButtonVariant, string> = {
  primary: "border-brand bg-brand text-white hover:bg-brand-dark",
  secondary: "border-stone-300 bg-white text-stone-900 hover:bg-stone-100",
  danger: "border-red-700 bg-white text-red-800 hover:bg-red-50",
  ghost: "border-transparent bg-transparent text-brand hover:bg-red-50",
};

/** Classes of a button, also for links styled as buttons. */
export function buttonClass(variant: ButtonVariant = "primary", extra = ""): string {
  return [
    "inline-flex min-h-11 items-center justify-center gap-2 rounded border px-4 py-2 text-sm font-semibold",
    "disabled:cursor-not-allowed disabled:opacity-60",
    VARIANTS[variant],
    extra,
  ].join(" ");
}

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; pending?: boolean };

/** A 44 px high button (a finger's width on a phone); `pending` disables it while the form is sent. */
export function Button({ variant = "primary", pending = false, className = "", type = "submit", disabled, children, ...rest }: ButtonProps) {
  return (
    <button type={type} className={buttonClass(variant, className)} disabled={disabled || pending} aria-busy={pending || undefined} {...rest}>
      {children}
    </button>
  );
}
