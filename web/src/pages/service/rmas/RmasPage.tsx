import { useCustomers } from '../../../api/sales';
import { RMAS_PATH } from '../servicePaths';
import { RmaList } from './RmaList';

/** Every customer's RMAs, newest first: approve them, follow them through the depot. */
export function RmasPage() {
  const customers = useCustomers();
  return (
    <RmaList
      title="RMAs"
      description="Return requests from customers: approve them, follow the machines through the depot and ship them back within the SLA."
      basePath={RMAS_PATH}
      customers={customers.data?.items ?? []}
    />
  );
}
