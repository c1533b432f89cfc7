/**
 * Sweeps on a SLURM cluster (docs/cluster.md): a job array whose task i runs shard i/n of a sweep, a merge job
 * behind it, and the follow-up (status, resubmission of what did not finish). The jobs run the existing
 * {@code realign sweep --shard}/{@code --resume} and {@code realign merge}, so the result is the sweep's.
 * <ul>
 *   <li>{@link realign.cluster.SlurmOptions} — the resources of the jobs, checked once.</li>
 *   <li>{@link realign.cluster.JobFolder} — the job folder's files and its record (slurm.json).</li>
 *   <li>{@link realign.cluster.JobScripts} — the text of array.sbatch, merge.sbatch and jobs.txt.</li>
 *   <li>{@link realign.cluster.ArrayRanges} — SLURM's {@code --array} index syntax.</li>
 *   <li>{@link realign.cluster.Slurm} — sbatch, squeue, scontrol and scancel, and parsers of their output.</li>
 *   <li>{@link realign.cluster.JobStatus} — per task pending/running/done/failed, runs done, what to do next.</li>
 *   <li>{@link realign.cluster.SlurmJobs} — writes the folder, submits and resubmits.</li>
 * </ul>
 */
package realign.cluster;
