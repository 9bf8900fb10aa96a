/** Plain words the Sync panel and the CLI show; the UI must not soften them. */
export const REMOVE_MEMBER_NOTICE =
  'Removing a device changes the notebook key so it can no longer sync. It keeps everything it had ' +
  'already received; removal only stops it from getting anything new. The devices it added leave with it.'

export const INVITE_NOTICE =
  'This code works once, for 15 minutes, and only while this device is online with sync on. ' +
  'When a device uses it, you will be asked to confirm it: check that its screen shows the same six digits.'
