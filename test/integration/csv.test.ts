import { expect, it } from 'vitest';
import { describeEachDialect, type Caller, type World } from '../kit/world.js';
import { partsWorld } from './supply/supply-kit.js';

const upload = (w: World, caller: Caller, name: string, csv: string, dryRun = false) =>
  w.app.inject({
    method: 'POST',
    url: `/api/v1/csv/${name}${dryRun ? '?dryRun=true' : ''}`,
    headers: { ...caller.headers, 'content-type': 'text/csv' },
    payload: csv,
  });
const download = async (w: World, caller: Caller, name: string) =>
  (await w.app.inject({ method: 'GET', url: `/api/v1/csv/${name}`, headers: caller.headers })).body;

describeEachDialect('CSV import and export', (world) => {
  it('round-trips parts, and a file with bad rows changes nothing and names every bad row', async () => {
    const w = world();
    await partsWorld(w);
    const planner = await w.caller(['planner']);
    const file = await download(w, planner, 'parts');
    expect(file.split('\n')[0]).toBe(
      'part_number,name,kind,tracking,hts_code,uom,default_origin,standard_cost_cents,note',
    );
    const same = await upload(w, planner, 'parts', file);
    expect(same.json()).toEqual({ created: 0, updated: 3, dryRun: false });

    const bad = [
      'part_number,name,kind,tracking,hts_code,standard_cost_cents',
      'NEW-1,Good new part,fan,none,8414.59.6590,500',
      'NEW-2,Bad kind,gizmo,none,,100',
      'NEW-3,Bad cost,fan,none,,12.5',
      'NEW-1,Repeated,fan,none,,100',
      'T-FAN,"Renamed, but file is refused",fan,none,8414.59.6590,900',
      'NEW-4,Bad HTS,fan,none,84-14,100',
    ].join('\n');
    const r = await upload(w, planner, 'parts', bad);
    expect(r.statusCode).toBe(400);
    expect(r.headers['content-type']).toMatch(/problem\+json/);
    expect(r.json().code).toBe('CSV_INVALID');
    expect(r.json().errors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([
      [3, 'kind'],
      [4, 'standard_cost_cents'],
      [7, 'hts_code'],
      [5, 'part_number'],
    ]);
    const parts = (
      await w.app.inject({ method: 'GET', url: '/api/v1/catalog/parts', headers: planner.headers })
    ).json();
    expect(parts.items.map((p: { partNumber: string }) => p.partNumber).sort()).toEqual([
      'T-CHIP',
      'T-FAN',
      'T-PSU',
    ]);
    expect(parts.items.find((p: { partNumber: string }) => p.partNumber === 'T-FAN').name).toBe(
      'Test fan',
    );

    const multiline = await upload(
      w,
      planner,
      'parts',
      'part_number,name,kind,tracking,note\nML-1,Fine,fan,none,"two\nlines"\nML-2,Bad,gizmo,none,\n',
    );
    expect(multiline.json().errors).toEqual([expect.objectContaining({ line: 4, field: 'kind' })]);

    const dry = await upload(
      w,
      planner,
      'parts',
      'part_number,name,kind,tracking\nNEW-9,Dry,fan,none\n',
      true,
    );
    expect(dry.json()).toEqual({ created: 1, updated: 0, dryRun: true });
    expect((await download(w, planner, 'parts')).includes('NEW-9')).toBe(false);

    for (const [csv, reason] of [
      ['part_number,name,kind,tracking\n"broken,quote,fan,none\n', /quote/i],
      ['part_number,name,kind,tracking,colour\nX,Y,fan,none,red\n', /unknown column/],
      ['part_number,name,kind\nX,Y,fan\n', /required column/],
    ] as const) {
      const refused = await upload(w, planner, 'parts', csv);
      expect(refused.json().code).toBe('CSV_INVALID');
      expect(refused.json().errors[0].message).toMatch(reason);
    }
    const sales = await w.caller(['sales']);
    expect((await upload(w, sales, 'parts', file)).statusCode).toBe(403);
  });

  it('imports BOM revisions all or nothing, reporting refusals by line', async () => {
    const w = world();
    await partsWorld(w);
    const planner = await w.caller(['planner']);
    await upload(
      w,
      planner,
      'parts',
      'part_number,name,kind,tracking\nT-BOARD,Test board,hashboard,serial\nT-UNIT,Test unit,miner_unit,serial\n',
    );
    const refused = await upload(
      w,
      planner,
      'boms',
      [
        'parent,revision,effective_from,labour_minutes,component,quantity',
        'T-BOARD,A,2026-01-01,25,T-CHIP,108',
        'T-UNIT,A,2026-01-01,40,T-BOARD,3',
        'T-UNIT,A,2026-01-01,40,NO-SUCH-PART,1',
      ].join('\n'),
    );
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringMatching(/NO-SUCH-PART/) }),
    ]);
    expect(await download(w, planner, 'boms')).toBe(
      'parent,revision,effective_from,effective_to,labour_minutes,component,quantity\n',
    );

    const ok = await upload(
      w,
      planner,
      'boms',
      [
        'parent,revision,effective_from,labour_minutes,component,quantity',
        'T-BOARD,A,2026-01-01,25,T-CHIP,108',
        'T-UNIT,A,2026-01-01,40,T-BOARD,3',
        'T-UNIT,A,2026-01-01,40,T-PSU,1',
      ].join('\n'),
    );
    expect(ok.json()).toEqual({ created: 2, updated: 0, dryRun: false });
    // A revision name taken (refused by the database itself) is reported by line, not a 500.
    const again = await upload(
      w,
      planner,
      'boms',
      [
        'parent,revision,effective_from,labour_minutes,component,quantity',
        'T-BOARD,A,2027-01-01,25,T-CHIP,110',
        'T-FAN,A,2027-01-01,5,T-CHIP,1',
      ].join('\n'),
    );
    expect(again.statusCode).toBe(400);
    expect(again.json().errors.map((e: { line: number }) => e.line)).toEqual([2]);
    expect(await download(w, planner, 'boms')).not.toContain('T-FAN,A');
    const revisions = await w.app.inject({
      method: 'GET',
      url: '/api/v1/catalog/parts/T-UNIT/bom-revisions',
      headers: planner.headers,
    });
    expect(revisions.statusCode).toBe(200);
    expect(JSON.stringify(revisions.json())).toMatch(/T-BOARD[\s\S]*T-PSU/);
  });

  it('imports suppliers by code and tariff rows into a scenario', async () => {
    const w = world();
    const buyer = await w.caller(['buyer']);
    const first = await upload(
      w,
      buyer,
      'suppliers',
      'code,name,country,lead_time_days,restricted_list,restricted_since\nacme-cn,Acme,cn,30,,\nBLUE-MY,Blue,MY,40,Entity List,2025-01-01\n',
    );
    expect(first.json()).toEqual({ created: 2, updated: 0, dryRun: false });
    const second = await upload(
      w,
      buyer,
      'suppliers',
      'code,name,country,lead_time_days\nACME-CN,Acme Renamed,CN,35\n',
    );
    expect(second.json()).toMatchObject({ updated: 1 });
    const list = (
      await w.app.inject({ method: 'GET', url: '/api/v1/suppliers', headers: buyer.headers })
    ).json().items;
    expect(list.map((s: { code: string; restricted: boolean }) => [s.code, s.restricted])).toEqual([
      ['ACME-CN', false],
      ['BLUE-MY', true],
    ]);
    expect(list[0].name).toBe('Acme Renamed');
    // A file without the flag's columns leaves the flag alone.
    await upload(w, buyer, 'suppliers', 'code,name,country,lead_time_days\nBLUE-MY,Blue,MY,41\n');
    const blue = (
      await w.app.inject({
        method: 'GET',
        url: '/api/v1/suppliers/BLUE-MY',
        headers: buyer.headers,
      })
    ).json();
    expect(blue).toMatchObject({
      leadTimeDays: 41,
      restricted: true,
      restrictedList: 'Entity List',
    });

    const analyst = await w.caller(['trade']);
    await w.app.inject({
      method: 'POST',
      url: '/api/v1/trade/scenarios',
      headers: analyst.headers,
      payload: { name: 'CSV test', description: 'from a file', rows: [] },
    });
    const rows = await upload(
      w,
      analyst,
      'tariff-rows',
      'scenario,program,hts_prefix,origin,rate_bp,effective_from,effective_to\nCSV test,Section 122,,*,1500,2026-08-01,\nCSV test,Section 122,,*,1500,2026-08-01,2026-07-01\n',
    );
    expect(rows.json().errors).toEqual([
      expect.objectContaining({ line: 3, field: 'effective_to' }),
    ]);
    const good = await upload(
      w,
      analyst,
      'tariff-rows',
      'scenario,program,hts_prefix,origin,rate_bp,effective_from\nCSV test,Section 122,,*,1500,2026-08-01\n',
    );
    expect(good.json()).toMatchObject({ created: 1 });
    const exported = await download(w, analyst, 'tariff-rows');
    expect(exported).toMatch(/CSV test,Section 122,,\*,1500,2026-08-01/);
  });
});
