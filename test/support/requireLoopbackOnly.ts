import { networkInterfaces } from 'node:os'

/**
 * Vitest global setup: tests open real sockets (sync over mDNS and TCP, the loopback host),
 * so they run only where the sole network is loopback. `npm test` arranges that through
 * scripts/isolated.sh; a bare `npx vitest` elsewhere stops here instead of reaching the LAN.
 */
export default function requireLoopbackOnly(): void {
  const others = Object.keys(networkInterfaces()).filter((name) => name !== 'lo')
  if (others.length) {
    throw new Error(
      `Refusing to run tests with network interfaces ${others.join(', ')}: run them through npm test, ` +
        'npm run test:unit / test:e2e, or scripts/isolated.sh npx vitest …, which give them a loopback-only namespace.',
    )
  }
}
