export interface BuildPlanTable {
  /** The model's unit part (what the plan builds). */
  partId: string;
  /** Monday of the week, `YYYY-MM-DD`. */
  weekStart: string;
  quantity: number;
  updatedBy: string;
  updatedAt: number;
}

export interface PlanningParamsTable {
  partId: string;
  /** Overrides the lead time planning would take (supplier's, or a week for parts made here). */
  leadTimeDays: number | null;
  safetyStock: number;
  minOrderQuantity: number;
  orderMultiple: number;
  note: string | null;
  updatedAt: number;
}

export interface MrpRunsTable {
  id: string;
  firstWeek: string;
  weeks: number;
  /** JSON: the presented result (planned orders, shortages), so actions can refer to it. */
  result: string;
  createdBy: string;
  createdAt: number;
}

export interface ProductionTables {
  productionBuildPlan: BuildPlanTable;
  productionPlanningParams: PlanningParamsTable;
  productionMrpRuns: MrpRunsTable;
}
