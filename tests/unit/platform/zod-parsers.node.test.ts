/** src/platform/zod-parsers.ts sets zod's plain parsers without importing zod; zod must see it. */

async function fresh<T>(load: () => Promise<T>): Promise<T> {
  delete (globalThis as { __zod_globalConfig?: unknown }).__zod_globalConfig
  let out: T | undefined
  await jest.isolateModulesAsync(async () => {
    out = await load()
  })
  return out as T
}

test('set before zod loads (the app imports it first), zod parses jitless', async () => {
  const { z } = await fresh(async () => {
    await import('@/platform/zod-parsers')
    return import('zod')
  })
  expect(z.config().jitless).toBe(true)
  expect(z.object({ a: z.string() }).parse({ a: 'x' })).toEqual({ a: 'x' })
})

test('set after zod has loaded, zod sees it too', async () => {
  const { z } = await fresh(async () => {
    const zod = await import('zod')
    expect(zod.z.config().jitless).toBeFalsy()
    await import('@/platform/zod-parsers')
    return zod
  })
  expect(z.config().jitless).toBe(true)
})
