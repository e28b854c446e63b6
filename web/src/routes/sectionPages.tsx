import type { ComponentType } from 'react';
import { HomePage } from '../pages/HomePage';
import { AuditLogPage } from '../pages/admin/audit/AuditLogPage';
import { TokensPage } from '../pages/admin/tokens/TokensPage';
import { UsersPage } from '../pages/admin/users/UsersPage';
import { WebhooksPage } from '../pages/admin/webhooks/WebhooksPage';
import { ModelsPage } from '../pages/supply/ModelsPage';
import { PartsPage } from '../pages/supply/PartsPage';
import { ComparePage } from '../pages/trade/compare/ComparePage';
import { DutyCalculatorPage } from '../pages/trade/duty/DutyCalculatorPage';
import { TariffsPage } from '../pages/trade/tariffs/TariffsPage';

/**
 * Real pages by section key (see `sections.ts`). A section missing here shows
 * its empty state; add an entry when its screens are built.
 */
export const SECTION_PAGES: Partial<Record<string, ComponentType>> = {
  home: HomePage,
  'supply-parts': PartsPage,
  'supply-models': ModelsPage,
  'trade-tariffs': TariffsPage,
  'trade-duty': DutyCalculatorPage,
  'trade-compare': ComparePage,
  'admin-users': UsersPage,
  'admin-tokens': TokensPage,
  'admin-audit': AuditLogPage,
  'admin-webhooks': WebhooksPage,
};
