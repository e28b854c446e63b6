import { MY_RMAS_PATH } from '../servicePaths';
import { RmaList } from './RmaList';

/** A customer user's own RMAs (the server returns only theirs). */
export function MyRmasPage() {
  return (
    <RmaList
      title="My RMAs"
      description="Machines you send back for repair. Open an RMA for one machine or upload a list; each site gets its own."
      basePath={MY_RMAS_PATH}
      customers={null}
    />
  );
}
