import { useState } from 'react';
import { EmptyState, Paper, Skeleton, Tabs, Text } from '@mantine/core';
import { IconScale } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useBuildVsImport } from '../../../api/trade';
import { PageHeader } from '../../../components/PageHeader';
import { ProblemAlert } from '../../../components/ProblemAlert';
import { formatCents } from '../../../lib/format';
import { isIsoDate, todayIso } from '../../../lib/isoDates';
import { CompareControls, type CompareInputs } from './CompareControls';
import { resultTitle } from './compareLabels';
import { CompareResultPanel } from './CompareResultPanel';
import { ScenarioOverview } from './ScenarioOverview';

/** Inputs live in the address (?model=&date=&scenario=) so a comparison can be linked to. */
function useCompareInputs(): [CompareInputs, (values: CompareInputs) => void] {
  const [params, setParams] = useSearchParams();
  const values: CompareInputs = {
    model: params.get('model'),
    date: params.get('date') ?? todayIso(),
    scenario: params.get('scenario'),
  };
  const update = (next: CompareInputs) => {
    const search = new URLSearchParams();
    if (next.model) search.set('model', next.model);
    if (next.date && next.date !== todayIso()) search.set('date', next.date);
    if (next.scenario) search.set('scenario', next.scenario);
    setParams(search, { replace: true });
  };
  return [values, update];
}

export function ComparePage() {
  const [inputs, setInputs] = useCompareInputs();
  const [tab, setTab] = useState<string | null>('0');
  const ready = inputs.model !== null && isIsoDate(inputs.date);
  const comparison = useBuildVsImport(
    ready ? { model: inputs.model!, date: inputs.date, scenario: inputs.scenario } : null,
  );
  const data = ready ? comparison.data : undefined;
  const results = data?.results ?? [];
  const activeTab = tab !== null && Number(tab) < results.length ? tab : '0';

  return (
    <>
      <PageHeader
        title="Build vs import"
        description="The cost of building one unit in the US plant against the landed cost of importing it by each route, under the tariffs in force and each what-if scenario."
      />
      <CompareControls
        values={inputs}
        onChange={(values) => {
          setInputs(values);
          setTab('0');
        }}
      />
      {!ready && (
        <Paper withBorder radius="md" p="xl">
          <EmptyState
            icon={<IconScale size={32} stroke={1.5} />}
            withIndicatorBackground
            title="Pick a model"
            description="Models with a BOM here can be compared with their import routes."
          />
        </Paper>
      )}
      {ready && comparison.error && <ProblemAlert error={comparison.error} title="No comparison" />}
      {ready && comparison.isPending && <Skeleton height={420} radius="md" />}
      {data && !comparison.error && (
        <>
          <Text size="sm" c="dimmed" mb="sm" data-testid="compare-summary">
            {data.model} on {data.date} · labour {formatCents(data.labourCentsPerHour)}/h ·{' '}
            {results.length === 1 ? '1 result' : `${results.length} results`}
          </Text>
          {results.length > 1 && <ScenarioOverview comparison={data} />}
          <Tabs value={activeTab} onChange={setTab} keepMounted={false} variant="outline">
            <Tabs.List mb="md">
              {results.map((result, index) => (
                <Tabs.Tab key={index} value={String(index)} data-testid={`compare-tab-${index}`}>
                  {resultTitle(result.scenario)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {results.map((result, index) => (
              <Tabs.Panel key={index} value={String(index)}>
                <CompareResultPanel
                  result={result}
                  labourCentsPerHour={data.labourCentsPerHour}
                  first={index === 0}
                />
              </Tabs.Panel>
            ))}
          </Tabs>
        </>
      )}
    </>
  );
}
