//! Tests of spawning, limits, bounded output and the orphan sweep.

use super::*;
use std::os::unix::fs::PermissionsExt;

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
        Containment::default(),
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
        Containment::default(),
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

/// Live processes working in `dir`.
fn working_in(dir: &std::path::Path) -> Vec<u32> {
    let dir = dir.canonicalize().unwrap();
    std::fs::read_dir("/proc")
        .unwrap()
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            std::fs::read_link(format!("/proc/{pid}/cwd")).is_ok_and(|cwd| cwd == dir)
                && !std::fs::read_to_string(format!("/proc/{pid}/stat"))
                    .unwrap_or_default()
                    .contains(") Z")
        })
        .collect()
}

/// Twelve processes, each in a session of its own, then the command
/// exits: none may be left, with the namespace or with the sweep.
#[tokio::test]
async fn a_chain_of_twelve_setsid_daemons_dies_with_the_command() {
    let dir = tempfile::tempdir().unwrap();
    let level = "if [ \"$1\" -gt 0 ]; then setsid sh \"$0\" $(($1 - 1)) & fi\nexec sleep 300\n";
    std::fs::write(dir.path().join("chain.sh"), level).unwrap();
    let mut command = sh("sh chain.sh 12 & sleep 1");
    command.current_dir(dir.path());
    let started = std::time::Instant::now();
    let done = run_in_group(
        command,
        Containment::default(),
        Some(Duration::from_secs(20)),
        &CancellationToken::new(),
        |_| {},
    )
    .await
    .unwrap();
    assert!(done.success(), "{done:?}");
    // The daemons hold stdout: the run must not wait for them.
    assert!(started.elapsed() < Duration::from_secs(5));
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(working_in(dir.path()), Vec::<u32>::new());
}

#[tokio::test]
async fn the_commands_signal_is_its_own_through_the_namespace() {
    let done = run_in_group(
        sh("kill -SEGV $$"),
        Containment::default(),
        None,
        &CancellationToken::new(),
        |_| {},
    )
    .await
    .unwrap();
    assert_eq!(done.signal(), Some(libc::SIGSEGV), "{done:?}");
}

#[tokio::test]
async fn learner_code_gets_a_process_budget_in_its_namespace() {
    if !contain::pid_ns_enabled() {
        return; // RLIMIT_NPROC is per user without the user namespace
    }
    let done = run_in_group(
        sh("grep 'Max processes' /proc/self/limits | tr -s ' '; echo $$"),
        Containment::learner(Limits::for_timeout(Duration::from_secs(1)), None),
        None,
        &CancellationToken::new(),
        |_| {},
    )
    .await
    .unwrap();
    // The command is PID 2: the namespace's init is 1.
    let budget = contain::PROCESS_BUDGET;
    assert_eq!(
        done.stdout,
        format!("Max processes {budget} {budget} processes \n2\n")
    );
}

#[tokio::test]
async fn a_sandbox_scrubs_the_environment_and_confines_writes() {
    let target = tempfile::tempdir().unwrap();
    let sandbox = Arc::new(Sandbox::new(&target.path().join("tmp")).unwrap());
    let mut command = sh("env | sort; echo x > $HOME/ok && echo wrote-scratch; \
                          echo x > ../outside 2>/dev/null && echo wrote-outside");
    command
        .current_dir(target.path().join("tmp"))
        .env("RUST_BACKTRACE", "0")
        .env("KATA_SECRET", "hunter2");
    let done = run_in_group(
        command,
        Containment::learner(
            Limits::for_timeout(Duration::from_secs(5)),
            Some(sandbox.clone()),
        ),
        None,
        &CancellationToken::new(),
        |_| {},
    )
    .await
    .unwrap();
    let names: Vec<&str> = done
        .stdout
        .lines()
        .filter_map(|l| l.split_once('=').map(|(k, _)| k))
        .filter(|k| !["PWD", "SHLVL", "_", "OLDPWD"].contains(k))
        .collect();
    let mut expected = vec!["HOME", "LANG", "PATH", "RUST_BACKTRACE", "TMPDIR"];
    for name in ["RUST_MIN_STACK", "RUSTC_BOOTSTRAP"] {
        if std::env::var_os(name).is_some() {
            expected.push(name);
        }
    }
    expected.sort();
    assert_eq!(names, expected, "{}", done.stdout);
    assert!(done
        .stdout
        .contains(&format!("HOME={}", sandbox.scratch().display())));
    assert!(done.stdout.contains("wrote-scratch"), "{}", done.stdout);
    if contain::landlock_enabled() {
        assert!(!done.stdout.contains("wrote-outside"), "{}", done.stdout);
        assert!(!target.path().join("outside").exists());
    }
}

/// The scratch directory is a tmpfs of `SCRATCH_BYTES` in the run's
/// mount namespace: writing past it fails with ENOSPC, and nothing
/// reaches the disk. As root, learner code runs as `LEARNER_ID`.
#[tokio::test]
async fn the_scratch_directory_is_a_bounded_tmpfs() {
    if !contain::scratch_tmpfs_enabled() {
        return;
    }
    let target = tempfile::tempdir().unwrap();
    // Reachable by others, so that root's learner code may leave root.
    std::fs::set_permissions(target.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let sandbox = Arc::new(Sandbox::new(&target.path().join("tmp")).unwrap());
    // By path: the working directory was entered before the mount.
    let mut command = sh(
        "cd \"$TMPDIR\"; stat -f -c %T .; cat /proc/self/uid_map | tr -s ' '; \
         for i in 1 2 3 4 5; do head -c 62914560 /dev/zero > f$i || echo full at $i; done",
    );
    command.current_dir(sandbox.scratch());
    let done = run_in_group(
        command,
        Containment::learner(
            Limits::for_timeout(Duration::from_secs(5)),
            Some(sandbox.clone()),
        ),
        Some(Duration::from_secs(30)),
        &CancellationToken::new(),
        |_| {},
    )
    .await
    .unwrap();
    let outer = if contain::learner_id_enabled() {
        contain::LEARNER_ID
    } else {
        // SAFETY: geteuid cannot fail.
        unsafe { libc::geteuid() }
    };
    assert_eq!(
        done.stdout,
        format!("tmpfs\n 65534 {outer} 1\nfull at 5\n"),
        "{done:?}"
    );
    assert!(done.stderr.contains("No space left on device"), "{done:?}");
    assert_eq!(std::fs::read_dir(sandbox.scratch()).unwrap().count(), 0);
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

#[tokio::test]
async fn endless_output_is_kept_bounded_and_every_line_still_seen() {
    let cancel = CancellationToken::new();
    // 8 MB of short lines on stdout and stderr, then a 3 MB line with no
    // newline of its own before a last event-like line.
    let script = "yes abc | head -c 8000000; yes abc | head -c 8000000 >&2; \
                  head -c 3000000 /dev/zero | tr '\\0' x; echo '{\"end\":1}'";
    let mut count = 0usize;
    let mut last = String::new();
    let done = run_in_group(sh(script), Containment::default(), None, &cancel, |l| {
        count += 1;
        last = l.to_string();
    })
    .await
    .unwrap();
    assert_eq!(count, 2_000_001);
    let last_tail = &last[last.len() - 20..];
    expect_test::expect![[r#"262183 bytes: xxxx…xxxxxxxxxxx{"end":1}"#]].assert_eq(&format!(
        "{} bytes: {}…{last_tail}",
        last.len(),
        &last[..4]
    ));
    for stream in [&done.stdout, &done.stderr] {
        assert!(stream.len() < (1 << 20) + 100, "{}", stream.len());
    }
    let marker: Vec<&str> = done
        .stderr
        .lines()
        .filter(|l| l.contains("dropped"))
        .collect();
    expect_test::expect![[r#"
        [
            "… 6951424 bytes of output dropped …",
        ]
    "#]]
    .assert_debug_eq(&marker);
    assert!(done.stdout.ends_with("x{\"end\":1}\n"));
}
