// What the deliveries screen says about a delivery beyond its own fields, asked of the module that owns it.
import type { Delivery } from '../../api/types';
import { useActiveModules } from '../../modules/active';

export interface DeliveryLabels {
  /** The page of the record the delivery is about, if its module has one. */
  subjectPath(delivery: Delivery): string | undefined;
  /** A name for the delivery's target (a list's name for its id), or undefined to show the target as it is. */
  targetName(delivery: Delivery): string | undefined;
}

export function useDeliveryLabels(): DeliveryLabels {
  const modules = useActiveModules();
  // The active modules do not change while signed in, so each module's hook is called on every render, in order.
  const names = new Map(modules.flatMap((m) => (m.deliveries?.useTargetNames ? [[m.name, m.deliveries.useTargetNames()] as const] : [])));
  const owner = (d: Delivery) => modules.find((m) => m.name === d.module)?.deliveries;
  return {
    subjectPath: (d) => owner(d)?.subjectPath?.(d),
    targetName: (d) => names.get(d.module)?.(d.target),
  };
}
