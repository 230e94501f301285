//! Running a child in its own process group with a deadline, cancellation
//! and resource limits, and making sure nothing it started outlives it.
//!
//! Killing the group is not enough: a process that calls `setsid` leaves the
//! group. We make this process a child subreaper, so such escapees are
//! re-parented to us when their parent dies, and sweep them after every run.

use std::collections::HashSet;
use std::process::{ExitStatus, Stdio};
use std::sync::{Mutex, Once};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, BufReader};
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

#[derive(Debug)]
pub struct Finished {
    /// `None` when we killed it (timeout or cancellation).
    pub status: Option<ExitStatus>,
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

static LIVE_CHILDREN: Mutex<Option<HashSet<u32>>> = Mutex::new(None);
/// Held while a run's child is spawned and tracked, and while orphans are
/// swept: runs of different crates (a test run and a probe) go on at once,
/// and one's sweep must never take the other's child between its fork and
/// its tracking.
static SPAWNING: Mutex<()> = Mutex::new(());
static SUBREAPER: Once = Once::new();

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
/// process group. `on_line` sees each stdout line as it arrives.
pub async fn run_in_group(
    mut command: Command,
    limits: Option<Limits>,
    deadline: Option<Duration>,
    cancel: &CancellationToken,
    mut on_line: impl FnMut(&str),
) -> std::io::Result<Finished> {
    become_subreaper();
    command
        .process_group(0)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true);
    if let Some(limits) = limits {
        // SAFETY: only async-signal-safe syscalls between fork and exec.
        unsafe {
            command.pre_exec(move || {
                use rlimit::Resource;
                Resource::CPU.set(limits.cpu_secs, limits.cpu_secs + 1)?;
                Resource::AS.set(limits.address_space_bytes, limits.address_space_bytes)?;
                Resource::FSIZE.set(limits.file_size_bytes, limits.file_size_bytes)?;
                Resource::CORE.set(0, 0)?;
                Ok(())
            });
        }
    }
    let (mut child, pid) = {
        let _spawning = SPAWNING.lock().unwrap_or_else(|e| e.into_inner());
        let child = command.spawn()?;
        let pid = child.id().unwrap_or(0);
        track(pid, true);
        (child, pid)
    };
    let mut stdout_pipe = BufReader::new(child.stdout.take().expect("stdout is piped"));
    let mut stderr_pipe = child.stderr.take().expect("stderr is piped");
    let stderr_task = tokio::spawn(async move {
        let mut buf = Vec::new();
        let _ = stderr_pipe.read_to_end(&mut buf).await;
        String::from_utf8_lossy(&buf).into_owned()
    });

    let mut stdout = String::new();
    let mut line = Vec::new();
    let sleep = async {
        match deadline {
            Some(d) => tokio::time::sleep(d).await,
            None => std::future::pending().await,
        }
    };
    tokio::pin!(sleep);
    let mut timed_out = false;
    let mut cancelled = false;
    loop {
        line.clear();
        tokio::select! {
            read = stdout_pipe.read_until(b'\n', &mut line) => {
                match read {
                    Ok(0) | Err(_) => break,
                    Ok(_) => {
                        let text = String::from_utf8_lossy(&line);
                        on_line(text.trim_end_matches(['\n', '\r']));
                        stdout.push_str(&text);
                    }
                }
            }
            _ = &mut sleep => { timed_out = true; break; }
            _ = cancel.cancelled() => { cancelled = true; break; }
        }
    }
    let status = if timed_out || cancelled {
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
    sweep_orphans();
    let stderr = tokio::time::timeout(Duration::from_secs(2), stderr_task)
        .await
        .ok()
        .and_then(Result::ok)
        .unwrap_or_default();
    Ok(Finished {
        status,
        stdout,
        stderr,
        timed_out,
        cancelled,
    })
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
    let _spawning = SPAWNING.lock().unwrap_or_else(|e| e.into_inner());
    let me = std::process::id();
    let live = LIVE_CHILDREN
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .clone()
        .unwrap_or_default();
    for _ in 0..3 {
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

/// A line-oriented reader helper for tests.
#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str) -> Command {
        let mut c = Command::new("sh");
        c.arg("-c").arg(script);
        c
    }

    #[tokio::test]
    async fn collects_output_and_status() {
        let cancel = CancellationToken::new();
        let mut lines = Vec::new();
        let done = run_in_group(
            sh("echo one; echo two; echo err >&2; exit 3"),
            None,
            None,
            &cancel,
            |l| lines.push(l.to_string()),
        )
        .await
        .unwrap();
        assert_eq!(lines, ["one", "two"]);
        assert_eq!(done.status.unwrap().code(), Some(3));
        assert_eq!(done.stderr, "err\n");
    }

    #[tokio::test]
    async fn a_deadline_kills_the_whole_group_including_setsid_escapees() {
        let cancel = CancellationToken::new();
        let marker = format!("kata-test-{}", std::process::id());
        let script = format!("sleep 600 & setsid sh -c 'exec -a {marker} sleep 600' & sleep 600");
        let done = run_in_group(
            sh(&script),
            None,
            Some(Duration::from_millis(300)),
            &cancel,
            |_| {},
        )
        .await
        .unwrap();
        assert!(done.timed_out);
        tokio::time::sleep(Duration::from_millis(100)).await;
        let survivors = std::process::Command::new("pgrep")
            .arg("-f")
            .arg(&marker)
            .output()
            .unwrap();
        assert!(
            survivors.stdout.is_empty(),
            "left behind: {}",
            String::from_utf8_lossy(&survivors.stdout)
        );
    }

    #[tokio::test]
    async fn limits_apply_to_the_child() {
        let cancel = CancellationToken::new();
        let limits = Limits {
            cpu_secs: 1,
            address_space_bytes: 1 << 30,
            file_size_bytes: 4096,
        };
        let done = run_in_group(
            sh("ulimit -f; ulimit -t"),
            Some(limits),
            None,
            &cancel,
            |_| {},
        )
        .await
        .unwrap();
        // `ulimit -f` counts 512-byte blocks.
        assert_eq!(done.stdout, "8\n1\n");
    }
}
