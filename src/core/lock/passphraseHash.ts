import sodium from 'sodium-universal'

/**
 * The unlock passphrase is kept only as an Argon2id string (libsodium's crypto_pwhash_str: salt
 * and cost inside), never in clear. Interactive cost: unlocking should take well under a second.
 */
export function hashPassphrase(passphrase: string): string {
  const out = Buffer.alloc(sodium.crypto_pwhash_STRBYTES)
  sodium.crypto_pwhash_str(out, Buffer.from(passphrase.normalize('NFC')), sodium.crypto_pwhash_OPSLIMIT_INTERACTIVE, sodium.crypto_pwhash_MEMLIMIT_INTERACTIVE)
  return out.toString('utf8').replace(/\0+$/, '')
}

export function verifyPassphrase(hash: string, passphrase: string): boolean {
  const str = Buffer.alloc(sodium.crypto_pwhash_STRBYTES)
  str.write(hash, 'utf8')
  return sodium.crypto_pwhash_str_verify(str, Buffer.from(passphrase.normalize('NFC')))
}
