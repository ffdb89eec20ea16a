package store

// aggregateBuckets hold what is kept up to date from the event log in the
// same transaction as each event (since schema 4): the funnel fold's
// state (model.FoldEvent), so that the funnel and retention figures are
// read without folding the log again. They are created at open and kept
// across reseeds and ClearUserState, as the log is.
//
//	agg_sessions  session id → JSON sessionRecord, its progress along the chain
//	agg_waiting   pmKey(persona, mini program) → JSON []session id, the
//	              sessions at the collect step waiting for a revisit
//	agg_units     pmKey(persona, mini program) → JSON unitRecord, the
//	              retention unit of its first collect
//	agg_groups    groupKey → nested bucket per group of sessions ("all",
//	              or one experiment arm):
//	                tally   JSON tallyRecord (sessions, per step count and
//	                        sum of times, units collected)
//	                gaps    series BE(gap ns) → BE count, the times to each
//	                        step (series 0..3) and collect → revisit (series 4)
//	                coarse  series BE16(coarse(gap)) → BE count, the same
//	                        counted per range of gaps, so that a median or a
//	                        count within --days skips whole ranges
//
// pmKey is uvarint(len(persona)) persona mp; groupKey is "a" for all
// sessions and "v" uvarint(len(experiment)) experiment arm for an arm.
var (
	bktAggSessions = []byte("agg_sessions")
	bktAggWaiting  = []byte("agg_waiting")
	bktAggUnits    = []byte("agg_units")
	bktAggGroups   = []byte("agg_groups")
)

var aggregateBuckets = [][]byte{bktAggSessions, bktAggWaiting, bktAggUnits, bktAggGroups}

// Keys inside a group's bucket in agg_groups.
var (
	groupTally  = []byte("tally")
	groupGaps   = []byte("gaps")
	groupCoarse = []byte("coarse")
)
