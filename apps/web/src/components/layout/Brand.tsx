import { Link } from 'react-router-dom';
import { cn, focusRing } from '../cn';

export function Brand() {
  return (
    <Link to="/" className={cn('flex items-center gap-2 rounded-md text-lg font-semibold tracking-tight text-slate-900', focusRing)}>
      <img src="/favicon.svg" alt="" className="size-7" />
      AdFlux
    </Link>
  );
}
