//! End to end: a tiny crate built by cargo and run by the real libtest, for
//! what fabricated output cannot show (real thread names, real glueing of
//! unterminated output to libtest's events, real hangs).

use super::*;
use expect_test::expect;
use std::time::Instant;

#[tokio::test]
async fn real_libtest_run_gives_each_test_one_true_result() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let krate = root.join("mini");
    std::fs::create_dir_all(krate.join("src")).unwrap();
    std::fs::create_dir_all(krate.join("tests")).unwrap();
    std::fs::write(
        root.join("Cargo.toml"),
        "[workspace]\nmembers = [\"mini\"]\nresolver = \"2\"\n",
    )
    .unwrap();
    std::fs::write(
        krate.join("Cargo.toml"),
        "[package]\nname = \"mini\"\nversion = \"0.0.0\"\nedition = \"2021\"\n",
    )
    .unwrap();
    std::fs::write(krate.join("src/lib.rs"), "pub fn two() -> u32 { 2 }\n").unwrap();
    std::fs::write(
        krate.join("tests/mini.rs"),
        r#"use std::io::Write;

#[test]
fn writes_without_a_newline() {
    std::io::stdout().write_all(b"x").unwrap();
    std::io::stdout().flush().unwrap();
}

#[test]
fn catches_a_panic_then_fails() {
    let _ = std::panic::catch_unwind(|| panic!("job exploded on purpose"));
    assert_eq!(mini::two(), 3, "the real failure");
}

#[test]
fn hangs() {
    loop {
        std::hint::black_box(0);
    }
}

#[test]
fn passes() {
    assert_eq!(mini::two(), 2);
}
"#,
    )
    .unwrap();
    let krate = CrateRef {
        workspace: root.to_path_buf(),
        package: "mini".into(),
        crate_dir: krate,
    };
    let options = RunOptions {
        timeout: Duration::from_secs(2),
    };
    let report = run_tests(&krate, &options, &CancellationToken::new(), |event| {
        if let RunEvent::Testing { .. } = event {
            TESTING_STARTED.with(|t| t.set(Some(Instant::now())));
        }
    })
    .await;
    let testing = TESTING_STARTED
        .with(|t| t.get())
        .expect("the build succeeded");
    let elapsed = testing.elapsed();
    let shown: Vec<String> = report
        .tests
        .iter()
        .map(|t| {
            let message = t.panic.as_ref().map(|p| p.message.as_str()).unwrap_or("");
            format!("{} {}: {:?} {message}", t.target, t.name, t.outcome)
                .trim_end()
                .to_string()
        })
        .collect();
    expect![[r#"
        mini catches_a_panic_then_fails: Failed assertion `left == right` failed: the real failure
          left: 2
         right: 3
        mini hangs: TimedOut
        mini passes: Passed
        mini writes_without_a_newline: Passed"#]]
    .assert_eq(&shown.join("\n"));
    assert!(!report.all_passed());
    // Timeout 2 s, grace 1 s, and room for a loaded machine.
    assert!(elapsed < Duration::from_secs(6), "{elapsed:?}");
}

thread_local! {
    static TESTING_STARTED: std::cell::Cell<Option<Instant>> = const { std::cell::Cell::new(None) };
}
