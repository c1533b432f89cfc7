/**
 * Bloc detection. {@link realign.blocs.LandscapeBlocs}: landscape-energy partition by best-response moves
 * and the opening of new blocs (a split of a bloc, or a founding by two unaligned countries), with labels that
 * persist across rounds (docs/model.md §3.4). Works on primitive arrays only.
 */
package realign.blocs;
