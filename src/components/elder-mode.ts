import { useSyncExternalStore } from 'react'
import { readJson, writeJson } from '@/platform/storage'

/** 长辈模式: larger type and higher contrast on every page; lives on the device. */
const KEY = 'ssp:elder-mode'
let elder = readJson<boolean>(KEY) === true
const listeners = new Set<() => void>()

/**
 * H5: the tab bar and Taro's title bar live outside every page, so 长辈模式 reaches them
 * through a class on <body> (weapp's native tab bar cannot be restyled).
 */
function markDocument(): void {
  if (process.env.TARO_ENV === 'h5' && typeof document !== 'undefined') {
    document.body?.classList.toggle('elder', elder)
  }
}
markDocument()

export function isElderMode(): boolean {
  return elder
}

export function setElderMode(on: boolean): void {
  elder = on
  writeJson(KEY, on)
  markDocument()
  listeners.forEach((l) => l())
}

function subscribe(l: () => void) {
  listeners.add(l)
  return () => {
    listeners.delete(l)
  }
}

export function useElderMode(): boolean {
  return useSyncExternalStore(subscribe, isElderMode, isElderMode)
}
