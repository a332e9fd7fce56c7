/**
 * The mock backend over HTTP for `npm run bench` (run by tsx, spawned by scripts/bench.mjs).
 *
 *   tsx scripts/bench/mock.ts [port]     0 (default) picks a free loopback port
 *
 * Prints one JSON line `{"port": N}` once it listens, and `{"memory": …}` for each `memory` line
 * it reads on standard input; exits when its standard input closes (the
 * benchmark ended or died) or on SIGTERM / SIGINT. The store lives in memory only.
 */
import type { AddressInfo } from 'node:net'
import { startHttpMock } from '../../mock/bindings/http-server'

async function main(): Promise<void> {
  const port = Number(process.argv[2] ?? 0)
  const server = await startHttpMock({ host: '127.0.0.1', port })
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`)
  const stop = () => {
    server.close()
    server.closeAllConnections()
    process.exit(0)
  }
  // `memory` on standard input: one JSON line with process.memoryUsage(), after a forced GC when
  // node runs with --expose-gc (the upload-memory figure of the bench)
  process.stdin.setEncoding('utf8')
  process.stdin.on('data', (text: string) => {
    if (!text.includes('memory')) return
    ;(globalThis as { gc?: () => void }).gc?.()
    process.stdout.write(`${JSON.stringify({ memory: process.memoryUsage() })}\n`)
  })
  process.stdin.on('end', stop).on('close', stop).resume()
  process.once('SIGTERM', stop).once('SIGINT', stop)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
