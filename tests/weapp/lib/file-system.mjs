/**
 * WeChat's file system as a mini-program sees it: temporary files (what chooseMedia and
 * compressImage hand out, readable, gone when the app is killed) and user files under
 * `wx.env.USER_DATA_PATH` (the only writable place, with a quota). The *Sync methods throw an
 * Error whose message is WeChat's errMsg (`copyFileSync:fail no such file or directory, ...`).
 */
export const USER_DATA_PATH = 'wxfile://usr'
/** WeChat allows a mini-program 200 MB of user files; tests shrink it to fill it. */
export const DEFAULT_USER_QUOTA = 200 * 1024 * 1024

export function createFileSystem() {
  /** path → Uint8Array */
  const files = new Map()
  let tempSeq = 0
  const state = { userQuota: DEFAULT_USER_QUOTA }

  const isUser = (p) => p.startsWith(`${USER_DATA_PATH}/`)
  const userBytes = () => [...files].reduce((n, [p, b]) => n + (isUser(p) ? b.length : 0), 0)
  const fail = (api, why) => {
    const e = new Error(`${api}:fail ${why}`)
    e.errMsg = e.message
    return e
  }
  const mustExist = (api, p) => {
    const b = files.get(p)
    if (!b) throw fail(api, `no such file or directory, ${p}`)
    return b
  }
  const write = (api, p, bytes) => {
    if (!isUser(p)) throw fail(api, `permission denied, open ${p}`)
    const grows = bytes.length - (files.get(p)?.length ?? 0)
    if (userBytes() + grows > state.userQuota) {
      throw fail(api, 'the maximum size of the file storage limit is exceeded')
    }
    files.set(p, bytes)
  }
  const toBytes = (data, encoding) => {
    if (typeof data === 'string') return new Uint8Array(Buffer.from(data, encoding ?? 'utf8'))
    if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength).slice()
    return new Uint8Array(data).slice()
  }

  const manager = {
    readFileSync(filePath, encoding, position, length) {
      const b = mustExist('readFileSync', filePath)
      const start = position ?? 0
      const part = b.slice(start, length === undefined ? undefined : start + length)
      if (encoding) return Buffer.from(part).toString(encoding)
      return part.buffer
    },
    writeFileSync(filePath, data, encoding) {
      write('writeFileSync', filePath, toBytes(data, encoding))
    },
    copyFileSync(srcPath, destPath) {
      write('copyFileSync', destPath, mustExist('copyFileSync', srcPath).slice())
    },
    statSync(path) {
      const b = mustExist('statSync', path)
      return {
        size: b.length,
        mode: 33188,
        lastAccessedTime: Math.floor(Date.now() / 1000),
        lastModifiedTime: Math.floor(Date.now() / 1000),
        isFile: () => true,
        isDirectory: () => false,
      }
    },
    accessSync(path) {
      if (path !== USER_DATA_PATH) mustExist('accessSync', path)
    },
    unlinkSync(filePath) {
      mustExist('unlinkSync', filePath)
      files.delete(filePath)
    },
    readdirSync(dirPath) {
      const prefix = `${dirPath.replace(/\/$/, '')}/`
      return [...files.keys()].filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length))
    },
    mkdirSync() {},
  }

  return {
    state,
    files,
    manager,
    /** A new temporary file, as chooseMedia or compressImage leave one. */
    addTemp(bytes, ext = 'jpg') {
      tempSeq += 1
      const p = `wxfile://tmp_${String(tempSeq).padStart(4, '0')}.${ext}`
      files.set(p, bytes)
      return p
    },
    userFiles: () => [...files.keys()].filter(isUser),
    /** The app was killed: temporary files are gone, user files stay. */
    dropTemp() {
      for (const p of [...files.keys()]) if (!isUser(p)) files.delete(p)
    },
  }
}
