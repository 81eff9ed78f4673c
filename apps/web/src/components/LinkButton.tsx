import { Link, type LinkProps } from 'react-router-dom';
import { cn, focusRing } from './cn';

type Variant = 'primary' | 'secondary';

/** A link that looks like a Button: navigation ("New job", "Edit") stays a link for the browser and screen readers. */
export const linkButtonClass = (variant: Variant) =>
  cn(
    'inline-flex items-center rounded-md px-3.5 py-2 text-sm font-semibold shadow-sm',
    variant === 'primary'
      ? 'bg-indigo-600 text-white hover:bg-indigo-500'
      : 'bg-white text-slate-800 ring-1 ring-slate-300 ring-inset hover:bg-slate-50',
    focusRing,
  );

export function LinkButton({ variant = 'secondary', className, ...props }: LinkProps & { variant?: Variant }) {
  return <Link className={cn(linkButtonClass(variant), className)} {...props} />;
}
