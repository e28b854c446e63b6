import { useMinerModels } from '../../../api/catalog';
import { useWorkOrders } from '../../../api/production';

/** A work order from the board, and the miner model it builds (board count, chip, chips). */
export function useWorkOrderModel(number: string | null) {
  const orders = useWorkOrders(null);
  const models = useMinerModels();
  const order = number ? orders.data?.find((o) => o.number === number) : undefined;
  const model = order ? models.data?.items.find((m) => m.name === order.modelName) : undefined;
  return { order, model };
}
