import type { Capability } from '../../app/permissions';
import type { IconName } from '../icons';

/** One entry of the main navigation; `requires` hides it from roles without that capability. */
export interface NavItem {
  to: string;
  label: string;
  icon: IconName;
  requires?: Capability;
}
