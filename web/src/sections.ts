/**
 * The sections of Rigline. This list drives the navigation, the routes and the
 * empty-state pages. To give a section (or one of its tabs) a real page, add its
 * component to `routes/sectionPages.tsx`; until then its `emptyState` text is shown.
 */
import {
  IconAddressBook,
  IconAdjustmentsHorizontal,
  IconAlertTriangle,
  IconArrowBackUp,
  IconBarcode,
  IconBinaryTree2,
  IconBriefcase,
  IconBuildingFactory2,
  IconBuildingStore,
  IconBuildingWarehouse,
  IconCalculator,
  IconCalendarStats,
  IconCalendarWeek,
  IconChartBar,
  IconChartHistogram,
  IconChartPie,
  IconCpu,
  IconClipboardCheck,
  IconClipboardList,
  IconFileInvoice,
  IconFilePencil,
  IconGauge,
  IconHandStop,
  IconHeartbeat,
  IconHistory,
  IconHome,
  IconKey,
  IconLayoutKanban,
  IconListDetails,
  IconMapPin,
  IconPackage,
  IconPercentage,
  IconReceiptRefund,
  IconRoute,
  IconServer2,
  IconServerBolt,
  IconSettings,
  IconShieldCheck,
  IconShip,
  IconTool,
  IconTrendingUp,
  IconTruck,
  IconTruckDelivery,
  IconUsers,
  IconUsersGroup,
  IconWebhook,
  IconWorldDollar,
  type Icon,
} from '@tabler/icons-react';
import { ROLES, type Role } from './api/types';

/** Everyone but customers: the roles the catalog and trade APIs serve. */
const STAFF_ROLES: Role[] = ROLES.filter((role) => role !== 'customer');
/** Who runs the delivery promise (admins pass every check). */
const PROMISE_ROLES: Role[] = ['admin', 'sales', 'planner', 'logistics'];
/** Who sets warranty policies, service tiers and fault codes. */
const SERVICE_POLICY_ROLES: Role[] = ['admin', 'technician', 'sales'];

export interface AppSection {
  /** Stable identifier; also used in `data-testid="nav-<key>"` and in `/api/v1/home` counts. */
  key: string;
  label: string;
  path: string;
  icon: Icon;
  /**
   * What will appear in this section: its empty state while it has no page of its own,
   * and a note under the tabs of a section whose other pages are not built yet.
   */
  emptyState?: string;
  /** When set, only users holding at least one of these roles see the section. */
  requiredRoles?: Role[];
  /** Sub-pages, shown as links under the section label. */
  children?: AppSection[];
  /**
   * Pages of one section, shown as tabs above the page; the section keeps a single
   * navigation link and its path opens the first tab the user may see.
   */
  tabs?: AppSection[];
  /**
   * The key of a tab this one replaces for the users who may open it: a customer's "My RMAs"
   * stands for the staff's "RMAs", so a link to the staff page (a home count) lands on it.
   */
  standsFor?: string;
}

export const SECTIONS: AppSection[] = [
  { key: 'home', label: 'Home', path: '/', icon: IconHome },
  {
    key: 'production',
    label: 'Production',
    path: '/production',
    icon: IconBuildingFactory2,
    requiredRoles: STAFF_ROLES,
    tabs: [
      { key: 'production-ramp', label: 'Ramp', path: '/production/ramp', icon: IconTrendingUp },
      {
        key: 'production-build-plan',
        label: 'Build plan',
        path: '/production/build-plan',
        icon: IconCalendarWeek,
      },
      {
        key: 'production-capacity',
        label: 'Capacity',
        path: '/production/capacity',
        icon: IconGauge,
      },
      { key: 'production-mrp', label: 'MRP', path: '/production/mrp', icon: IconListDetails },
      {
        key: 'production-work-orders',
        label: 'Work orders',
        path: '/production/work-orders',
        icon: IconClipboardCheck,
      },
      {
        key: 'production-kiosk',
        label: 'Shop floor',
        path: '/production/kiosk',
        icon: IconBarcode,
      },
      {
        key: 'production-traceability',
        label: 'Traceability',
        path: '/production/traceability',
        icon: IconRoute,
      },
      {
        key: 'production-plant',
        label: 'Plant & people',
        path: '/production/plant',
        icon: IconUsersGroup,
      },
    ],
  },
  {
    key: 'supply',
    label: 'Supply',
    path: '/supply',
    icon: IconPackage,
    requiredRoles: STAFF_ROLES,
    tabs: [
      {
        key: 'supply-parts',
        label: 'Parts & BOMs',
        path: '/supply/parts',
        icon: IconBinaryTree2,
      },
      { key: 'supply-models', label: 'Models', path: '/supply/models', icon: IconCpu },
      {
        key: 'supply-suppliers',
        label: 'Suppliers',
        path: '/supply/suppliers',
        icon: IconBuildingStore,
      },
      {
        key: 'supply-purchase-orders',
        label: 'Purchase orders',
        path: '/supply/purchase-orders',
        icon: IconFileInvoice,
      },
      {
        key: 'supply-inventory',
        label: 'Inventory',
        path: '/supply/inventory',
        icon: IconBuildingWarehouse,
      },
    ],
  },
  {
    key: 'trade',
    label: 'Trade',
    path: '/trade',
    icon: IconWorldDollar,
    requiredRoles: STAFF_ROLES,
    tabs: [
      { key: 'trade-tariffs', label: 'Tariffs', path: '/trade/tariffs', icon: IconPercentage },
      {
        key: 'trade-duty',
        label: 'Duty calculator',
        path: '/trade/duty',
        icon: IconCalculator,
      },
      {
        key: 'trade-compare',
        label: 'Build vs import',
        path: '/trade/compare',
        icon: IconChartBar,
      },
      {
        key: 'trade-entries',
        label: 'Entries & refunds',
        path: '/trade/entries',
        icon: IconReceiptRefund,
      },
    ],
  },
  {
    key: 'sales',
    label: 'Sales',
    path: '/sales',
    icon: IconBriefcase,
    // Tabs carry their own roles: a customer sees only "My orders".
    tabs: [
      {
        key: 'sales-orders',
        label: 'Orders',
        path: '/sales/orders',
        icon: IconClipboardList,
        requiredRoles: STAFF_ROLES,
      },
      {
        key: 'sales-my-orders',
        label: 'My orders',
        path: '/sales/my-orders',
        icon: IconClipboardList,
        requiredRoles: ['customer'],
        standsFor: 'sales-orders',
      },
      {
        key: 'sales-promise',
        label: 'Promise',
        path: '/sales/promise',
        icon: IconCalendarStats,
        requiredRoles: PROMISE_ROLES,
      },
      {
        key: 'sales-customers',
        label: 'Customers',
        path: '/sales/customers',
        icon: IconAddressBook,
        requiredRoles: STAFF_ROLES,
      },
      {
        key: 'sales-sources',
        label: 'Sources',
        path: '/sales/sources',
        icon: IconShip,
        requiredRoles: STAFF_ROLES,
      },
    ],
  },
  {
    key: 'logistics',
    label: 'Logistics',
    path: '/logistics',
    icon: IconTruckDelivery,
    // Tabs carry their own roles: a customer sees its shipments and machines.
    tabs: [
      {
        key: 'logistics-shipments',
        label: 'Shipments',
        path: '/logistics/shipments',
        icon: IconTruck,
        requiredRoles: STAFF_ROLES,
      },
      {
        key: 'logistics-my-shipments',
        label: 'My shipments',
        path: '/logistics/my-shipments',
        icon: IconTruck,
        requiredRoles: ['customer'],
        standsFor: 'logistics-shipments',
      },
      {
        key: 'logistics-holds',
        label: 'Customs holds',
        path: '/logistics/holds',
        icon: IconHandStop,
        requiredRoles: STAFF_ROLES,
      },
      {
        key: 'logistics-kpis',
        label: 'Delivery KPIs',
        path: '/logistics/kpis',
        icon: IconChartHistogram,
        requiredRoles: STAFF_ROLES,
      },
      // Everyone: staff see every site's machines, a customer its own (the API scopes it).
      {
        key: 'logistics-installed-base',
        label: 'Installed base',
        path: '/logistics/installed-base',
        icon: IconServer2,
      },
    ],
  },
  {
    key: 'service',
    label: 'Service',
    path: '/service',
    icon: IconTool,
    // Tabs carry their own roles: a customer checks warranty and follows "My RMAs".
    tabs: [
      {
        key: 'service-warranty',
        label: 'Warranty',
        path: '/service/warranty',
        icon: IconShieldCheck,
      },
      {
        key: 'service-rmas',
        label: 'RMAs',
        path: '/service/rmas',
        icon: IconArrowBackUp,
        requiredRoles: STAFF_ROLES,
      },
      {
        key: 'service-my-rmas',
        label: 'My RMAs',
        path: '/service/my-rmas',
        icon: IconArrowBackUp,
        requiredRoles: ['customer'],
        standsFor: 'service-rmas',
      },
      {
        key: 'service-depot',
        label: 'Depot board',
        path: '/service/depot',
        icon: IconLayoutKanban,
        requiredRoles: STAFF_ROLES,
      },
      {
        key: 'service-field',
        label: 'Field',
        path: '/service/field',
        icon: IconMapPin,
        requiredRoles: STAFF_ROLES,
      },
      {
        key: 'service-analytics',
        label: 'Analytics',
        path: '/service/analytics',
        icon: IconChartPie,
        requiredRoles: STAFF_ROLES,
      },
      {
        key: 'service-settings',
        label: 'Settings',
        path: '/service/settings',
        icon: IconAdjustmentsHorizontal,
        requiredRoles: SERVICE_POLICY_ROLES,
      },
    ],
  },
  {
    key: 'fleet',
    label: 'Fleet',
    path: '/fleet',
    icon: IconServerBolt,
    // Staff and customers read the fleet (a customer its own sites: the API scopes it).
    tabs: [
      { key: 'fleet-sites', label: 'Sites', path: '/fleet/sites', icon: IconMapPin },
      // Faults and repair drafts: staff across customers, a customer its own.
      { key: 'fleet-faults', label: 'Faults', path: '/fleet/faults', icon: IconAlertTriangle },
      {
        key: 'fleet-repair-drafts',
        label: 'Repair drafts',
        path: '/fleet/repair-drafts',
        icon: IconFilePencil,
      },
      {
        key: 'fleet-health',
        label: 'Health rules',
        path: '/fleet/health',
        icon: IconHeartbeat,
        requiredRoles: STAFF_ROLES,
      },
      {
        key: 'fleet-settings',
        label: 'Settings',
        path: '/fleet/settings',
        icon: IconAdjustmentsHorizontal,
        requiredRoles: ['admin'],
      },
    ],
  },
  {
    key: 'admin',
    label: 'Admin',
    path: '/admin',
    icon: IconSettings,
    requiredRoles: ['admin'],
    children: [
      { key: 'admin-users', label: 'Users', path: '/admin/users', icon: IconUsers },
      { key: 'admin-tokens', label: 'API tokens', path: '/admin/tokens', icon: IconKey },
      { key: 'admin-audit', label: 'Audit log', path: '/admin/audit', icon: IconHistory },
      { key: 'admin-webhooks', label: 'Webhooks', path: '/admin/webhooks', icon: IconWebhook },
    ],
  },
];

export function canSeeSection(section: AppSection, roles: readonly Role[]): boolean {
  return !section.requiredRoles || section.requiredRoles.some((role) => roles.includes(role));
}

/** Sections (and sub-pages) the given roles may see, in navigation order. */
export function visibleSections(roles: readonly Role[]): AppSection[] {
  return SECTIONS.filter((section) => canSeeSection(section, roles)).map((section) =>
    section.children
      ? { ...section, children: section.children.filter((child) => canSeeSection(child, roles)) }
      : section,
  );
}

/** The tabs of a section the given roles may open, in order. */
export function visibleTabs(section: AppSection, roles: readonly Role[]): AppSection[] {
  return (section.tabs ?? []).filter((tab) => canSeeSection(tab, roles));
}

/** Every section, sub-page and tab, flattened. */
export function allSections(): AppSection[] {
  return SECTIONS.flatMap((section) => [
    section,
    ...(section.children ?? []),
    ...(section.tabs ?? []),
  ]);
}

/**
 * The tab that replaces `section` for users who may not open it (see `standsFor`), if any:
 * where a link to `section` should lead them instead.
 */
export function standInFor(section: AppSection, roles: readonly Role[]): AppSection | undefined {
  if (canSeeSection(section, roles)) return undefined;
  return allSections().find((s) => s.standsFor === section.key && canSeeSection(s, roles));
}

export function findSection(key: string | null | undefined): AppSection | undefined {
  if (!key) return undefined;
  return allSections().find((section) => section.key === key);
}
