/**
 * Bloc detection. {@link realign.blocs.LandscapeBlocs}: landscape-energy partition by best-response moves
 * with labels that persist across rounds (docs/model.md §3.4). Works on primitive arrays only.
 */
package realign.blocs;
