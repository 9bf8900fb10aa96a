import { derive, keyedHash, topicOf } from './keys'

const HOUR = 3_600_000

/** Where peers holding these keys meet: swarm topics, and mDNS names that change every hour. */
export function meetingPoints(keys: readonly Uint8Array[], now = Date.now()) {
  const hour = Math.floor(now / HOUR)
  return {
    topics: keys.map(topicOf),
    names: keys.flatMap((key) =>
      [hour, hour - 1].map(
        (h) => `${keyedHash(derive(key, 'lan'), String(h), 16).subarray(0, 12).toString('hex')}.massline.local`,
      ),
    ),
  }
}
