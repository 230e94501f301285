//! What the kernel offers to contain a run, found out at run time, and the
//! per-run sandbox of learner code (test binaries and the scaling probe).
//!
//! - A PID namespace (inside an unprivileged user namespace) per spawned
//!   process tree: when its init goes, the kernel kills everything in it,
//!   however it daemonised. Where the kernel refuses, the process group and
//!   the subreaper sweep in [`super::process`] remain.
//! - Landlock for learner code: the file system is read-only except the
//!   target directory's `tmp/` (which holds the run's scratch directory),
//!   TCP bind and connect are denied (ABI 4 and later), and signals and
//!   abstract Unix sockets are scoped to the sandbox (ABI 6 and later).
//! - A scrubbed environment for learner code: HOME and TMPDIR point at the
//!   scratch directory.
//!
//! `KATA_CONTAIN=off` turns the namespaces, Landlock and the scrub off (the
//! rlimits and the sweep stay): for debugging, and for the tests that show
//! the sandbox is what stops a kata.

use std::ffi::OsString;
use std::io;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use tokio::process::Command;

/// Tasks (processes and threads) a contained run of learner code may have
/// at once, counted inside its own user namespace (`RLIMIT_NPROC`). The
/// kernel exempts real root from it: kata run as root has no budget.
pub const PROCESS_BUDGET: u64 = 256;

/// The variables learner code sees; anything else in kata's environment
/// (tokens, keys, the editor's state) stays out.
pub const KEPT_ENV: &[&str] = &[
    "PATH",
    "RUST_BACKTRACE",
    "RUST_MIN_STACK",
    "RUSTC_BOOTSTRAP",
];

/// The Landlock ABI whose rights kata asks for (best effort below it).
const LANDLOCK_ABI: landlock::ABI = landlock::ABI::V6;

pub fn disabled() -> bool {
    std::env::var_os("KATA_CONTAIN").is_some_and(|v| v == "off")
}

/// What this kernel allows, found once per process.
#[derive(Debug)]
pub struct Support {
    /// User + PID namespaces can be created, or why not.
    pub pid_ns: Result<(), String>,
    /// The kernel's Landlock ABI version, or why there is none.
    pub landlock_abi: Result<i32, String>,
}

pub fn support() -> &'static Support {
    static SUPPORT: OnceLock<Support> = OnceLock::new();
    SUPPORT.get_or_init(|| Support {
        pid_ns: probe_pid_ns(),
        landlock_abi: probe_landlock(),
    })
}

/// Whether runs get their own PID namespace.
pub fn pid_ns_enabled() -> bool {
    !disabled() && support().pid_ns.is_ok()
}

/// Whether learner code runs under Landlock.
pub fn landlock_enabled() -> bool {
    !disabled() && support().landlock_abi.is_ok()
}

fn probe_pid_ns() -> Result<(), String> {
    let _spawning = super::process::spawning();
    // SAFETY: the child only calls unshare and _exit (async-signal-safe).
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(format!("fork failed: {}", io::Error::last_os_error()));
    }
    if pid == 0 {
        // SAFETY: as above.
        unsafe {
            let code = if libc::unshare(libc::CLONE_NEWUSER | libc::CLONE_NEWPID) == 0 {
                0
            } else {
                io::Error::last_os_error().raw_os_error().unwrap_or(255) & 0xff
            };
            libc::_exit(code);
        }
    }
    let mut status = 0;
    // SAFETY: reaping the child forked above.
    unsafe { libc::waitpid(pid, &mut status, 0) };
    if !libc::WIFEXITED(status) {
        return Err("the namespace probe did not exit".into());
    }
    match libc::WEXITSTATUS(status) {
        0 => Ok(()),
        errno => Err(why_no_userns(io::Error::from_raw_os_error(errno))),
    }
}

fn why_no_userns(error: io::Error) -> String {
    let sysctl = |path: &str| {
        std::fs::read_to_string(path)
            .ok()
            .map(|v| v.trim().to_string())
    };
    let knob = if sysctl("/proc/sys/kernel/unprivileged_userns_clone").as_deref() == Some("0") {
        " (kernel.unprivileged_userns_clone = 0)"
    } else if sysctl("/proc/sys/user/max_user_namespaces").as_deref() == Some("0") {
        " (user.max_user_namespaces = 0)"
    } else if sysctl("/proc/sys/kernel/apparmor_restrict_unprivileged_userns").as_deref()
        == Some("1")
    {
        " (AppArmor restricts unprivileged user namespaces)"
    } else {
        ""
    };
    format!("unshare(user + PID namespace) failed: {error}{knob}")
}

fn probe_landlock() -> Result<i32, String> {
    const LANDLOCK_CREATE_RULESET_VERSION: libc::c_uint = 1;
    // SAFETY: the version query takes no attribute and no size.
    let abi = unsafe {
        libc::syscall(
            libc::SYS_landlock_create_ruleset,
            std::ptr::null::<libc::c_void>(),
            0usize,
            LANDLOCK_CREATE_RULESET_VERSION,
        )
    };
    if abi > 0 {
        return Ok(abi as i32);
    }
    let error = io::Error::last_os_error();
    Err(match error.raw_os_error() {
        Some(libc::ENOSYS) => "the kernel is built without Landlock".into(),
        Some(libc::EOPNOTSUPP) => {
            "Landlock is not enabled at boot (add `landlock` to the `lsm=` kernel parameter)".into()
        }
        _ => format!("Landlock is unavailable: {error}"),
    })
}

/// The sandbox of one run of learner code: its scratch directory, the
/// Landlock ruleset (when the kernel has Landlock) and its environment.
/// Dropping it removes the scratch directory.
#[derive(Debug)]
pub struct Sandbox {
    scratch: tempfile::TempDir,
    writable: PathBuf,
    ruleset: Option<OwnedFd>,
    scrub: bool,
}

impl Sandbox {
    /// A sandbox whose one writable directory is `writable` (created if
    /// need be: `<target>/tmp` for tests, cargo's `CARGO_TARGET_TMPDIR`),
    /// with a fresh scratch directory in it.
    pub fn new(writable: &Path) -> io::Result<Sandbox> {
        std::fs::create_dir_all(writable)?;
        let writable = writable.canonicalize()?;
        let scratch = tempfile::Builder::new()
            .prefix("kata-run-")
            .tempdir_in(&writable)?;
        let ruleset = if landlock_enabled() {
            Some(ruleset(&writable).map_err(|e| io::Error::other(format!("landlock: {e}")))?)
        } else {
            None
        };
        Ok(Sandbox {
            scratch,
            writable,
            ruleset,
            scrub: !disabled(),
        })
    }

    /// HOME and TMPDIR of the processes in this sandbox.
    pub fn scratch(&self) -> &Path {
        self.scratch.path()
    }

    /// The one directory tree learner code may write to.
    pub fn writable(&self) -> &Path {
        &self.writable
    }

    /// The ruleset to enforce in the child, `-1` for none.
    pub(super) fn ruleset_fd(&self) -> RawFd {
        self.ruleset.as_ref().map_or(-1, |fd| fd.as_raw_fd())
    }

    /// Replaces the command's environment with the kept variables: those
    /// the caller set on the command win over kata's own.
    pub(super) fn scrub(&self, command: &mut Command) {
        if !self.scrub {
            return;
        }
        let set: Vec<(OsString, OsString)> = command
            .as_std()
            .get_envs()
            .filter_map(|(k, v)| Some((k.to_os_string(), v?.to_os_string())))
            .filter(|(k, _)| KEPT_ENV.iter().any(|kept| k == kept))
            .collect();
        command.env_clear();
        for name in KEPT_ENV {
            if let Some(value) = std::env::var_os(name) {
                command.env(name, value);
            }
        }
        if std::env::var_os("PATH").is_none() {
            command.env("PATH", "/usr/local/bin:/usr/bin:/bin");
        }
        command
            .env("HOME", self.scratch())
            .env("TMPDIR", self.scratch())
            .env("LANG", "C.UTF-8")
            .envs(set);
    }
}

/// Read everywhere; write, create and remove only beneath `writable` (and
/// write `/dev/null`); no TCP; signals and abstract sockets stay inside.
fn ruleset(writable: &Path) -> Result<OwnedFd, landlock::RulesetError> {
    use landlock::{
        path_beneath_rules, Access, AccessFs, AccessNet, Ruleset, RulesetAttr, RulesetCreatedAttr,
        Scope,
    };
    let abi = LANDLOCK_ABI;
    let created = Ruleset::default()
        .handle_access(AccessFs::from_all(abi))?
        .handle_access(AccessNet::from_all(abi))?
        .scope(Scope::from_all(abi))?
        .create()?
        .add_rules(path_beneath_rules(["/"], AccessFs::from_read(abi)))?
        .add_rules(path_beneath_rules([writable], AccessFs::from_all(abi)))?
        .add_rules(path_beneath_rules(["/dev/null"], AccessFs::from_file(abi)))?;
    let fd: Option<OwnedFd> = created.into();
    fd.ok_or(landlock::RulesetError::CreateRuleset(
        landlock::CreateRulesetError::MissingHandledAccess,
    ))
}

/// What `kata doctor` says about each protection, one line each.
pub fn doctor_lines(limits: super::process::Limits) -> Vec<(&'static str, String)> {
    let support = support();
    let off = disabled();
    let pid_ns = match (&support.pid_ns, off) {
        (_, true) => "off (KATA_CONTAIN=off): process group + subreaper sweep only".to_string(),
        (Ok(()), false) => "active: each build, test and probe runs in its own user + PID \
             namespace (tests and probes also in an empty network namespace); \
             everything in it dies with it"
            .to_string(),
        (Err(why), false) => {
            format!("unavailable: {why}; fallback: process group + subreaper sweep")
        }
    };
    let landlock = match (&support.landlock_abi, off) {
        (Ok(abi), true) => format!("ABI {abi}, off (KATA_CONTAIN=off)"),
        (Ok(abi), false) => {
            let mut what = vec!["file system read-only except target/tmp (the run's scratch)"];
            if *abi >= 4 {
                what.push("TCP bind/connect denied");
            } else {
                what.push("TCP not restricted (needs ABI 4)");
            }
            if *abi >= 6 {
                what.push("signals and abstract sockets scoped");
            }
            format!(
                "ABI {abi}, active for tests and probes: {}",
                what.join(", ")
            )
        }
        (Err(why), _) => format!("unavailable: {why}; tests run without a file system sandbox"),
    };
    // SAFETY: geteuid cannot fail.
    let root = unsafe { libc::geteuid() } == 0;
    let processes = if pid_ns_enabled() && root {
        format!(
            "processes not bounded: kata runs as root, and the kernel exempts root from \
             RLIMIT_NPROC ({PROCESS_BUDGET} is set, and holds for other users)"
        )
    } else if pid_ns_enabled() {
        format!("{PROCESS_BUDGET} processes per run (RLIMIT_NPROC inside the user namespace)")
    } else {
        "processes not bounded (RLIMIT_NPROC needs the user namespace)".to_string()
    };
    let limits = format!(
        "per process of learner code: CPU {} s, address space {} GiB, file size {} MiB, \
         no core dumps; {processes}; wall clock {} s per test binary round",
        limits.cpu_secs,
        limits.address_space_bytes >> 30,
        limits.file_size_bytes >> 20,
        super::DEFAULT_TIMEOUT.as_secs(),
    );
    let env = if off {
        "not scrubbed (KATA_CONTAIN=off)".to_string()
    } else {
        format!(
            "scrubbed for tests and probes: only {}, HOME and TMPDIR (the scratch directory), LANG=C.UTF-8",
            KEPT_ENV.join(", ")
        )
    };
    vec![
        ("pid namespace", pid_ns),
        ("landlock", landlock),
        ("cgroups", cgroups_line()),
        ("limits", limits),
        ("environment", env),
    ]
}

fn cgroups_line() -> String {
    if Path::new("/sys/fs/cgroup/cgroup.controllers").exists() {
        "v2: not used (kata creates no cgroup; memory is bounded per process by the address-space limit)"
            .into()
    } else if Path::new("/sys/fs/cgroup").exists() {
        "v1: not used (cgroup v1 has no unprivileged delegation); memory is bounded per process \
         by the address-space limit and per run by processes x address space"
            .into()
    } else {
        "none mounted: not used".into()
    }
}
