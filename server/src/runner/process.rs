//! Running a child in its own process group with a deadline, cancellation
//! and resource limits, and making sure nothing it started outlives it.
//!
//! Where the kernel allows it (see [`super::contain`]), the child enters a
//! user + PID namespace of its own before it runs: the direct child stays
//! outside as a waiter that mirrors the exit status, a tiny init is PID 1
//! inside, and the command runs as its child. When the init goes (the
//! command ended, we killed the group, or kata died: every level has
//! `PR_SET_PDEATHSIG`), the kernel kills everything left in the namespace,
//! however it daemonised.
//!
//! Without namespaces, killing the group is not enough: a process that
//! calls `setsid` leaves the group. We make this process a child subreaper,
//! so such escapees are re-parented to us when their parent dies, and sweep
//! them after every run until none is left.

use super::contain::{self, Sandbox};
use std::collections::{HashSet, VecDeque};
use std::process::{ExitStatus, Stdio};
use std::sync::{Arc, Mutex, MutexGuard, Once};
use std::time::{Duration, Instant};
use tokio::io::AsyncReadExt;
use tokio::process::Command;
use tokio_util::sync::CancellationToken;

/// Limits applied to learner code (test binaries, probes), never to cargo.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub cpu_secs: u64,
    pub address_space_bytes: u64,
    pub file_size_bytes: u64,
}

impl Limits {
    pub fn for_timeout(timeout: Duration) -> Limits {
        Limits {
            // A backstop behind the wall-clock timeout; CPU time adds up
            // over threads, so leave room for parallel tests.
            cpu_secs: timeout.as_secs() * 4 + 5,
            address_space_bytes: 4 << 30,
            file_size_bytes: 64 << 20,
        }
    }
}

/// How a child is contained beyond its process group: limits for learner
/// code, and its sandbox (Landlock, scrubbed environment, network
/// namespace). Every child also gets `PR_SET_PDEATHSIG` and, where the
/// kernel allows, its own user + PID namespace.
#[derive(Debug, Clone, Default)]
pub struct Containment {
    pub limits: Option<Limits>,
    pub sandbox: Option<Arc<Sandbox>>,
}

impl From<Option<Limits>> for Containment {
    fn from(limits: Option<Limits>) -> Containment {
        Containment {
            limits,
            sandbox: None,
        }
    }
}

impl Containment {
    pub fn learner(limits: Limits, sandbox: Option<Arc<Sandbox>>) -> Containment {
        Containment {
            limits: Some(limits),
            sandbox,
        }
    }
}

/// After the child exited, how long its output may stay idle (something it
/// left holding the pipe) before we stop reading.
const DRAIN: Duration = Duration::from_millis(500);

/// What is kept of each stream: its first and last half mebibyte. A test
/// that writes in a loop must not make us grow without bound.
const KEEP_HEAD: usize = 512 << 10;
const KEEP_TAIL: usize = 512 << 10;
/// A line longer than this is cut to its head and tail: libtest's event for
/// a failing test carries all the output the test printed.
const MAX_LINE: usize = 256 << 10;

/// Stands in for the bytes dropped from the middle of a stream or a line.
pub fn dropped_marker(bytes: u64) -> String {
    format!("\u{2026} {bytes}{DROPPED_SUFFIX}")
}
pub(crate) const DROPPED_SUFFIX: &str = " bytes of output dropped \u{2026}";

/// The head and tail of a byte stream, and how much fell between them.
#[derive(Debug)]
struct Bounded {
    head: Vec<u8>,
    tail: VecDeque<u8>,
    dropped: u64,
    head_cap: usize,
    tail_cap: usize,
}

impl Bounded {
    fn new(head_cap: usize, tail_cap: usize) -> Bounded {
        Bounded {
            head: Vec::new(),
            tail: VecDeque::new(),
            dropped: 0,
            head_cap,
            tail_cap,
        }
    }

    fn is_empty(&self) -> bool {
        self.head.is_empty() && self.tail.is_empty() && self.dropped == 0
    }

    fn push(&mut self, bytes: &[u8]) {
        let room = self
            .head_cap
            .saturating_sub(self.head.len())
            .min(bytes.len());
        self.head.extend_from_slice(&bytes[..room]);
        let rest = &bytes[room..];
        if rest.len() >= self.tail_cap {
            self.dropped += (self.tail.len() + rest.len() - self.tail_cap) as u64;
            self.tail.clear();
            self.tail.extend(&rest[rest.len() - self.tail_cap..]);
        } else {
            self.tail.extend(rest);
            let excess = self.tail.len().saturating_sub(self.tail_cap);
            self.tail.drain(..excess);
            self.dropped += excess as u64;
        }
    }

    /// The kept text, with the marker (between `around`s) where bytes were
    /// dropped.
    fn render(&self, around: &str) -> String {
        let mut bytes = self.head.clone();
        if self.dropped > 0 {
            bytes.extend_from_slice(around.as_bytes());
            bytes.extend_from_slice(dropped_marker(self.dropped).as_bytes());
            bytes.extend_from_slice(around.as_bytes());
        }
        bytes.extend(self.tail.iter());
        String::from_utf8_lossy(&bytes).into_owned()
    }

    fn clear(&mut self) {
        self.head.clear();
        self.tail.clear();
        self.dropped = 0;
    }
}

/// Splits a stream into lines as it arrives, each cut to `MAX_LINE`.
struct Lines {
    line: Bounded,
}

impl Lines {
    fn new() -> Lines {
        Lines {
            line: Bounded::new(MAX_LINE / 2, MAX_LINE / 2),
        }
    }

    fn push(&mut self, mut bytes: &[u8], on_line: &mut impl FnMut(&str)) {
        while let Some(end) = bytes.iter().position(|b| *b == b'\n') {
            self.line.push(&bytes[..end]);
            self.flush(on_line);
            bytes = &bytes[end + 1..];
        }
        self.line.push(bytes);
    }

    fn flush(&mut self, on_line: &mut impl FnMut(&str)) {
        let text = self.line.render("");
        on_line(text.trim_end_matches('\r'));
        self.line.clear();
    }

    fn finish(&mut self, on_line: &mut impl FnMut(&str)) {
        if !self.line.is_empty() {
            self.flush(on_line);
        }
    }
}

#[derive(Debug)]
pub struct Finished {
    /// `None` when we killed it (timeout or cancellation).
    pub status: Option<ExitStatus>,
    /// The head and tail of each stream (about 1 MiB), with a line saying
    /// how many bytes were dropped between them.
    pub stdout: String,
    pub stderr: String,
    pub timed_out: bool,
    pub cancelled: bool,
}

impl Finished {
    pub fn success(&self) -> bool {
        self.status.is_some_and(|s| s.success())
    }
    pub fn signal(&self) -> Option<i32> {
        use std::os::unix::process::ExitStatusExt;
        self.status.and_then(|s| s.signal())
    }
}

/// `kata -v`: each command is printed on stderr as it starts, and its
/// duration when it ends. Off for the language server (its stderr is the
/// editor's log).
static ECHO_COMMANDS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub fn echo_commands(on: bool) {
    ECHO_COMMANDS.store(on, std::sync::atomic::Ordering::Relaxed);
}

/// `$ cargo test --no-run … (in /ws)`, for `-v`.
fn describe(command: &Command) -> String {
    let std = command.as_std();
    let mut line = format!("$ {}", std.get_program().to_string_lossy());
    for arg in std.get_args() {
        line.push(' ');
        line.push_str(&arg.to_string_lossy());
    }
    if let Some(dir) = std.get_current_dir() {
        line.push_str(&format!(" (in {})", dir.display()));
    }
    line
}

static LIVE_CHILDREN: Mutex<Option<HashSet<u32>>> = Mutex::new(None);
/// Held while a run's child is spawned and tracked, and while orphans are
/// swept: runs of different crates (a test run and a probe) go on at once,
/// and one's sweep must never take the other's child between its fork and
/// its tracking.
static SPAWNING: Mutex<()> = Mutex::new(());
static SUBREAPER: Once = Once::new();

/// Holds off the orphan sweep (while a probe forks a child of its own).
pub(super) fn spawning() -> MutexGuard<'static, ()> {
    SPAWNING.lock().unwrap_or_else(|e| e.into_inner())
}

fn become_subreaper() {
    SUBREAPER.call_once(|| {
        // SAFETY: prctl with PR_SET_CHILD_SUBREAPER takes one integer argument.
        unsafe { libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) };
    });
}

fn track(pid: u32, live: bool) {
    let mut set = LIVE_CHILDREN.lock().unwrap_or_else(|e| e.into_inner());
    let set = set.get_or_insert_with(HashSet::new);
    if live {
        set.insert(pid);
    } else {
        set.remove(&pid);
    }
}

/// Runs `command` to completion, a deadline, or cancellation, in a new
/// process group. `on_line` sees each stdout line as it arrives (a line
/// longer than `MAX_LINE` cut to its head and tail around
/// [`dropped_marker`]), however much the child writes; what is kept of the
/// output is bounded.
pub async fn run_in_group(
    mut command: Command,
    containment: impl Into<Containment>,
    deadline: Option<Duration>,
    cancel: &CancellationToken,
    mut on_line: impl FnMut(&str),
) -> std::io::Result<Finished> {
    become_subreaper();
    let echo = ECHO_COMMANDS
        .load(std::sync::atomic::Ordering::Relaxed)
        .then(|| (describe(&command), Instant::now()));
    if let Some((line, _)) = &echo {
        eprintln!("{line}");
    }
    let program = std::path::Path::new(command.as_std().get_program())
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let containment = containment.into();
    command
        .process_group(0)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    if let Some(sandbox) = &containment.sandbox {
        sandbox.scrub(&mut command);
    }
    // As root, learner code runs as `LEARNER_ID` (so that its process
    // budget holds) when it can still reach its program and directory.
    let learner_id = containment.sandbox.is_some() && contain::learner_id_enabled() && {
        let std = command.as_std();
        contain::others_can_reach(std::path::Path::new(std.get_program()), true)
            && std
                .get_current_dir()
                .is_none_or(|dir| contain::others_can_reach(dir, false))
    };
    let setup = Setup {
        parent: std::process::id() as libc::pid_t,
        limits: containment.limits,
        pid_ns: contain::pid_ns_enabled(),
        net_ns: containment.sandbox.is_some() && !contain::disabled(),
        // A budget for learner code only: cargo and rustc run many threads.
        nproc: containment.limits.map(|_| contain::PROCESS_BUDGET),
        landlock: containment.sandbox.as_ref().map_or(-1, |s| s.ruleset_fd()),
        learner_id,
        sandbox: containment.sandbox.clone(),
    };
    // SAFETY: `Setup::enter` makes only async-signal-safe calls and does
    // not allocate.
    unsafe { command.pre_exec(move || setup.enter()) };
    let (mut child, pid) = {
        let _spawning = spawning();
        let child = command.spawn()?;
        let pid = child.id().unwrap_or(0);
        track(pid, true);
        (child, pid)
    };
    let mut stdout_pipe = child.stdout.take().expect("stdout is piped");
    let mut stderr_pipe = child.stderr.take().expect("stderr is piped");
    // Shared, so that what was read is kept even when something the child
    // left holds the pipe open past the wait below.
    let stderr_kept =
        std::sync::Arc::new(parking_lot::Mutex::new(Bounded::new(KEEP_HEAD, KEEP_TAIL)));
    let stderr_task = tokio::spawn({
        let kept = stderr_kept.clone();
        async move {
            let mut chunk = vec![0u8; 64 << 10];
            while let Ok(n @ 1..) = stderr_pipe.read(&mut chunk).await {
                kept.lock().push(&chunk[..n]);
            }
        }
    });

    let mut stdout = Bounded::new(KEEP_HEAD, KEEP_TAIL);
    let mut lines = Lines::new();
    let mut chunk = vec![0u8; 64 << 10];
    let sleep = async {
        match deadline {
            Some(d) => tokio::time::sleep(d).await,
            None => std::future::pending().await,
        }
    };
    tokio::pin!(sleep);
    let mut timed_out = false;
    let mut cancelled = false;
    // Once the child has exited, whatever still holds its stdout (a
    // daemon it left, where no namespace kills it) gets `DRAIN` to finish.
    let mut exited: Option<ExitStatus> = None;
    let drain = tokio::time::sleep(Duration::from_secs(1 << 30));
    tokio::pin!(drain);
    loop {
        // Biased, reads first: on a loaded machine the drain timer may be
        // due by the time this task runs again, and output already in the
        // pipe (a crash's last words) must not lose that race.
        tokio::select! {
            biased;
            read = stdout_pipe.read(&mut chunk) => {
                match read {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        stdout.push(&chunk[..n]);
                        lines.push(&chunk[..n], &mut on_line);
                        if exited.is_some() {
                            // Still arriving: an idle pipe ends the drain.
                            drain.as_mut().reset(tokio::time::Instant::now() + DRAIN);
                        }
                    }
                }
            }
            status = child.wait(), if exited.is_none() => {
                exited = Some(status?);
                drain.as_mut().reset(tokio::time::Instant::now() + DRAIN);
            }
            _ = &mut drain, if exited.is_some() => break,
            _ = &mut sleep, if exited.is_none() => { timed_out = true; break; }
            _ = cancel.cancelled(), if exited.is_none() => { cancelled = true; break; }
        }
    }
    lines.finish(&mut on_line);
    let status = if let Some(status) = exited {
        kill_group(pid).await;
        Some(status)
    } else if timed_out || cancelled {
        kill_group(pid).await;
        let _ = child.wait().await;
        None
    } else {
        let status = tokio::select! {
            status = child.wait() => Some(status?),
            _ = &mut sleep => { timed_out = true; None }
            _ = cancel.cancelled() => { cancelled = true; None }
        };
        // Anything the child left running in its group goes too.
        kill_group(pid).await;
        if status.is_none() {
            let _ = child.wait().await;
        }
        status
    };
    track(pid, false);
    if let Some((_, started)) = &echo {
        eprintln!(
            "  {program} ended after {:.2} s",
            started.elapsed().as_secs_f64()
        );
    }
    sweep_orphans();
    let _ = tokio::time::timeout(Duration::from_secs(2), stderr_task).await;
    let stderr = stderr_kept.lock().render("\n");
    Ok(Finished {
        status,
        stdout: stdout.render("\n"),
        stderr,
        timed_out,
        cancelled,
    })
}

/// What the child does between fork and exec, prepared beforehand (it
/// runs where nothing may allocate).
#[derive(Debug, Clone)]
struct Setup {
    parent: libc::pid_t,
    limits: Option<Limits>,
    pid_ns: bool,
    net_ns: bool,
    nproc: Option<u64>,
    /// A Landlock ruleset to enforce, or -1.
    landlock: libc::c_int,
    /// Run as `contain::LEARNER_ID` (kata is root).
    learner_id: bool,
    /// Learner code's sandbox: its scratch directory gets a tmpfs.
    sandbox: Option<Arc<Sandbox>>,
}

impl Setup {
    /// Runs in the forked child. Returns in the process that is to exec
    /// the command: the child itself, or (with a PID namespace) its
    /// grandchild, while the child and the namespace's init wait.
    ///
    /// # Safety
    /// Only between fork and exec: async-signal-safe calls, no allocation.
    unsafe fn enter(&self) -> std::io::Result<()> {
        use rlimit::Resource;
        die_with_parent(self.parent);
        if let Some(limits) = self.limits {
            Resource::CPU.set(limits.cpu_secs, limits.cpu_secs + 1)?;
            Resource::AS.set(limits.address_space_bytes, limits.address_space_bytes)?;
            Resource::FSIZE.set(limits.file_size_bytes, limits.file_size_bytes)?;
            Resource::CORE.set(0, 0)?;
        }
        if self.pid_ns && self.learner_id {
            if !contain::become_learner_id() {
                return Err(std::io::Error::last_os_error());
            }
            // Changing the uid cleared the parent-death signal.
            die_with_parent(self.parent);
        }
        let (uid, gid) = (libc::geteuid(), libc::getegid());
        let mut in_namespace = false;
        let mut mount_ns = false;
        if self.pid_ns {
            let base = libc::CLONE_NEWUSER | libc::CLONE_NEWPID;
            let net = if self.net_ns { libc::CLONE_NEWNET } else { 0 };
            let tmpfs = self.sandbox.as_ref().is_some_and(|s| s.wants_tmpfs());
            mount_ns = tmpfs && libc::unshare(base | net | libc::CLONE_NEWNS) == 0;
            in_namespace = mount_ns
                || (net != 0 && libc::unshare(base | net) == 0)
                || libc::unshare(base) == 0;
        }
        if in_namespace {
            // Without the map, nothing can create files in the tmpfs.
            mount_ns &= contain::map_ids(uid, gid);
            // Counted per user namespace: this run's processes only.
            if let Some(nproc) = self.nproc {
                Resource::NPROC.set(nproc, nproc)?;
            }
        }
        if let Some(sandbox) = &self.sandbox {
            if !sandbox.enter_scratch(mount_ns) {
                return Err(std::io::Error::last_os_error());
            }
        }
        if self.landlock >= 0
            && (libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0
                || libc::syscall(libc::SYS_landlock_restrict_self, self.landlock, 0) != 0)
        {
            return Err(std::io::Error::last_os_error());
        }
        if in_namespace {
            spawn_under_init()?;
        }
        Ok(())
    }
}

/// `PR_SET_PDEATHSIG`: SIGKILL when the parent goes, including when it
/// died before this call.
unsafe fn die_with_parent(parent: libc::pid_t) {
    libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0);
    if libc::getppid() != parent {
        libc::kill(libc::getpid(), libc::SIGKILL);
    }
}

/// Closes every descriptor from 3 up except `keep` (std's exec-error pipe
/// among them: the waiting processes must not hold it, or spawning would
/// wait for the command to end).
unsafe fn close_from_3_except(keep: libc::c_int) {
    let close_range = |first: libc::c_uint, last: libc::c_uint| {
        if first > last {
            return;
        }
        if libc::syscall(libc::SYS_close_range, first, last, 0) != 0 {
            for fd in first..=last.min(4096) {
                libc::close(fd as libc::c_int);
            }
        }
    };
    close_range(3, keep as libc::c_uint - 1);
    close_range(keep as libc::c_uint + 1, libc::c_uint::MAX);
}

/// Called right after `unshare(CLONE_NEWPID)`: forks the namespace's init,
/// which forks the process that returns (to exec the command). The caller
/// (our direct child) waits outside and exits as the command did.
unsafe fn spawn_under_init() -> std::io::Result<()> {
    let mut pipe = [0 as libc::c_int; 2];
    if libc::pipe2(pipe.as_mut_ptr(), libc::O_CLOEXEC) != 0 {
        return Err(std::io::Error::last_os_error());
    }
    let [read_end, write_end] = pipe;
    let init = libc::fork();
    if init < 0 {
        return Err(std::io::Error::last_os_error());
    }
    if init > 0 {
        // Our direct child: wait for the init's report and mirror it.
        libc::close(write_end);
        for fd in 0..3 {
            libc::close(fd);
        }
        close_from_3_except(read_end);
        let mut status: libc::c_int = 0;
        let mut got = 0usize;
        let size = std::mem::size_of::<libc::c_int>();
        while got < size {
            let n = libc::read(
                read_end,
                (&mut status as *mut libc::c_int as *mut u8).add(got) as *mut libc::c_void,
                size - got,
            );
            if n > 0 {
                got += n as usize;
            } else if n == 0 || *libc::__errno_location() != libc::EINTR {
                break;
            }
        }
        let mut init_status: libc::c_int = 0;
        while libc::waitpid(init, &mut init_status, 0) < 0
            && *libc::__errno_location() == libc::EINTR
        {}
        mirror(if got == size { status } else { init_status });
    }
    // PID 1 of the namespace. Signals from inside it cannot reach us, and
    // when we exit the kernel kills everything left in it.
    libc::close(read_end);
    libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0);
    let command = libc::fork();
    if command < 0 {
        libc::_exit(127);
    }
    if command == 0 {
        libc::close(write_end);
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0);
        return Ok(());
    }
    for fd in 0..3 {
        libc::close(fd);
    }
    close_from_3_except(write_end);
    loop {
        let mut status: libc::c_int = 0;
        let pid = libc::waitpid(-1, &mut status, 0);
        if pid == command {
            libc::write(
                write_end,
                &status as *const libc::c_int as *const libc::c_void,
                std::mem::size_of::<libc::c_int>(),
            );
            libc::_exit(0);
        }
        if pid < 0 && *libc::__errno_location() != libc::EINTR {
            libc::_exit(0);
        }
    }
}

/// Ends this process as `status` says the command ended: the same exit
/// code, or the same signal.
unsafe fn mirror(status: libc::c_int) -> ! {
    if libc::WIFEXITED(status) {
        libc::_exit(libc::WEXITSTATUS(status));
    }
    if libc::WIFSIGNALED(status) {
        let signal = libc::WTERMSIG(status);
        let no_core = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        libc::setrlimit(libc::RLIMIT_CORE, &no_core);
        libc::signal(signal, libc::SIG_DFL);
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, signal);
        libc::sigprocmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        libc::kill(libc::getpid(), signal);
        libc::_exit(128 + signal);
    }
    libc::_exit(127)
}

/// SIGTERM, a short grace period, then SIGKILL, to the whole group.
async fn kill_group(pgid: u32) {
    if pgid == 0 {
        return;
    }
    let pgid = pgid as libc::pid_t;
    // SAFETY: plain syscalls on a process group we created.
    unsafe {
        if libc::killpg(pgid, libc::SIGTERM) != 0 {
            return; // the group is already empty
        }
    }
    for _ in 0..10 {
        tokio::time::sleep(Duration::from_millis(20)).await;
        // SAFETY: signal 0 only checks for existence.
        if unsafe { libc::killpg(pgid, 0) } != 0 {
            return;
        }
    }
    // SAFETY: as above.
    unsafe { libc::killpg(pgid, libc::SIGKILL) };
}

/// Kills and reaps processes re-parented to us that no run owns: learner
/// code that escaped its process group with `setsid`.
pub fn sweep_orphans() {
    let _spawning = spawning();
    let me = std::process::id();
    let live = LIVE_CHILDREN
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone()
        .unwrap_or_default();
    // Killing an orphan re-parents its children to us: go on until no
    // orphan is left (a fork bomb is bounded by its process budget; the
    // time bound only keeps a stuck kernel from hanging kata).
    let give_up = Instant::now() + Duration::from_secs(30);
    while Instant::now() < give_up {
        let orphans: Vec<u32> = children_of(me)
            .into_iter()
            .filter(|pid| !live.contains(pid))
            .collect();
        if orphans.is_empty() {
            return;
        }
        for pid in orphans {
            // SAFETY: killing and reaping a process that is our child.
            unsafe {
                libc::kill(pid as libc::pid_t, libc::SIGKILL);
                libc::waitpid(pid as libc::pid_t, std::ptr::null_mut(), 0);
            }
        }
    }
}

fn children_of(parent: u32) -> Vec<u32> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| parent_of(*pid) == Some(parent))
        .collect()
}

fn parent_of(pid: u32) -> Option<u32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name may contain spaces and parentheses: skip past the last `)`.
    let rest = &stat[stat.rfind(')')? + 2..];
    rest.split_whitespace().nth(1)?.parse().ok()
}

#[cfg(test)]
mod tests;
