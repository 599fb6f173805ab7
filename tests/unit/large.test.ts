/** The large synthetic data set for measurements (mocks/data/large.ts). */
import { describe, expect, it } from 'vitest'
import { buildLargeDataSet } from '../../mocks/data/large'

describe('the large synthetic data set for measurements', () => {
  const data = buildLargeDataSet(300, 60)

  it('has 300 regions (plus national) over 60 months', () => {
    expect(data.regions).toHaveLength(301)
    expect(data.months).toHaveLength(60)
    expect(data.asOf).toBe(data.months[59])
  })

  it('keeps the invariants of the demo set: provinces sum to national, channels to total', () => {
    for (const [category, byRegion] of Object.entries(data.values)) {
      data.months.forEach((_, m) => {
        const sum = data.regionIds.slice(1).reduce((a, id) => a + byRegion[id][m], 0)
        expect(sum, `${category} ${m}`).toBe(byRegion[data.nationalId][m])
      })
    }
    for (const id of data.regionIds) {
      data.months.forEach((_, m) => {
        const v = (c: keyof typeof data.values) => data.values[c][id][m]
        expect(v('out_of_province') + v('in_province') + v('in_county')).toBe(v('total'))
      })
    }
  })

  it('is the same on every build', () => {
    expect(buildLargeDataSet(300, 60)).toEqual(data)
  })
})
