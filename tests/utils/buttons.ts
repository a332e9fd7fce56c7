import { screen } from '@testing-library/react'

/** Taro's H5 Button: its label may also be a word elsewhere on the page (受理 is a step of the stepper). */
const BUTTON = '.taro-button-core, .taro-button-core *'

export const button = (label: string): HTMLElement => screen.getByText(label, { selector: BUTTON })

export const findButton = (label: string): Promise<HTMLElement> =>
  screen.findByText(label, { selector: BUTTON })

export const queryButton = (label: string): HTMLElement | null => screen.queryByText(label, { selector: BUTTON })
