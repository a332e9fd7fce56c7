/**
 * A page instance as WeChat makes one from Page() options, and the view of it a person has.
 *
 * Taro renders a page by `setData` on the instance: `root.cn` is a tree of nodes `{ nn, sid,
 * uid?, cl, st, cn, v, p0… }` where `nn` picks a template in the build's base.wxml. The
 * templates say what each node is (view, text, button, input…), which attribute each `pN`
 * feeds (placeholder, disabled, value…) and which events reach the page's `eh` handler. This
 * module reads base.wxml once, applies setData path by path as WeChat merges it, and turns the
 * data back into what is on screen; a tap is dispatched like WeChat does it — to `eh` on the
 * tapped element and then on each ancestor that binds tap, stopping at a `catchtap`.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

/** nn → { tag, attrs: { name → data key }, binds: Set<event>, catches: Set<event> } */
export function readTemplates(dist) {
  const wxml = readFileSync(path.join(dist, 'base.wxml'), 'utf8')
  const bodies = new Map()
  for (const m of wxml.matchAll(/<template name="tmpl_0_([^"]+)">([\s\S]*?)<\/template>/g))
    bodies.set(m[1], m[2])
  const templates = new Map()
  for (const [name, body] of bodies) {
    if (name.includes('_')) continue // focus/blur variants: read through their dispatcher below
    const source = /^\s*<template is=/.test(body) ? (bodies.get(`${name}_blur`) ?? body) : body
    if (/^\s*<block>\{\{i\.v\}\}<\/block>/.test(source)) {
      templates.set(name, { tag: '#text', attrs: {}, binds: new Set(), catches: new Set() })
      continue
    }
    const open = source.match(/<([\w-]+)([^>]*)>/)
    if (!open) continue
    const attrs = {}
    for (const a of open[2].matchAll(/([\w-]+)="\{\{(?:xs\.b\()?i\.(p\d+|cl|st)/g)) attrs[a[1]] = a[2]
    const binds = new Set([...open[2].matchAll(/bind(\w+)="eh"/g)].map((m) => m[1]))
    const catches = new Set([...open[2].matchAll(/catch(\w+)="eh"/g)].map((m) => m[1]))
    templates.set(name, { tag: open[1], attrs, binds, catches })
  }
  return templates
}

/** Splits a setData key the way WeChat does: `root.cn.[0].cn[2].v` → ['root','cn',0,'cn',2,'v']. */
export function parsePath(key) {
  const parts = []
  for (const m of key.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) parts.push(m[2] !== undefined ? Number(m[2]) : m[1])
  return parts
}

/** WeChat copies data across threads as JSON: functions and undefined are dropped. */
const clone = (v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)))

export function applySetData(data, patch) {
  for (const [key, raw] of Object.entries(patch)) {
    if (raw === undefined) continue // WeChat warns and ignores
    const parts = parsePath(key)
    let at = data
    for (let i = 0; i < parts.length - 1; i++) {
      const k = parts[i]
      if (at[k] === null || typeof at[k] !== 'object') at[k] = typeof parts[i + 1] === 'number' ? [] : {}
      at = at[k]
    }
    at[parts.at(-1)] = clone(raw)
  }
}

const norm = (s) => s.replace(/\s+/g, ' ').trim()

/** A node of the rendered tree: what the person sees, with a way back to the data. */
class ViewNode {
  constructor(raw, templates, parent) {
    const t = templates.get(String(raw.nn))
    this.raw = raw
    this.parent = parent
    this.tag = t?.tag ?? `unknown(${raw.nn})`
    this.sid = raw.sid
    this.id = raw.uid || raw.sid
    this.className = raw.cl ?? ''
    this.binds = t?.binds ?? new Set()
    this.catches = t?.catches ?? new Set()
    this.attrs = {}
    for (const [name, key] of Object.entries(t?.attrs ?? {}))
      if (raw[key] !== undefined) this.attrs[name] = raw[key]
    this.children = (raw.cn ?? []).map((c) => new ViewNode(c, templates, this))
  }
  get isText() {
    return this.tag === '#text'
  }
  /** textContent: the text of every text node inside, in order, with nothing added */
  get text() {
    return this.isText ? String(this.raw.v ?? '') : this.children.map((c) => c.text).join('')
  }
  get disabled() {
    const d = this.attrs.disabled
    return d === true || d === 'true' || d === ''
  }
  *walk() {
    yield this
    for (const c of this.children) yield* c.walk()
  }
  /** Lines as a person reads them: one per block of text, for messages and `includes` checks. */
  lines() {
    const out = []
    const visit = (n) => {
      if (n.tag === 'input' || n.tag === 'textarea') {
        out.push(`[${n.tag} ${n.attrs.value || n.attrs.placeholder || ''}]`)
        return
      }
      let run = ''
      for (const c of n.children) {
        if (c.isText) run += c.text
        else {
          if (norm(run)) out.push(norm(run))
          run = ''
          visit(c)
        }
      }
      if (norm(run)) out.push(norm(run))
    }
    visit(this)
    return out
  }
  /** Innermost elements inside this one whose text is `m` (whole text, whitespace-normalised; or a RegExp). */
  findAll(m) {
    const hits = [...this.walk()].filter((n) => n !== this && !n.isText && matches(n.text, m))
    return hits.filter((n) => !hits.some((o) => o !== n && isAncestor(o, n)))
  }
}

const matches = (text, m) => (m instanceof RegExp ? m.test(text) : norm(text) === m)

/**
 * @param {object} o
 * @param {object} o.options what the page module passed to Page()
 * @param {string} o.route e.g. 'pages/home/index'
 * @param {Map} o.templates from readTemplates()
 * @param {(fn: () => void) => void} o.asTap runs fn as a user tap (for requestSubscribeMessage)
 */
export function createPage({ options, route, query, templates, asTap }) {
  // WeChat copies the options onto each instance, data deep-copied
  const instance = { ...options }
  instance.data = clone(options.data ?? {})
  instance.route = route
  instance.__route__ = route
  instance.options = { ...query }
  let updates = 0
  const changeListeners = new Set()
  instance.setData = function setData(patch, cb) {
    applySetData(instance.data, patch)
    updates += 1
    changeListeners.forEach((l) => l())
    if (typeof cb === 'function') setTimeout(cb, 0)
  }
  instance.selectComponent = () => null
  instance.selectAllComponents = () => []
  instance.createSelectorQuery = () => {
    throw new Error('createSelectorQuery is not simulated')
  }

  const root = () => new ViewNode({ nn: 'root', cn: instance.data.root?.cn ?? [] }, templates, null)

  const page = {
    route,
    query,
    instance,
    get updates() {
      return updates
    },
    root,
    /** Every line of text on the page (inputs shown as [input value-or-placeholder]). */
    lines: () => root().lines(),
    text: () => root().lines().join('\n'),
    /** Innermost elements whose text is `m` (a string: whole text, whitespace-normalised; or a RegExp). */
    findAll: (m) => root().findAll(m),
    find(m) {
      const hits = page.findAll(m)
      if (hits.length === 0) throw new Error(`${route}: nothing shows “${m}”\n--- page ---\n${page.text()}`)
      return hits[0]
    },
    has: (m) => page.findAll(m).length > 0,
    /** The button that shows `m` (its label may also be a word elsewhere: 受理 is a step of the stepper). */
    button(m) {
      const hit = page.findAll(m).find((n) => [n, ...ancestors(n)].some((a) => a.tag === 'button'))
      if (!hit) throw new Error(`${route}: no button shows “${m}”\n--- page ---\n${page.text()}`)
      return hit
    },
    /** What shows `m` in the smallest part of the page around what shows `anchor` (the 兑换 of one card). */
    near(anchor, m) {
      for (let scope = page.find(anchor).parent; scope; scope = scope.parent) {
        const hits = scope.findAll(m)
        if (hits.length) return hits[0]
      }
      throw new Error(`${route}: nothing shows “${m}” near “${anchor}”\n--- page ---\n${page.text()}`)
    },
    /** An input or textarea by its placeholder (Taro's weapp templates carry no aria-label). */
    field(label) {
      const hit = [...root().walk()].find(
        (n) =>
          (n.tag === 'input' || n.tag === 'textarea') &&
          [n.attrs.placeholder, n.attrs['aria-label'], n.raw['aria-label']].some(
            (a) => a && matches(String(a), label),
          ),
      )
      if (!hit) throw new Error(`${route}: no input labelled “${label}”\n--- page ---\n${page.text()}`)
      return hit
    },
    /**
     * Resolves once the page has been quiet (no setData) for `quietMs`: what a person waits for
     * before the next tap. Acting sooner would race React's and Taro's timers in a way no hand can.
     */
    settle({ quietMs = 40, timeout = 2000 } = {}) {
      return new Promise((resolve) => {
        const started = Date.now()
        let seen = updates
        let since = Date.now()
        const poll = setInterval(() => {
          if (updates !== seen) {
            seen = updates
            since = Date.now()
          }
          if (Date.now() - since >= quietMs || Date.now() - started >= timeout) {
            clearInterval(poll)
            resolve(page)
          }
        }, 10)
      })
    },
    /** Taps what shows `m` (or a node): `eh` on the target, then on each ancestor that binds tap. */
    tap(m) {
      const target = m instanceof ViewNode ? m : page.find(m)
      const control = [target, ...ancestors(target)].find((n) => n.tag === 'button')
      if (control?.disabled) throw new Error(`${route}: “${control.text}” is disabled`)
      const bound = [target, ...ancestors(target)].filter((n) => n.binds.has('tap') || n.catches.has('tap'))
      if (bound.length === 0) throw new Error(`${route}: nothing reacts to a tap on “${target.text}”`)
      const x = 100
      const touch = { identifier: 0, pageX: x, pageY: x, clientX: x, clientY: x }
      asTap(() => {
        for (const n of bound) {
          instance.eh({
            type: 'tap',
            timeStamp: Date.now(),
            target: { id: target.id, offsetLeft: 0, offsetTop: 0, dataset: { sid: target.sid } },
            currentTarget: { id: n.id, offsetLeft: 0, offsetTop: 0, dataset: { sid: n.sid } },
            detail: { x, y: x },
            touches: [touch],
            changedTouches: [touch],
            mut: false,
          })
          if (n.catches.has('tap')) break
        }
      })
      return page.settle()
    },
    /** Types into an input or textarea as WeChat reports it: one `input` event with the whole value. */
    input(label, value) {
      const n = label instanceof ViewNode ? label : page.field(label)
      const event = (type, detail) => ({
        type,
        timeStamp: Date.now(),
        target: { id: n.id, dataset: { sid: n.sid } },
        currentTarget: { id: n.id, dataset: { sid: n.sid } },
        detail,
      })
      instance.eh(event('focus', { value: n.attrs.value ?? '', height: 0 }))
      instance.eh(event('input', { value, cursor: value.length, keyCode: 0 }))
      instance.eh(event('blur', { value, cursor: value.length }))
      return page.settle()
    },
    /** Resolves when `predicate(page)` holds (checked on every setData and every 20 ms). */
    waitFor(predicate, { timeout = 10_000, what = 'the condition' } = {}) {
      return new Promise((resolve, reject) => {
        const check = () => {
          let ok = false
          try {
            ok = predicate(page)
          } catch {
            ok = false
          }
          if (!ok) return false
          done()
          resolve(page)
          return true
        }
        const poll = setInterval(check, 20)
        const stop = page.onChange(check)
        const timer = setTimeout(() => {
          done()
          reject(
            new Error(`${route}: ${what} did not come within ${timeout} ms\n--- page ---\n${page.text()}`),
          )
        }, timeout)
        function done() {
          clearInterval(poll)
          clearTimeout(timer)
          stop()
        }
        check()
      })
    },
    /** Waits until something shows `m` (whole text or RegExp). */
    waitForText(m, opts) {
      return page.waitFor((p) => p.has(m), { what: `“${m}”`, ...opts })
    },
    waitForGone(m, opts) {
      return page.waitFor((p) => !p.has(m), { what: `“${m}” to go`, ...opts })
    },
    onChange(listener) {
      changeListeners.add(listener)
      return () => changeListeners.delete(listener)
    },
  }
  return page
}

function* ancestors(n) {
  for (let p = n.parent; p; p = p.parent) yield p
}

function isAncestor(child, maybeAncestor) {
  for (const a of ancestors(child)) if (a === maybeAncestor) return true
  return false
}
