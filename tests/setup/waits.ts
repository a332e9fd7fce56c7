/**
 * How long `findBy…` and `waitFor` wait before failing. A page draws its first answer in a
 * render React may pause, and the first render of a file logs in as well: on a busy 2-core
 * machine that passes a second. What a test waits for still has to appear; only a failure
 * takes longer to say so.
 */
import { configure } from '@testing-library/react'

configure({ asyncUtilTimeout: 3000 })
