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
//! - A mount namespace for learner code, with a size-limited tmpfs over the
//!   run's scratch directory ([`SCRATCH_BYTES`]): with Landlock, the tmpfs
//!   is the one writable place, so what learner code writes is bounded per
//!   run and never reaches the disk.
//! - As root, learner code runs as [`LEARNER_ID`] (not root), so that the
//!   process budget holds: the kernel exempts real root from it.
//!
//! `KATA_CONTAIN=off` turns the namespaces, Landlock and the scrub off (the
//! rlimits and the sweep stay): for debugging, and for the tests that show
//! the sandbox is what stops a kata.

use std::ffi::{CStr, CString, OsString};
use std::io;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use tokio::process::Command;

/// Tasks (processes and threads) a contained run of learner code may have
/// at once, counted inside its own user namespace (`RLIMIT_NPROC`). The
/// kernel exempts real root from it: kata run as root runs learner code as
/// [`LEARNER_ID`] instead.
pub const PROCESS_BUDGET: u64 = 256;

/// The uid and gid learner code runs as when kata runs as root (so that
/// `RLIMIT_NPROC` applies). 2 000 000 000 (0x77359400): no account has it,
/// and it lies outside the ranges systemd hands out (dynamic users, the
/// container range 0x80000–0x6FFFFFFF, the foreign range at 0x7FFE0000).
/// The kernel also counts it per real uid machine-wide, under root's own
/// `RLIMIT_NPROC`; each run's [`PROCESS_BUDGET`] is counted in its own user
/// namespace.
pub const LEARNER_ID: u32 = 2_000_000_000;

/// The uid and gid learner code sees itself as, inside its user namespace
/// (mapped to kata's own ids outside, or to [`LEARNER_ID`] as root).
pub const INNER_ID: u32 = 65534;

/// What learner code may write in a run: the size of the tmpfs over its
/// scratch directory, and how many files and directories it may hold.
pub const SCRATCH_BYTES: u64 = 256 << 20;
pub const SCRATCH_INODES: u64 = 16384;
const SCRATCH_OPTIONS: &CStr = c"size=256m,nr_inodes=16384,mode=0700";

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
    /// A mount namespace with a tmpfs over the scratch directory works (as
    /// [`LEARNER_ID`] when kata is root), or why not.
    pub scratch_tmpfs: Result<(), String>,
    /// As root: learner code can run as [`LEARNER_ID`] in its namespaces,
    /// or why not. `Ok` when kata is not root (nothing to change).
    pub learner_id: Result<(), String>,
}

pub fn support() -> &'static Support {
    static SUPPORT: OnceLock<Support> = OnceLock::new();
    SUPPORT.get_or_init(|| {
        let pid_ns = probe_pid_ns();
        let (scratch_tmpfs, learner_id) = match &pid_ns {
            Err(_) => {
                let why = "needs the user namespace".to_string();
                (Err(why.clone()), Err(why))
            }
            Ok(()) if is_root() => match probe_namespaces(true) {
                Ok(()) => (Ok(()), Ok(())),
                Err(why) => (
                    probe_namespaces(false).map_err(|w| w.to_string()),
                    Err(why.to_string()),
                ),
            },
            Ok(()) => (probe_namespaces(false).map_err(|w| w.to_string()), Ok(())),
        };
        Support {
            pid_ns,
            landlock_abi: probe_landlock(),
            scratch_tmpfs,
            learner_id,
        }
    })
}

pub fn is_root() -> bool {
    // SAFETY: geteuid cannot fail.
    unsafe { libc::geteuid() == 0 }
}

/// Whether runs get their own PID namespace.
pub fn pid_ns_enabled() -> bool {
    !disabled() && support().pid_ns.is_ok()
}

/// Whether learner code runs under Landlock.
pub fn landlock_enabled() -> bool {
    !disabled() && support().landlock_abi.is_ok()
}

/// Whether learner code gets a tmpfs over its scratch directory.
pub fn scratch_tmpfs_enabled() -> bool {
    pid_ns_enabled() && support().scratch_tmpfs.is_ok()
}

/// Whether learner code runs as [`LEARNER_ID`] (kata is root), where the
/// files it must reach allow it.
pub fn learner_id_enabled() -> bool {
    pid_ns_enabled() && is_root() && support().learner_id.is_ok()
}

/// Whether `path` (a program when `exec`, else a directory) can be reached
/// by a user that is neither its owner nor in its group: every directory
/// above it searchable by others, and it executable (a directory: also
/// readable) by others. A bare program name is looked up in `PATH`'s system
/// directories: taken as reachable.
pub fn others_can_reach(path: &Path, exec: bool) -> bool {
    if exec && path.components().count() == 1 {
        return true;
    }
    let Ok(path) = path.canonicalize() else {
        return false;
    };
    let mode = |p: &Path| std::fs::metadata(p).map_or(0, |m| m.permissions().mode());
    let own = if exec { 0o001 } else { 0o005 };
    mode(&path) & own == own
        && path
            .ancestors()
            .skip(1)
            .all(|dir| mode(dir) & 0o001 == 0o001)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Step {
    Drop,
    Unshare,
    Map,
    Mount,
}

#[derive(Debug)]
struct Failed {
    step: Step,
    errno: i32,
}

impl std::fmt::Display for Failed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let error = io::Error::from_raw_os_error(self.errno);
        match self.step {
            Step::Drop => write!(f, "switching to uid {LEARNER_ID} failed: {error}"),
            Step::Unshare => write!(
                f,
                "unshare(user + mount namespace) as uid {LEARNER_ID} failed: {error}"
            ),
            Step::Map => write!(f, "writing the namespace's uid/gid map failed: {error}"),
            Step::Mount => write!(f, "mounting a tmpfs in the mount namespace failed: {error}"),
        }
    }
}

/// Tries in a child what learner code's setup does: (as root) switch to
/// [`LEARNER_ID`], enter a user + mount namespace, map the ids, mount a
/// tmpfs (over the temporary directory, in the child's namespace only).
fn probe_namespaces(drop: bool) -> Result<(), Failed> {
    let target = CString::new(std::env::temp_dir().as_os_str().as_bytes())
        .unwrap_or_else(|_| c"/tmp".into());
    let mut pipe = [0 as libc::c_int; 2];
    // SAFETY: a plain pipe.
    if unsafe { libc::pipe2(pipe.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(Failed {
            step: Step::Unshare,
            errno: io::Error::last_os_error().raw_os_error().unwrap_or(0),
        });
    }
    let _spawning = super::process::spawning();
    // SAFETY: the child makes only async-signal-safe calls, then _exit.
    let pid = unsafe { libc::fork() };
    if pid == 0 {
        // SAFETY: as above.
        unsafe {
            let step = if drop && !become_learner_id() {
                Some(Step::Drop)
            } else {
                let (uid, gid) = (libc::geteuid(), libc::getegid());
                if libc::unshare(libc::CLONE_NEWUSER | libc::CLONE_NEWNS) != 0 {
                    Some(Step::Unshare)
                } else if !map_ids(uid, gid) {
                    Some(Step::Map)
                } else if !mount_scratch(&target) {
                    Some(Step::Mount)
                } else {
                    None
                }
            };
            let report = match step {
                None => [0, 0],
                Some(step) => [step as i32 + 1, *libc::__errno_location()],
            };
            libc::write(pipe[1], report.as_ptr() as *const libc::c_void, 8);
            libc::_exit(0);
        }
    }
    let mut report = [255i32, 0];
    // SAFETY: reading what the child wrote, reaping it, closing our pipe.
    unsafe {
        libc::close(pipe[1]);
        if pid > 0 {
            libc::read(pipe[0], report.as_mut_ptr() as *mut libc::c_void, 8);
            libc::waitpid(pid, std::ptr::null_mut(), 0);
        }
        libc::close(pipe[0]);
    }
    let step = match report[0] {
        0 => return Ok(()),
        1 => Step::Drop,
        3 => Step::Map,
        4 => Step::Mount,
        _ => Step::Unshare,
    };
    Err(Failed {
        step,
        errno: report[1],
    })
}

/// In a child before exec, as root: become [`LEARNER_ID`] (uid and gid,
/// no supplementary groups), still dumpable (so that it can write its own
/// `/proc/self/uid_map`). The parent-death signal must be set again after.
///
/// # Safety
/// Only between fork and exec.
pub(super) unsafe fn become_learner_id() -> bool {
    let id = LEARNER_ID;
    libc::setgroups(0, std::ptr::null()) == 0
        && libc::setresgid(id, id, id) == 0
        && libc::setresuid(id, id, id) == 0
        && libc::prctl(libc::PR_SET_DUMPABLE, 1, 0, 0, 0) == 0
}

/// In a child right after `unshare(CLONE_NEWUSER)`: maps [`INNER_ID`] to
/// `uid` and `gid` (the child's own ids outside), so that it can create
/// files in a file system mounted in the namespace.
///
/// # Safety
/// Only between fork and exec.
pub(super) unsafe fn map_ids(uid: u32, gid: u32) -> bool {
    let mut line = [0u8; 40];
    write_file(c"/proc/self/uid_map", map_line(&mut line, uid))
        && write_file(c"/proc/self/setgroups", b"deny")
        && write_file(c"/proc/self/gid_map", map_line(&mut line, gid))
}

/// `"<INNER_ID> <outer> 1\n"`, without allocating.
fn map_line(buf: &mut [u8; 40], outer: u32) -> &[u8] {
    let mut len = 0;
    let mut push = |n: u32, end: u8| {
        let mut digits = [0u8; 10];
        let mut i = digits.len();
        let mut n = n;
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for d in &digits[i..] {
            buf[len] = *d;
            len += 1;
        }
        buf[len] = end;
        len += 1;
    };
    push(INNER_ID, b' ');
    push(outer, b' ');
    push(1, b'\n');
    &buf[..len]
}

unsafe fn write_file(path: &CStr, bytes: &[u8]) -> bool {
    let fd = libc::open(path.as_ptr(), libc::O_WRONLY | libc::O_CLOEXEC);
    if fd < 0 {
        return false;
    }
    let written = libc::write(fd, bytes.as_ptr() as *const libc::c_void, bytes.len());
    libc::close(fd);
    written == bytes.len() as isize
}

/// In a child inside its own user + mount namespace: a tmpfs of
/// [`SCRATCH_BYTES`] over `path`, owned by the child.
///
/// # Safety
/// Only between fork and exec.
pub(super) unsafe fn mount_scratch(path: &CStr) -> bool {
    libc::mount(
        c"tmpfs".as_ptr(),
        path.as_ptr(),
        c"tmpfs".as_ptr(),
        libc::MS_NOSUID | libc::MS_NODEV,
        SCRATCH_OPTIONS.as_ptr() as *const libc::c_void,
    ) == 0
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
    /// The scratch directory's path, for the child's mount and rule.
    scratch_c: CString,
    writable: PathBuf,
    ruleset: Option<OwnedFd>,
    /// With the scratch tmpfs: the Landlock rights the child grants beneath
    /// the scratch directory once the tmpfs is over it (a rule is tied to
    /// an inode: the tmpfs's root exists only in the child's namespace).
    scratch_rights: Option<u64>,
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
        let tmpfs = scratch_tmpfs_enabled();
        let ruleset = if landlock_enabled() {
            let beneath = (!tmpfs).then_some(writable.as_path());
            Some(ruleset(beneath).map_err(|e| io::Error::other(format!("landlock: {e}")))?)
        } else {
            None
        };
        let scratch_rights = (tmpfs && ruleset.is_some()).then(|| {
            let abi = support().landlock_abi.as_ref().map_or(1, |abi| *abi);
            let abi = landlock::ABI::from(abi.min(LANDLOCK_ABI as i32));
            <landlock::AccessFs as landlock::Access>::from_all(abi).bits()
        });
        let scratch_c = CString::new(scratch.path().as_os_str().as_bytes())
            .map_err(|_| io::Error::other("the scratch directory's path holds a NUL"))?;
        Ok(Sandbox {
            scratch,
            scratch_c,
            writable,
            ruleset,
            scratch_rights,
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

    /// Whether the child mounts a tmpfs over the scratch directory.
    pub(super) fn wants_tmpfs(&self) -> bool {
        scratch_tmpfs_enabled()
    }

    /// In the child, inside its namespaces: the tmpfs over the scratch
    /// directory (`mount`), then (with Landlock) the rule that makes the
    /// scratch directory, whatever is mounted there now, the one writable
    /// place. False when the rule could not be added.
    ///
    /// # Safety
    /// Only between fork and exec.
    pub(super) unsafe fn enter_scratch(&self, mount: bool) -> bool {
        if mount {
            // Without it, the scratch directory on disk stays (per-file
            // limit only).
            mount_scratch(&self.scratch_c);
        }
        let (Some(rights), Some(ruleset)) = (self.scratch_rights, &self.ruleset) else {
            return true;
        };
        #[repr(C, packed)]
        struct PathBeneath {
            allowed_access: u64,
            parent_fd: i32,
        }
        const LANDLOCK_RULE_PATH_BENEATH: libc::c_int = 1;
        let fd = libc::open(
            self.scratch_c.as_ptr(),
            libc::O_PATH | libc::O_DIRECTORY | libc::O_CLOEXEC,
        );
        if fd < 0 {
            return false;
        }
        let rule = PathBeneath {
            allowed_access: rights,
            parent_fd: fd,
        };
        // Added to the run's ruleset, shared with the parent: each child
        // adds the root of its own tmpfs, which no other process can reach.
        let added = libc::syscall(
            libc::SYS_landlock_add_rule,
            ruleset.as_raw_fd(),
            LANDLOCK_RULE_PATH_BENEATH,
            &rule as *const PathBeneath,
            0,
        ) == 0;
        libc::close(fd);
        added
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
/// Without `writable`, the child adds the scratch directory itself.
fn ruleset(writable: Option<&Path>) -> Result<OwnedFd, landlock::RulesetError> {
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
        .add_rules(path_beneath_rules(writable, AccessFs::from_all(abi)))?
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
            let mut what = vec![if scratch_tmpfs_enabled() {
                "file system read-only except the run's scratch tmpfs"
            } else {
                "file system read-only except target/tmp (the run's scratch)"
            }];
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
    let processes = if !pid_ns_enabled() {
        "processes not bounded (RLIMIT_NPROC needs the user namespace)".to_string()
    } else if !is_root() {
        format!("{PROCESS_BUDGET} processes per run (RLIMIT_NPROC inside the user namespace)")
    } else {
        match &support.learner_id {
            Ok(()) => format!(
                "{PROCESS_BUDGET} processes per run (RLIMIT_NPROC inside the user namespace): \
                 kata runs as root, so learner code runs as uid {LEARNER_ID} \
                 (seen inside as {INNER_ID}) when every directory above its test binary \
                 and its crate is searchable by others; otherwise it stays root, which the \
                 kernel exempts from RLIMIT_NPROC, and its processes are not bounded"
            ),
            Err(why) => format!(
                "processes not bounded: kata runs as root, which the kernel exempts from \
                 RLIMIT_NPROC, and learner code cannot run as uid {LEARNER_ID} ({why})"
            ),
        }
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
    let scratch = match (&support.scratch_tmpfs, off) {
        (_, true) => "target/tmp on disk, 64 MiB per file (KATA_CONTAIN=off)".to_string(),
        (Ok(()), false) => {
            let writable = if landlock_enabled() {
                "the one writable place"
            } else {
                "not the one writable place (no Landlock)"
            };
            format!(
                "tmpfs of {} MiB and {SCRATCH_INODES} files over each test binary's and probe's \
                 scratch directory (HOME, TMPDIR), in its own mount namespace: {writable}; \
                 nothing written there reaches the disk",
                SCRATCH_BYTES >> 20
            )
        }
        (Err(why), false) => format!(
            "no size budget ({why}): the scratch directory is on disk under target/tmp, \
             64 MiB per file, no total"
        ),
    };
    vec![
        ("pid namespace", pid_ns),
        ("landlock", landlock),
        ("cgroups", cgroups_line()),
        ("scratch", scratch),
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
