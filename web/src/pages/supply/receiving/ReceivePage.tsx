import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, Skeleton, Stack, Title } from '@mantine/core';
import { IconPackageImport } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { usePostReceipt, usePurchaseOrder } from '../../../api/supply';
import type { PurchaseOrder } from '../../../api/supplyTypes';
import { useHasAnyRole } from '../../../auth/useHasAnyRole';
import { BackLink } from '../../../components/BackLink';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { fieldNameOf, splitFieldErrors } from '../../../lib/fieldErrors';
import { todayIso } from '../../../lib/isoDates';
import { listFieldErrors } from '../../../lib/listErrors';
import { purchaseOrderPath } from '../supplyPaths';
import { isReceivable, PO_STATUS_LABELS, RECEIVERS } from '../supplyLabels';
import {
  EMPTY_LINE,
  emptyReceiptDraft,
  needsEntry,
  RECEIPT_FIELDS,
  receiptInputOf,
  type ReceiptDraft,
} from './receiptDraft';
import { ReceiptHeaderFields } from './ReceiptHeaderFields';
import { ReceiptResult } from './ReceiptResult';
import { ReceiveLineBlock } from './ReceiveLineBlock';

/** Receiving against a purchase order (`/supply/purchase-orders/:number/receive`). */
export function ReceivePage() {
  const number = useParams().number ?? '';
  const po = usePurchaseOrder(number);
  const canReceive = useHasAnyRole(RECEIVERS);
  // Held here, not in the form: once posted, the order may no longer be receivable.
  const post = usePostReceipt(number);
  const back = <BackLink to={purchaseOrderPath(number)} label={number} />;

  if (po.error)
    return (
      <>
        {back}
        <ProblemAlert error={po.error} title="Purchase order could not be loaded" />
      </>
    );
  if (po.isPending)
    return (
      <>
        {back}
        <Skeleton height={360} radius="md" />
      </>
    );
  if (post.data)
    return (
      <>
        {back}
        <ReceiptResult receipt={post.data} po={po.data} onReceiveMore={() => post.reset()} />
      </>
    );
  const blocked = !canReceive
    ? 'Receiving needs the buyer, production or logistics role.'
    : !isReceivable(po.data.status)
      ? `${po.data.number} is ${PO_STATUS_LABELS[po.data.status].toLowerCase()}: only a sent order with open lines can be received.`
      : null;
  return (
    <>
      {back}
      {blocked ? (
        <>
          <PageHeader title={`Receive ${po.data.number}`} />
          <Alert color="gray" variant="light" data-testid="receive-blocked">
            {blocked}
          </Alert>
        </>
      ) : (
        <ReceiveForm key={po.data.id} po={po.data} post={post} />
      )}
    </>
  );
}

interface ReceiveFormProps {
  po: PurchaseOrder;
  post: ReturnType<typeof usePostReceipt>;
}

function ReceiveForm({ po, post }: ReceiveFormProps) {
  const [draft, setDraft] = useState<ReceiptDraft>(() => emptyReceiptDraft(todayIso(), null));
  const openLines = po.lines.filter((line) => line.openQuantity > 0);
  // The scanner is ready on arrival: focus the first serial line, else the first line.
  const focused = (openLines.find((line) => line.tracking === 'serial') ?? openLines[0])?.lineNo;

  // The server numbers line errors by their place in the request, not by PO line.
  const sentLines = post.variables?.lines.map((line) => line.line) ?? [];
  const lineErrors = listFieldErrors(post.error, 'lines');
  const errorsOfLine = (lineNo: number) => lineErrors.byItem.get(sentLines.indexOf(lineNo)) ?? {};
  const topErrors = splitFieldErrors(post.error, RECEIPT_FIELDS);
  const otherErrors = lineErrors.other.filter(
    (e) => !(RECEIPT_FIELDS as readonly string[]).includes(fieldNameOf(e.path)),
  );

  const input = receiptInputOf(po, draft);
  const missingEntry = needsEntry(po) && !input.entry;
  const serialsOn = (lineNo: number) => draft.lines[lineNo]?.serials ?? [];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    post.mutate(input);
  };

  return (
    <>
      <PageHeader
        title={`Receive ${po.number}`}
        description={`${po.supplier.name} · origin ${po.origin} · ${openLines.length} open line${openLines.length === 1 ? '' : 's'}. Lines left empty are not received.`}
      />
      <form onSubmit={submit} noValidate data-testid="receive-form">
        <Stack gap="md">
          <Paper withBorder radius="md" p="md">
            <ReceiptHeaderFields
              po={po}
              draft={draft}
              onChange={setDraft}
              errors={topErrors.byField}
            />
          </Paper>
          <Title order={4}>Lines</Title>
          {openLines.map((line) => (
            <ReceiveLineBlock
              key={line.id}
              line={line}
              draft={draft.lines[line.lineNo] ?? EMPTY_LINE}
              onChange={(next) =>
                setDraft((current) => ({
                  ...current,
                  lines: { ...current.lines, [line.lineNo]: next },
                }))
              }
              elsewhere={
                new Set(
                  openLines
                    .filter((other) => other.lineNo !== line.lineNo)
                    .flatMap((other) => serialsOn(other.lineNo)),
                )
              }
              autoFocus={line.lineNo === focused}
              errors={errorsOfLine(line.lineNo)}
            />
          ))}
          {post.error && (
            <ProblemAlert
              error={post.error}
              fieldErrors={otherErrors}
              title="The receipt was not posted"
              data-testid="receive-error"
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" component={Link} to={purchaseOrderPath(po.number)}>
              Cancel
            </Button>
            <Button
              type="submit"
              leftSection={<IconPackageImport size={16} />}
              loading={post.isPending}
              disabled={input.lines.length === 0 || missingEntry}
              data-testid="receive-submit"
            >
              Post receipt
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
