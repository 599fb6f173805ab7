/** The language the app renders in, as React context; the messages themselves are plain modules (defineMessages.ts). */
import { createContext, useContext } from 'react'
import type { Catalog } from './defineMessages'
import type { Lang } from './format'

export const LangContext = createContext<Lang>('zh')

export function useLang(): Lang {
  return useContext(LangContext)
}

/** A catalog's messages in the language of the app: `useMessages(messages).appTitle`. */
export function useMessages<T>(catalog: Catalog<T>): T {
  return catalog[useContext(LangContext)]
}
