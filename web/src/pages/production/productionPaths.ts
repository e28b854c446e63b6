/** Addresses of the production pages (see `routes/sectionPages.tsx`). */
export const BUILD_PLAN_PATH = '/production/build-plan';
export const MRP_PATH = '/production/mrp';
