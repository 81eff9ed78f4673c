import { Badge } from '../../components/Badge';

const capitalized = (flag: string) => flag.charAt(0).toUpperCase() + flag.slice(1);

/** A segment's fairness flags ("May act as a proxy for age band"), or nothing when it has none. */
export function FairnessFlagBadges({ flags }: { flags: readonly string[] }) {
  if (flags.length === 0) return null;
  return (
    <span className="flex flex-wrap gap-1">
      {flags.map((flag) => (
        <Badge key={flag} tone="red">
          {capitalized(flag)}
        </Badge>
      ))}
    </span>
  );
}
