import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '../../..')
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm'

export interface Run {
  child: ChildProcess
  output(): string
  /** resolves to the exit code */
  exited: Promise<number>
}

/** `npm run <script>` in its own process group, so stopping it stops tsx and node under it. */
export function npmRun(args: string[], env: Record<string, string> = {}): Run {
  const child = spawn(NPM, ['run', '--silent', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const chunks: Buffer[] = []
  child.stdout?.on('data', (c: Buffer) => chunks.push(c))
  child.stderr?.on('data', (c: Buffer) => chunks.push(c))
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)))
  return { child, output: () => Buffer.concat(chunks).toString('utf8'), exited }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

/** `npm run mock:serve` on a free port; resolves once it listens. */
export async function startMockServe(): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort()
  const run = npmRun(['mock:serve'], { MOCK_HOST: '127.0.0.1', MOCK_PORT: String(port) })
  const deadline = Date.now() + 30_000
  while (!/mock backend on/.test(run.output())) {
    if (Date.now() > deadline || run.child.exitCode !== null) {
      if (run.child.pid && run.child.exitCode === null) process.kill(-run.child.pid, 'SIGTERM')
      throw new Error(`mock:serve did not start:\n${run.output()}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () => {
      if (run.child.pid && run.child.exitCode === null) process.kill(-run.child.pid, 'SIGTERM')
    },
  }
}
