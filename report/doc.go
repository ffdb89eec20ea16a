// Package report holds what lifesim prints about the event log and a
// persona's state for people and scripts:
//
//   - the chain funnel report (WriteFunnel: table, JSON or CSV);
//   - event exports (NewEventWriter: exact JSONL, or CSV whose text cells
//     cannot run as spreadsheet formulas);
//   - a persona's state (WriteState, WriteStateJSON), the personas
//     (WritePersonas, WritePersonasJSON) and the store check's report
//     (WriteCheck, WriteCheckJSON);
//   - the stable JSON shapes of `state --json`, `personas --json` and
//     `events` (their own types, so no model or store change can alter
//     them);
//   - EachEvent, the one way to read the log a page at a time, used by
//     `lifesim events` (the funnel is read from what the store keeps with
//     the log, store.Funnels, not from the log);
//   - Gap, the short durations the funnel report and the panel show.
//
// It reads the store only through its interfaces (store.EventLog,
// store.Catalog) and imports nothing of the UI.
package report
