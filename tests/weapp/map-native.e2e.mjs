/**
 * The weapp build draws maps with WeChat's native <map> (not the H5 schematic one): the
 * template Taro generates has a <map> bound to markers, polygons and polylines, and the marker
 * icons it names are in the package.
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { test } from 'node:test'
import { assertBuilt, DIST } from './lib/harness.mjs'

function files(dir, ext) {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name)
    return statSync(p).isDirectory() ? files(p, ext) : p.endsWith(ext) ? [p] : []
  })
}

test('the weapp template renders the native <map> with markers, polygons and polylines', () => {
  assertBuilt()
  const maps = files(DIST, '.wxml')
    .map((f) => readFileSync(f, 'utf8'))
    .flatMap((src) => src.match(/<map\b[^>]*>/g) ?? [])
  assert.ok(maps.length > 0, 'no <map> in any template')
  const tag = maps.join('\n')
  for (const attr of ['markers=', 'polygons=', 'polyline=', 'bindmarkertap=', 'bindregionchange=']) {
    assert.ok(tag.includes(attr), `<map> without ${attr}`)
  }
})

test('the marker icons the native map names are in the package', () => {
  assertBuilt()
  for (const tone of ['pending', 'active', 'done', 'alert']) {
    assert.ok(existsSync(path.join(DIST, 'assets/map', `${tone}.png`)), `assets/map/${tone}.png missing`)
  }
})

test('the H5 schematic map is not what the weapp pages draw', () => {
  assertBuilt()
  const wxml = files(DIST, '.wxml')
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n')
  assert.ok(!/<svg\b/.test(wxml), 'an <svg> in a weapp template')
})
