//! Tests of running a test binary: each test gets one result, hangs
//! and crashes are named, forged streams fail. A shell script stands in
//! for the test binary.

use super::*;
use crate::runner::RunReport;
use expect_test::{expect, Expect};

/// Helpers for a stand-in test binary: a shell script that lists
/// `$TESTS` for `--list`, and otherwise gets in `$want` the tests it is
/// asked to run (all of them when not filtered).
const PRELUDE: &str = r#"
if [ "$1" = "--list" ]; then for t in $TESTS; do echo "$t: test"; done; exit 0; fi
shift 4
want=""
while [ $# -gt 0 ]; do
  case "$1" in --exact) ;; --test-threads) shift ;; *) want="$want $1" ;; esac
  shift
done
[ -z "$want" ] && want="$TESTS"
count() { set -- $want; echo $#; }
suite_start() { echo "{ \"type\": \"suite\", \"event\": \"started\", \"test_count\": $(count) }"; }
start() { echo "{ \"type\": \"test\", \"event\": \"started\", \"name\": \"$1\" }"; }
ok() { echo "{ \"type\": \"test\", \"name\": \"$1\", \"event\": \"ok\" }"; }
failed() { echo "{ \"type\": \"test\", \"name\": \"$1\", \"event\": \"failed\", \"stdout\": \"boom\" }"; }
suite() { echo "{ \"type\": \"suite\", \"event\": \"$1\", \"passed\": $2, \"failed\": $3, \"ignored\": 0, \"measured\": 0, \"filtered_out\": 0, \"exec_time\": 0.1 }"; }
"#;

/// Runs the stand-in binary for `tests` whose run does `body`, with a
/// 1 s timeout: one line per result, the time taken, the results.
fn run_fake(tests: &str, body: &str) -> (String, Duration, Vec<TestResult>) {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fake-tests");
    let script = format!("#!/bin/sh\nTESTS=\"{tests}\"\n{PRELUDE}\n{body}\n");
    std::fs::write(&path, script).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    let binary = TestBinary {
        path,
        target: "fake".into(),
    };
    let options = RunOptions {
        timeout: Duration::from_secs(1),
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let started = Instant::now();
    let results = runtime
        .block_on(run_binary(
            &binary,
            dir.path(),
            &options,
            None,
            &CancellationToken::new(),
            &mut |_| {},
        ))
        .unwrap();
    let elapsed = started.elapsed();
    let mut lines = Vec::new();
    for r in &results {
        let mut line = format!("{}: {:?}", r.name, r.outcome);
        if let Some(p) = &r.panic {
            line.push_str(&format!(" / {}", p.message));
        }
        // How long a cut-short test ran depends on the machine.
        if let Some(at) = line
            .find("stopped after 0")
            .or(line.find("stopped after 1"))
        {
            let from = at + "stopped after ".len();
            let end = line[from..].find(" s,").map_or(line.len(), |e| from + e);
            line.replace_range(from..end, "N");
        }
        lines.push(line);
    }
    (lines.join("\n"), elapsed, results)
}

fn check(tests: &str, body: &str, expect: Expect) -> Duration {
    let (shown, elapsed, _) = run_fake(tests, body);
    expect.assert_eq(&shown);
    elapsed
}

/// The whole bound of a binary's run with a 1 s timeout (1 s of grace),
/// plus room for a machine loaded by the rest of the suite: far below the
/// 60 s the stand-in tests sleep, which is what this bound is about.
const BOUND: Duration = Duration::from_millis(2000 + 8000);

#[test]
fn one_hung_test_leaves_every_other_test_reported_once() {
    let elapsed = check(
        "t0 t1 t2 t3 t4 t5 t6 t7 t8 t9",
        r#"
suite_start
for t in $want; do
  start $t
  if [ $t = t5 ]; then sleep 60; fi
  ok $t
done
suite ok $(count) 0"#,
        expect![[r#"
            t0: Passed
            t1: Passed
            t2: Passed
            t3: Passed
            t4: Passed
            t5: TimedOut
            t6: Passed
            t7: Passed
            t8: Passed
            t9: Passed"#]],
    );
    assert!(elapsed < BOUND, "{elapsed:?}");
}

#[test]
fn when_every_test_hangs_each_is_reported_once_within_the_bound() {
    // Two tests at a time, as libtest on two cores.
    let elapsed = check(
        "t0 t1 t2 t3 t4 t5 t6 t7 t8 t9",
        r#"
suite_start
set -- $want
start $1
start $2
sleep 60"#,
        expect![[r#"
            t0: TimedOut
            t1: TimedOut
            t2: Crashed("did not finish: stopped after N s, when the time for this test binary ran out after t0, t1 hung")
            t3: Crashed("did not finish: stopped after N s, when the time for this test binary ran out after t0, t1 hung")
            t4: Crashed("did not run: the test binary was stopped after t0, t1 hung")
            t5: Crashed("did not run: the test binary was stopped after t0, t1 hung")
            t6: Crashed("did not run: the test binary was stopped after t0, t1 hung")
            t7: Crashed("did not run: the test binary was stopped after t0, t1 hung")
            t8: Crashed("did not run: the test binary was stopped after t0, t1 hung")
            t9: Crashed("did not run: the test binary was stopped after t0, t1 hung")"#]],
    );
    assert!(elapsed < BOUND, "{elapsed:?}");
}

#[test]
fn a_crash_with_two_tests_in_flight_is_pinned_on_the_right_one() {
    check(
        "a b c",
        r#"
suite_start
set -- $want
if [ $# -gt 1 ]; then start a; start b; fi
for t in $want; do
  [ $# -gt 1 ] || start $t
  if [ $t = a ]; then
printf "\nthread 'a' has overflowed its stack\nfatal runtime error: stack overflow\n" >&2
kill -ABRT $$
  fi
  ok $t
done
suite ok $(count) 0"#,
        expect![[r#"
            a: StackOverflow / thread 'a' has overflowed its stack
            fatal runtime error: stack overflow
            b: Passed
            c: Passed"#]],
    );
}

/// On a loaded machine libtest may start one test at a time: when that
/// one crashes the binary, the others never started and must still run
/// (they were reported "exited before running it").
#[test]
fn a_crash_of_the_only_test_in_flight_leaves_the_others_to_run() {
    check(
        "a b c",
        r#"
suite_start
for t in $want; do
  start $t
  if [ $t = a ]; then
printf "\nthread 'a' has overflowed its stack\nfatal runtime error: stack overflow\n" >&2
kill -ABRT $$
  fi
  ok $t
done
suite ok $(count) 0"#,
        expect![[r#"
            a: StackOverflow / thread 'a' has overflowed its stack
            fatal runtime error: stack overflow
            b: Passed
            c: Passed"#]],
    );
}

#[test]
fn output_without_a_newline_does_not_hide_the_next_event() {
    check(
        "a b",
        r#"
suite_start
start a
printf x
ok a
start b
printf 'half a line'
ok b
suite ok 2 0"#,
        expect![[r#"
            a: Passed
            b: Passed"#]],
    );
}

#[test]
fn the_message_is_the_panic_that_ended_the_test() {
    check(
        "jobs",
        r#"
suite_start
start jobs
cat <<'END'
{ "type": "test", "name": "jobs", "event": "failed", "stdout": "thread 'jobs' (5) panicked at src/lib.rs:3:9:\njob exploded on purpose\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\nthread 'jobs' (5) panicked at tests/jobs.rs:9:5:\nassertion `left == right` failed\n  left: 1\n right: 2\n" }
END
suite failed 0 1
exit 101"#,
        expect![[r#"
            jobs: Failed / assertion `left == right` failed
              left: 1
             right: 2"#]],
    );
}

#[test]
fn forged_streams_fail_the_tests_they_cover() {
    let cases = [
        // The solution prints a pass for its own test, then libtest
        // reports the real failure.
        (
            "a",
            "suite_start; start a; ok a; failed a; suite failed 0 1; exit 101",
        ),
        ("a b", "suite_start; start a; ok a; ok b; suite ok 2 0"),
        (
            "a",
            "suite_start; start a; ok a; start helper; ok helper; suite ok 2 0",
        ),
        (
            "a b",
            "suite_start; start a; ok a; start b; ok b; suite failed 1 1; exit 101",
        ),
        ("a", "suite_start; start a; ok a; exit 0"),
        ("a", "suite_start; start a; ok a; suite ok 1 0; exit 101"),
        ("a", "suite_start; suite_start; start a; ok a; suite ok 1 0"),
        (
            "a b",
            r#"echo '{ "type": "suite", "event": "started", "test_count": 1 }'; start a; ok a; start b; ok b; suite ok 2 0"#,
        ),
    ];
    let mut shown = Vec::new();
    for (tests, body) in cases {
        let (text, _, results) = run_fake(tests, body);
        let report = RunReport {
            tests: results,
            ..RunReport::default()
        };
        shown.push(format!("{text}\nall passed: {}", report.all_passed()));
    }
    expect![[r#"
        a: Crashed("the test output was forged or corrupted: a second result for `a`")
        all passed: false

        a: Crashed("the test output was forged or corrupted: a result for `b` without its start")
        b: Crashed("the test output was forged or corrupted: a result for `b` without its start")
        all passed: false

        a: Crashed("the test output was forged or corrupted: an event for `helper`, which this run does not have")
        all passed: false

        a: Crashed("the test output was forged or corrupted: the suite's closing count (1 passed, 1 failed, 0 ignored) disagrees with its events (2 passed, 0 failed, 0 ignored)")
        b: Crashed("the test output was forged or corrupted: the suite's closing count (1 passed, 1 failed, 0 ignored) disagrees with its events (2 passed, 0 failed, 0 ignored)")
        all passed: false

        a: Crashed("the test output was forged or corrupted: the run ended without libtest's closing count")
        all passed: false

        a: Crashed("the test output was forged or corrupted: the test binary exited with 101 but its events show no failure")
        all passed: false

        a: Crashed("the test output was forged or corrupted: the suite started twice")
        all passed: false

        a: Crashed("the test output was forged or corrupted: the suite announced 1 tests, the binary lists 2")
        b: Crashed("the test output was forged or corrupted: the suite announced 1 tests, the binary lists 2")
        all passed: false"#]].assert_eq(&shown.join("\n\n"));
}

#[test]
fn an_honest_stream_passes() {
    let (text, _, results) = run_fake(
        "a b",
        "suite_start; start a; start b; ok b; ok a; suite ok 2 0",
    );
    let report = RunReport {
        tests: results,
        ..RunReport::default()
    };
    expect![[r#"
        a: Passed
        b: Passed
        all passed: true"#]]
    .assert_eq(&format!("{text}\nall passed: {}", report.all_passed()));
}
