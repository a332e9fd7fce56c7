import { z } from 'zod'
import { CategoryGroup, Department, LeafCategory } from '../src/contract'
import { findById } from './errors'
import reference from './seed-reference.json'

/** The reference data as written (seed-reference.json): each leaf names its department by id only. */
const SeedReference = z.object({
  departments: z.array(Department),
  /** a leaf's slaHours count from dispatch: danger to life is hours, nuisance is days */
  categories: z.array(
    CategoryGroup.extend({ children: z.array(LeafCategory.omit({ departmentName: true })).min(1) }),
  ),
})

const SEED = SeedReference.parse(reference)

export const DEPARTMENTS: readonly Department[] = SEED.departments

function departmentName(id: string): string {
  return findById(DEPARTMENTS, id, () => new Error(`seed: unknown department ${id}`)).name
}

/** The two-level tree; departmentName is derived so it can never disagree with DEPARTMENTS. */
export const CATEGORY_TREE: readonly CategoryGroup[] = SEED.categories.map((group) => ({
  id: group.id,
  name: group.name,
  children: group.children.map((leaf) => ({ ...leaf, departmentName: departmentName(leaf.departmentId) })),
}))

export function findLeafCategory(id: string) {
  for (const group of CATEGORY_TREE) {
    const leaf = group.children.find((c) => c.id === id)
    if (leaf) return leaf
  }
  return undefined
}
