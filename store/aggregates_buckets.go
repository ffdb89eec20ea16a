package store

// aggregateBuckets hold what is kept up to date from the event log in the
// same transaction as each event (none yet). They are created at open and
// kept across reseeds and ClearUserState, as the log is.
var aggregateBuckets [][]byte
