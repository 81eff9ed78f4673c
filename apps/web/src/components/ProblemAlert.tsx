import { ApiError } from '../api/errors';
import { cn } from './cn';

interface ProblemAlertProps {
  error: unknown;
  /** Field errors already shown next to their inputs; the alert lists only the others. */
  inlineFields?: readonly string[];
  className?: string;
}

/** Shows what went wrong with a request: the problem's detail, plus field errors not shown inline. */
export function ProblemAlert({ error, inlineFields = [], className }: ProblemAlertProps) {
  if (!error) return null;
  const problem = ApiError.from(error);
  const others = problem.fieldErrors.filter((e) => !inlineFields.includes(e.field));
  const inlineCount = problem.fieldErrors.length - others.length;
  return (
    <div role="alert" className={cn('rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-900', className)}>
      <p className="font-semibold">{problem.title}</p>
      {problem.detail !== problem.title && <p className="mt-0.5">{problem.detail}</p>}
      {others.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {others.map((e) => (
            <li key={`${e.field}:${e.message}`}>
              <span className="font-medium">{e.field}</span> {e.message}
            </li>
          ))}
        </ul>
      )}
      {inlineCount > 0 && <p className="mt-1 text-red-800">Check the highlighted {inlineCount === 1 ? 'field' : 'fields'}.</p>}
    </div>
  );
}
