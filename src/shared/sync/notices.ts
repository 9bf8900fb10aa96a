/** Plain words the Sync panel and the CLI show; the UI must not soften them. */
export const REMOVE_MEMBER_NOTICE =
  'Removing a device changes the notebook key so it can no longer sync. It keeps everything it had ' +
  'already received; removal only stops it from getting anything new.'

export const INVITE_NOTICE =
  'This code works once, for 24 hours, and only while this device is online with sync on. ' +
  'Anyone who gets it first joins the notebook: hand it over in person.'
