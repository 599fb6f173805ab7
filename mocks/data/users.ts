/**
 * The mock backend's users (`VITE_MOCK_USER` for the in-page mock, `npm run mock:api -- --user <id>` for the HTTP
 * one). A real backend knows who is signed in from the session; the mock is told. Names are invented.
 */
import type { Me } from '../../src/api/me'

export interface MockUser {
  id: string
  name: string
  role: Me['role']
  /** the regions in scope: every region of the data set, or these */
  regions: 'all' | readonly string[]
}

export const MOCK_USERS = {
  /** the ministry: the nation and every province (the default) */
  national: { id: 'national', name: '李华', role: 'national', regions: 'all' },
  /** 河南's provincial office: 河南 only */
  henan: { id: 'henan', name: '王芳', role: 'provincial', regions: ['410000'] },
  /** 甘肃's provincial office: 甘肃 only */
  gansu: { id: 'gansu', name: '张伟', role: 'provincial', regions: ['620000'] },
} as const satisfies Record<string, MockUser>

export type MockUserId = keyof typeof MOCK_USERS
export const MOCK_USER_IDS = Object.keys(MOCK_USERS) as MockUserId[]
export const DEFAULT_MOCK_USER: MockUserId = 'national'

export function isMockUserId(id: string): id is MockUserId {
  return Object.hasOwn(MOCK_USERS, id)
}

/** What /me answers for a user over a data set's regions. */
export function meOf(user: MockUser, regionIds: readonly string[]): Me {
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    regions: user.regions === 'all' ? [...regionIds] : regionIds.filter((id) => user.regions.includes(id)),
  }
}
