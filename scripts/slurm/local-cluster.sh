#!/usr/bin/env bash
# A single-node Slurm cluster on this machine, for trying and testing the cohort job array
# (scripts/slurm/cohort-array.sbatch) where no real cluster is at hand: Debian's slurm-wlm and
# munge, one node (this host, its real CPUs and memory from `slurmd -C`), one partition.
#
#   scripts/slurm/local-cluster.sh start    install if missing, configure, start, wait for an idle node
#   scripts/slurm/local-cluster.sh stop     stop slurmd, slurmctld and munged (by their pid files)
#   scripts/slurm/local-cluster.sh status   say what runs; exit 0 only when the node is idle
#
# Needs root (it installs packages and starts daemons as root, fine on a throwaway CI machine or a
# container). Idempotent: a second start finds everything running and only waits for the node.
# It writes /etc/slurm/slurm.conf only when none exists or the one there is its own (the marker
# line below), so it never overwrites a real cluster's configuration.
# Process tracking is proctrack/linuxproc and tasks are bound by task/affinity (sched_setaffinity):
# no cgroups, so it also runs in a container without systemd or a writable cgroup tree. The binding
# matters: a shard sizes its worker pool by the cores it may use (os.availableParallelism), so with
# --cpus-per-task=1 each array task runs one worker on its own core, as on a real cluster.
set -euo pipefail

MARKER='# Written by nocturne scripts/slurm/local-cluster.sh'
CONF=/etc/slurm/slurm.conf
LOG_DIR=/var/log/slurm
CTLD_LOG=$LOG_DIR/slurmctld.log
SLURMD_LOG=$LOG_DIR/slurmd.log
CTLD_PID=/run/slurmctld.pid
SLURMD_PID=/run/slurmd.pid
MUNGE_PID=/run/munge/munged.pid
MUNGE_LOG=/var/log/munge/munged.log
MUNGE_KEY=/etc/munge/munge.key
WAIT_SECONDS=${SLURM_LOCAL_WAIT_SECONDS:-60}

say() { echo "local-cluster: $*"; }
fail() {
  echo "local-cluster: $*" >&2
  exit 1
}

# Prints the pid in FILE when that process is alive; nothing otherwise.
alive_pid() {
  local file=$1 pid
  [ -r "$file" ] || return 0
  pid=$(cat "$file" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then echo "$pid"; fi
}

need_root() {
  [ "$(id -u)" -eq 0 ] || fail "must run as root (it installs Debian packages and starts slurmctld, slurmd and munged); run it with sudo or use a real cluster"
}

install_packages() {
  if command -v slurmctld >/dev/null && command -v slurmd >/dev/null && command -v sbatch >/dev/null && command -v munged >/dev/null; then
    return
  fi
  command -v apt-get >/dev/null || fail "slurmctld, slurmd, sbatch or munged is missing and there is no apt-get to install them (Debian's slurm-wlm and munge)"
  say "installing slurm-wlm and munge (apt-get)"
  export DEBIAN_FRONTEND=noninteractive
  # The package lists may be missing on a fresh image; an update failure is reported by the install.
  apt-get update -qq >/dev/null || true
  apt-get install -y -qq --no-install-recommends slurm-wlm munge >/dev/null \
    || fail "apt-get install slurm-wlm munge failed (run it by hand to see why)"
}

start_munge() {
  if [ -n "$(alive_pid "$MUNGE_PID")" ]; then return; fi
  mkdir -p /etc/munge /var/lib/munge /var/log/munge /run/munge
  if [ ! -s "$MUNGE_KEY" ]; then
    say "creating the munge key $MUNGE_KEY"
    mungekey --create --keyfile="$MUNGE_KEY" || fail "mungekey --create failed"
  fi
  chown -R munge:munge /etc/munge /var/lib/munge /var/log/munge /run/munge
  chmod 0700 /etc/munge /var/lib/munge /var/log/munge
  chmod 0755 /run/munge
  chmod 0600 "$MUNGE_KEY"
  # munged refuses to run as root; its own user owns the key and the socket folder.
  runuser -u munge -- munged --pid-file="$MUNGE_PID" \
    || fail "munged did not start: read $MUNGE_LOG"
  for _ in $(seq 1 50); do
    if munge -n </dev/null | unmunge >/dev/null 2>&1; then return; fi
    sleep 0.1
  done
  fail "munged started but a credential does not round-trip (munge -n | unmunge): read $MUNGE_LOG"
}

write_conf() {
  if [ -e "$CONF" ] && ! grep -qF "$MARKER" "$CONF"; then
    fail "$CONF exists and was not written by this script: not overwriting a real configuration (move it away to use the local cluster)"
  fi
  local host node
  host=$(hostname -s)
  # slurmd -C prints this machine's node line (CPUs, sockets, cores, threads, RealMemory); its
  # second line is the uptime, which is not configuration.
  node=$(slurmd -C | grep '^NodeName=') || fail "slurmd -C did not describe this machine"
  mkdir -p /etc/slurm "$LOG_DIR" /var/spool/slurmctld /var/spool/slurmd
  local tmp
  tmp=$(mktemp /etc/slurm/slurm.conf.XXXXXX)
  cat >"$tmp" <<EOF
$MARKER
# A single node for tests: no cgroups (container-friendly), no accounting daemon.
ClusterName=nocturne-local
SlurmctldHost=$host
AuthType=auth/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=$CTLD_PID
SlurmdPidFile=$SLURMD_PID
SlurmctldLogFile=$CTLD_LOG
SlurmdLogFile=$SLURMD_LOG
ProctrackType=proctrack/linuxproc
TaskPlugin=task/affinity
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
# Keep finished jobs visible to scontrol for a while: with no accounting daemon, scontrol is how a
# caller reads their exit codes.
MinJobAge=600
$node State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF
  chmod 0644 "$tmp"
  if [ -e "$CONF" ] && cmp -s "$tmp" "$CONF"; then
    rm -f "$tmp"
  else
    mv "$tmp" "$CONF"
    say "wrote $CONF ($node)"
  fi
}

start_daemon() {
  local name=$1 pidfile=$2 log=$3
  if [ -n "$(alive_pid "$pidfile")" ]; then return; fi
  "$name" || fail "$name did not start: read $log"
  for _ in $(seq 1 50); do
    if [ -n "$(alive_pid "$pidfile")" ]; then return; fi
    sleep 0.1
  done
  fail "$name exited right after starting: read $log"
}

node_state() {
  sinfo --noheader --nodes="$(hostname -s)" --format=%T 2>/dev/null | head -n 1 || true
}

wait_idle() {
  local state=""
  for _ in $(seq 1 $((WAIT_SECONDS * 2))); do
    state=$(node_state)
    case "$state" in
      idle | mixed | allocated) say "node $(hostname -s) is $state"; return ;;
    esac
    [ -n "$(alive_pid "$CTLD_PID")" ] || fail "slurmctld stopped: read $CTLD_LOG"
    [ -n "$(alive_pid "$SLURMD_PID")" ] || fail "slurmd stopped: read $SLURMD_LOG"
    sleep 0.5
  done
  fail "node $(hostname -s) not idle after ${WAIT_SECONDS}s (sinfo says '${state:-nothing}'): read $SLURMD_LOG and $CTLD_LOG"
}

stop_pidfile() {
  local name=$1 pidfile=$2 pid
  pid=$(alive_pid "$pidfile")
  [ -n "$pid" ] || return 0
  kill "$pid"
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || { say "stopped $name ($pid)"; return 0; }
    sleep 0.1
  done
  fail "$name ($pid) did not stop within 5 s"
}

case "${1:-}" in
  start)
    need_root
    install_packages
    start_munge
    write_conf
    start_daemon slurmctld "$CTLD_PID" "$CTLD_LOG"
    start_daemon slurmd "$SLURMD_PID" "$SLURMD_LOG"
    wait_idle
    ;;
  stop)
    need_root
    stop_pidfile slurmd "$SLURMD_PID"
    stop_pidfile slurmctld "$CTLD_PID"
    stop_pidfile munged "$MUNGE_PID"
    ;;
  status)
    for d in "munged:$MUNGE_PID" "slurmctld:$CTLD_PID" "slurmd:$SLURMD_PID"; do
      pid=$(alive_pid "${d#*:}")
      echo "${d%%:*}: ${pid:-not running}"
    done
    state=$(node_state)
    echo "node $(hostname -s): ${state:-unknown}"
    [ "$state" = idle ]
    ;;
  *)
    echo "usage: $0 start|stop|status" >&2
    exit 2
    ;;
esac
