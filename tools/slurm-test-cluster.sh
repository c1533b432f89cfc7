#!/usr/bin/env bash
# A single-node SLURM cluster on this machine, for trying `realign slurm` and for the end-to-end test
# (docs/cluster.md). Everything lives under one folder: munge key and socket, slurm.conf, state, spool,
# logs and pid files; nothing under /etc, /run or /var is used, no systemd.
#
#   tools/slurm-test-cluster.sh install       install Debian's packages when missing (root; apt-get)
#   tools/slurm-test-cluster.sh check         exit 0 if a cluster can be started here, else say why (exit 3)
#   tools/slurm-test-cluster.sh start DIR     start munged, slurmctld and slurmd with all state under DIR
#                                             (created; must be empty or absent); prints the line to source
#   tools/slurm-test-cluster.sh stop DIR      cancel every job, stop the daemons by their pid files
#
# After start:  export SLURM_CONF=DIR/slurm.conf   (sbatch, squeue, scontrol, scancel then use this cluster)
# Needs root (slurmd starts jobs as their owner) and the packages slurmctld, slurmd, slurm-client, munge.
set -euo pipefail

packages=(slurmctld slurmd slurm-client munge)

die() {
  echo "slurm-test-cluster: $*" >&2
  exit 1
}

# why a cluster cannot be started here, or nothing
missing() {
  if [ "$(id -u)" != 0 ]; then
    echo "not running as root (slurmd must start jobs as their owner)"
    return
  fi
  local cmd
  for cmd in munged mungekey slurmctld slurmd sbatch squeue scontrol scancel sinfo; do
    if ! command -v "$cmd" >/dev/null 2>&1; then
      echo "$cmd is not installed (apt-get install ${packages[*]}, or: $0 install)"
      return
    fi
  done
}

# a TCP port nobody listens on, from the given one upwards
free_port() {
  local p=$1
  while ss -Htln "sport = :$p" 2>/dev/null | grep -q .; do
    p=$((p + 1))
  done
  echo "$p"
}

wait_for() { # seconds, description, command...
  local limit=$1 what=$2
  shift 2
  local end=$((SECONDS + limit))
  until "$@" >/dev/null 2>&1; do
    if [ "$SECONDS" -ge "$end" ]; then
      return 1
    fi
    sleep 0.2
  done
}

stop_pid() { # pid file
  local f=$1 pid
  [ -f "$f" ] || return 0
  pid="$(cat "$f" 2>/dev/null || true)"
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    local end=$((SECONDS + 10))
    while kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$end" ]; do
      sleep 0.1
    done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$f"
}

no_jobs() {
  [ -z "$(squeue -h 2>/dev/null)" ] && squeue -h >/dev/null 2>&1
}

node_idle() {
  local state
  state="$(sinfo -h -N -o %T 2>/dev/null | head -1)"
  [ "$state" = idle ]
}

start() {
  local dir=$1
  local why
  why="$(missing)"
  [ -z "$why" ] || die "cannot start a cluster: $why"
  if [ -e "$dir" ] && [ -n "$(ls -A "$dir" 2>/dev/null)" ]; then
    die "$dir: expected an empty or absent folder"
  fi
  case "$dir" in
    *[[:space:]\"\'#=]*) die "$dir: expected a folder path without spaces, quotes, '#' or '=' (slurm.conf cannot hold them)" ;;
  esac
  mkdir -p "$dir"
  dir="$(cd "$dir" && pwd)"
  # whatever fails from here on, the daemons already started are stopped again
  trap 'stop "$dir" >/dev/null 2>&1 || true' EXIT
  # munged refuses keys readable by others and sockets in group- or world-writable folders
  chmod 0755 "$dir"
  mkdir -p "$dir/munge" "$dir/ctld" "$dir/spool" "$dir/log"
  chmod 0755 "$dir/munge"
  mungekey --create --keyfile="$dir/munge/munge.key" --force >/dev/null 2>&1 \
    || dd if=/dev/urandom of="$dir/munge/munge.key" bs=1024 count=1 status=none
  chmod 0600 "$dir/munge/munge.key"
  munged --force --socket="$dir/munge/munge.socket.2" --key-file="$dir/munge/munge.key" \
    --pid-file="$dir/munge/munged.pid" --log-file="$dir/log/munged.log" --seed-file="$dir/munge/munged.seed" \
    || die "munged did not start (see $dir/log/munged.log)"

  local host ctld_port d_port node cpus mem_free mem
  host="$(hostname -s)"
  ctld_port="$(free_port "${SLURMCTLD_PORT:-6817}")"
  d_port="$(free_port "${SLURMD_PORT:-$((ctld_port + 1))}")"
  [ "$d_port" != "$ctld_port" ] || d_port="$(free_port $((ctld_port + 1)))"
  # the node as slurmd sees it, with RealMemory below the memory that is free now (else the node is drained)
  node="$(slurmd -C | head -1)"
  cpus="$(sed -n 's/.*CPUs=\([0-9]*\).*/\1/p' <<<"$node")"
  mem_free="$(awk '/^MemAvailable:/ {print int($2 / 1024)}' /proc/meminfo)"
  mem=$((mem_free * 8 / 10))
  [ "$mem" -ge 256 ] || mem=256
  node="$(sed -e "s/RealMemory=[0-9]*/RealMemory=$mem/" -e 's/^NodeName=[^ ]*/NodeName='"$host"'/' <<<"$node")"

  cat >"$dir/slurm.conf" <<EOF
# single-node test cluster written by tools/slurm-test-cluster.sh
ClusterName=realign-test
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$d_port
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
AuthInfo=socket=$dir/munge/munge.socket.2
CredType=cred/munge
StateSaveLocation=$dir/ctld
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SwitchType=switch/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerParameters=batch_sched_delay=0
DependencyParameters=kill_invalid_depend
ReturnToService=2
KillWait=5
MinJobAge=600
SlurmctldTimeout=30
SlurmdTimeout=30
$node NodeAddr=127.0.0.1 State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
  export SLURM_CONF="$dir/slurm.conf"
  slurmctld -c -f "$SLURM_CONF" || die "slurmctld did not start (see $dir/log/slurmctld.log)"
  slurmd -f "$SLURM_CONF" || die "slurmd did not start (see $dir/log/slurmd.log)"
  if ! wait_for 30 "slurmctld" scontrol ping || ! wait_for 30 "an idle node" node_idle; then
    echo "slurm-test-cluster: the cluster did not come up within 30 s; last log lines:" >&2
    tail -n 15 "$dir/log/slurmctld.log" "$dir/log/slurmd.log" >&2 || true
    exit 1
  fi
  trap - EXIT
  echo "SLURM test cluster up: node $host, $cpus CPUs, ${mem} MB; state in $dir"
  echo "export SLURM_CONF=$dir/slurm.conf"
}

stop() {
  local dir=$1
  [ -d "$dir" ] || die "$dir: no such folder"
  if [ -f "$dir/slurm.conf" ] && [ -f "$dir/slurmctld.pid" ]; then
    SLURM_CONF="$dir/slurm.conf" scancel --quiet --user="$(id -un)" 2>/dev/null || true
    # let slurmd end the jobs' processes before it is stopped
    SLURM_CONF="$dir/slurm.conf" wait_for 15 "no jobs" no_jobs || true
  fi
  stop_pid "$dir/slurmd.pid"
  stop_pid "$dir/slurmctld.pid"
  stop_pid "$dir/munge/munged.pid"
}

case "${1:-}" in
  install)
    if [ -z "$(missing)" ]; then
      exit 0
    fi
    [ "$(id -u)" = 0 ] || die "installing packages needs root"
    command -v apt-get >/dev/null 2>&1 || die "no apt-get: install ${packages[*]} with your package manager"
    export DEBIAN_FRONTEND=noninteractive
    log="$(mktemp)"
    if ! { apt-get update -q && apt-get install -y -q --no-install-recommends "${packages[@]}"; } >"$log" 2>&1; then
      tail -n 20 "$log" >&2
      rm -f "$log"
      die "apt-get install ${packages[*]} failed (above)"
    fi
    rm -f "$log"
    ;;
  check)
    why="$(missing)"
    if [ -n "$why" ]; then
      echo "$why"
      exit 3
    fi
    ;;
  start)
    [ $# -eq 2 ] || die "usage: $0 start DIR"
    start "$2"
    ;;
  stop)
    [ $# -eq 2 ] || die "usage: $0 stop DIR"
    stop "$2"
    ;;
  *)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
