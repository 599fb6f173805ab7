import { queryOptions } from '@tanstack/react-query'
import * as v from 'valibot'
import { refuse } from './checks'
import { apiGet } from './client'
import { list, regionIdSchema } from './common'

/** The roles the backend grants: the ministry sees the country, a provincial office its province. */
export const ROLES = ['national', 'provincial'] as const

/**
 * Who is signed in and what they may see. `regions` is the whole scope, listed: the national id and every
 * province for a national user, the user's province (or provinces) otherwise. Never empty: a user who may see
 * nothing is refused with 403 by the backend, not answered with an empty scope.
 */
const meFields = {
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  role: v.picklist(ROLES),
}
export const meSchema = v.object({ ...meFields, regions: v.pipe(list(regionIdSchema, 5000), v.minLength(1)) })
export type Me = v.InferOutput<typeof meSchema>

/** The answer as read: an empty scope passes here, to be refused as what it is rather than as a shape error. */
const meAnswerSchema = v.object({ ...meFields, regions: list(regionIdSchema, 5000) })

/**
 * An account whose scope is empty is refused with its own reason, so that the page says the account has no region
 * (whom to ask), not that the server's data has an unexpected format.
 */
export async function fetchMe(signal?: AbortSignal): Promise<Me> {
  const me = await apiGet('/me', {}, meAnswerSchema, signal)
  if (me.regions.length === 0) throw refuse('/me', { check: 'scope', problem: 'no-regions' })
  return me
}

export const meQueries = {
  all: () => ['me'] as const,
  /**
   * Asked once per page, and again after a 401 (App). When the answer names another user than the one cached, every
   * other cached answer is dropped before the new user is returned, so nothing fetched for the previous user can be
   * shown to the next one.
   */
  one: () =>
    queryOptions({
      queryKey: meQueries.all(),
      queryFn: async ({ signal, client }) => {
        const me = await fetchMe(signal)
        const previous = client.getQueryData<Me>(meQueries.all())
        if (previous && previous.id !== me.id)
          client.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueries.all()[0] })
        return me
      },
      staleTime: Infinity,
      retryOnMount: false, // as /meta's (meta.ts)
    }),
}
