import type { Cooling, SiteInput } from '../../../api/salesTypes';
import { CODE_PATTERN } from './customerDraft';

/** The site form as typed: numbers may be '' while empty. */
export interface SiteDraft {
  code: string;
  name: string;
  state: string;
  city: string;
  latitude: number | string;
  longitude: number | string;
  powerMw: number | string;
  cooling: Cooling;
}

export const SITE_FIELDS = [
  'code',
  'name',
  'state',
  'city',
  'latitude',
  'longitude',
  'powerMw',
  'cooling',
] as const;

export type SiteField = (typeof SITE_FIELDS)[number];

export const EMPTY_SITE_DRAFT: SiteDraft = {
  code: '',
  name: '',
  state: '',
  city: '',
  latitude: '',
  longitude: '',
  powerMw: '',
  cooling: 'air',
};

/** Client checks before sending; a longitude east of 0 is most likely a missing minus sign. */
export function siteProblems(draft: SiteDraft): Partial<Record<SiteField, string>> {
  const problems: Partial<Record<SiteField, string>> = {};
  if (draft.code.trim() !== '' && !CODE_PATTERN.test(draft.code.trim()))
    problems.code = 'Letters, digits, . _ - only';
  if (draft.state !== '' && !/^[A-Za-z]{2}$/.test(draft.state.trim()))
    problems.state = 'Two letters, e.g. TX';
  if (typeof draft.longitude === 'number' && draft.longitude > 0)
    problems.longitude = 'US sites are west of Greenwich: negative';
  return problems;
}

export function isSiteComplete(draft: SiteDraft): boolean {
  return (
    draft.code.trim() !== '' &&
    draft.name.trim() !== '' &&
    draft.state.trim() !== '' &&
    draft.city.trim() !== '' &&
    typeof draft.latitude === 'number' &&
    typeof draft.longitude === 'number' &&
    typeof draft.powerMw === 'number' &&
    Object.keys(siteProblems(draft)).length === 0
  );
}

export function siteInputOf(draft: SiteDraft): SiteInput {
  return {
    code: draft.code.trim().toUpperCase(),
    name: draft.name.trim(),
    state: draft.state.trim().toUpperCase(),
    city: draft.city.trim(),
    latitude: Number(draft.latitude),
    longitude: Number(draft.longitude),
    powerMw: Number(draft.powerMw),
    cooling: draft.cooling,
  };
}
