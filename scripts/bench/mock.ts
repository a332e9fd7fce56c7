/**
 * The mock backend over HTTP for `npm run bench` (run by tsx, spawned by scripts/bench.mjs).
 *
 *   tsx scripts/bench/mock.ts [port]     0 (default) picks a free loopback port
 *
 * Prints one JSON line `{"port": N}` once it listens; exits when its standard input closes (the
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
  process.stdin.on('end', stop).on('close', stop).resume()
  process.once('SIGTERM', stop).once('SIGINT', stop)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
