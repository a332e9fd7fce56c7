import { useSyncExternalStore } from 'react'
import { readJson, writeJson } from '@/platform/storage'

/** 长辈模式: larger type and higher contrast on every page; lives on the device. */
const KEY = 'ssp:elder-mode'
let elder = readJson<boolean>(KEY) === true
const listeners = new Set<() => void>()

export function isElderMode(): boolean {
  return elder
}

export function setElderMode(on: boolean): void {
  elder = on
  writeJson(KEY, on)
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
