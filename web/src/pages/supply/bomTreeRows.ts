import type { ExplodedNode } from '../../api/catalogTypes';

export interface BomTreeRow {
  /** Position in the tree ("0.2.1"), unique even when a part appears twice. */
  key: string;
  node: ExplodedNode;
  hasChildren: boolean;
}

/** The rows to show: every node whose ancestors are all expanded, in tree order. */
export function visibleRows(root: ExplodedNode, expanded: ReadonlySet<string>): BomTreeRow[] {
  const rows: BomTreeRow[] = [];
  const walk = (node: ExplodedNode, key: string) => {
    const hasChildren = node.children.length > 0;
    rows.push({ key, node, hasChildren });
    if (hasChildren && expanded.has(key))
      node.children.forEach((child, index) => walk(child, `${key}.${index}`));
  };
  walk(root, '0');
  return rows;
}

/** Keys of every node that has children (for "expand all"). */
export function branchKeys(root: ExplodedNode): string[] {
  const keys: string[] = [];
  const walk = (node: ExplodedNode, key: string) => {
    if (node.children.length === 0) return;
    keys.push(key);
    node.children.forEach((child, index) => walk(child, `${key}.${index}`));
  };
  walk(root, '0');
  return keys;
}
