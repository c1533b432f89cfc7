/**
 * UN General Assembly roll-call data from outside the project (docs/scenarios.md, "Importing roll calls"):
 * {@link realign.unga.Symbols} derives the project's roll-call ids from document symbols,
 * {@link realign.unga.VotesImport} reads the UN Digital Library voting data (long layout) and the wide layout
 * derived from it, checks every vote against its recorded tallies and fails on unknown members, duplicated rows
 * and conflicting votes, and {@link realign.unga.ImportWriter} writes {@code rollcalls.csv}, {@code votes.csv}
 * and {@code provenance.md} into a new folder, atomically.
 */
package realign.unga;
