/**
 * Applies property decorators the way `@a @b prop` would (the last listed runs first). The
 * connection DTOs declare one property per registered platform or field this way, so a new
 * platform needs no DTO edit.
 */
export function declareProperty(target: object, property: string, ...decorators: PropertyDecorator[]): void {
  for (const decorator of [...decorators].reverse()) decorator(target, property);
}
