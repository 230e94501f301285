//! End-to-end tests of the `kata` command line over the fixture pack in
//! `tests/fixtures/pack`: a kata that does not compile, one that loops
//! forever, one that overflows its stack, one that allocates without bound,
//! one that escapes its process group — each must give its clear message,
//! in bounded time, with no process left behind.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn kata_bin() -> PathBuf {
    if let Some(bin) = std::env::var_os("KATA_BIN") {
        return bin.into();
    }
    // target/debug/deps/cli-<hash> → target/debug/kata
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().parent().unwrap().join("kata")
}

fn fixture_pack() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/pack")
}

struct Sandbox {
    dir: tempfile::TempDir,
    marker: String,
}

impl Sandbox {
    /// A practice workspace over the fixture pack.
    fn new() -> Sandbox {
        let dir = tempfile::tempdir().unwrap();
        let marker = format!(
            "kata-e2e-{}",
            dir.path().file_name().unwrap().to_string_lossy()
        );
        let sandbox = Sandbox { dir, marker };
        let out = sandbox.kata(&["init", "."]);
        assert!(out.status.success(), "{}", text(&out));
        sandbox
    }

    fn root(&self) -> &Path {
        self.dir.path()
    }

    fn kata(&self, args: &[&str]) -> Output {
        Command::new(kata_bin())
            .args(args)
            .current_dir(self.root())
            .env("KATA_PACK", fixture_pack())
            .env("KATA_E2E_MARKER", &self.marker)
            .env_remove("KATA_WORKSPACE")
            .output()
            .unwrap()
    }

    fn check_json(&self, id: &str, timeout: &str) -> (Option<i32>, Value) {
        let out = self.kata(&["check", id, "--format", "json", "--timeout", timeout]);
        let json: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("not json ({e}): {}", text(&out)));
        (out.status.code(), json)
    }

    /// Live processes (not zombies) that inherited this sandbox's marker,
    /// or whose working directory is inside it (test binaries run with a
    /// scrubbed environment, so the marker alone no longer finds them).
    fn survivors(&self) -> Vec<String> {
        let root = self.root().canonicalize().unwrap();
        let needle = format!("KATA_E2E_MARKER={}", self.marker);
        kata_tests::live_processes()
            .into_iter()
            .filter(|p| {
                p.environ.contains(&needle) || p.cwd.as_ref().is_some_and(|c| c.starts_with(&root))
            })
            .map(|p| p.cmdline)
            .collect()
    }
}

fn text(out: &Output) -> String {
    format!(
        "stdout:\n{}\nstderr:\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn only_test_message(json: &Value) -> (String, String) {
    let tests = json["katas"][0]["testResults"].as_array().unwrap();
    let failing: Vec<&Value> = tests.iter().filter(|t| t["outcome"] != "passed").collect();
    assert!(!failing.is_empty(), "{json:#}");
    (
        failing[0]["outcome"].as_str().unwrap().to_string(),
        failing[0]["message"].as_str().unwrap_or("").to_string(),
    )
}

#[test]
fn list_shows_katas_and_names_the_broken_kata_toml() {
    let sandbox = Sandbox::new();
    let out = sandbox.kata(&["list"]);
    assert!(out.status.success());
    let stdout = String::from_utf8_lossy(&out.stdout);
    for id in ["answer", "broken", "spinner", "deep", "hog"] {
        assert!(stdout.contains(id), "{stdout}");
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("bad-toml/kata.toml:3:14: unknown variant `impossible`"),
        "{stderr}"
    );
    // A kata that did not load says why, not "there is no kata".
    let start = sandbox.kata(&["start", "bad-toml"]);
    assert_eq!(start.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&start.stderr).contains("error: kata `bad-toml` did not load:"),
        "{}",
        text(&start)
    );
    let json = sandbox.kata(&["list", "--json", "--difficulty", "easy"]);
    let rows: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(rows[0]["status"], "new");
}

#[test]
fn start_never_overwrites_and_check_goes_from_failing_to_solved() {
    let sandbox = Sandbox::new();
    assert!(sandbox.kata(&["start", "answer"]).status.success());
    let lib = sandbox.root().join("answer/src/lib.rs");
    let (code, json) = sandbox.check_json("answer", "10");
    assert_eq!(code, Some(1), "{json:#}");
    assert_eq!(json["katas"][0]["status"], "failing");
    let (outcome, message) = only_test_message(&json);
    assert_eq!(outcome, "failed");
    assert!(message.contains("not yet implemented"), "{message}");

    std::fs::write(&lib, "pub fn answer() -> u64 {\n    42\n}\n").unwrap();
    let again = sandbox.kata(&["start", "answer"]);
    assert!(
        String::from_utf8_lossy(&again.stdout).contains("already started"),
        "{}",
        text(&again)
    );
    assert!(
        std::fs::read_to_string(&lib).unwrap().contains("42"),
        "start overwrote the learner's file"
    );

    let (code, json) = sandbox.check_json("answer", "10");
    assert_eq!(code, Some(0), "{json:#}");
    assert_eq!(json["summary"]["solved"], 1);
    assert_eq!(json["katas"][0]["status"], "solved");
    let progress = sandbox.kata(&["progress", "--json"]);
    let progress: Value = serde_json::from_slice(&progress.stdout).unwrap();
    assert_eq!(progress["overall"]["solved"], 1);

    // Other formats, same pipeline.
    let junit = String::from_utf8(
        sandbox
            .kata(&["check", "answer", "--format", "junit"])
            .stdout,
    )
    .unwrap();
    assert!(
        // the status, rules, build, the static complexity of `answer`, the
        // measured growth, and the two tests.
        junit.contains("<testsuite name=\"answer\" tests=\"7\""),
        "{junit}"
    );
    let github = String::from_utf8(
        sandbox
            .kata(&["check", "answer", "--format", "github"])
            .stdout,
    )
    .unwrap();
    assert!(
        github.contains("answer: solved: 2/2 tests pass, targets met"),
        "{github}"
    );
}

#[test]
fn rule_findings_reach_sarif_and_github_annotations() {
    let sandbox = Sandbox::new();
    sandbox.kata(&["start", "answer"]);
    std::fs::write(
        sandbox.root().join("answer/src/lib.rs"),
        "pub fn answer() -> u64 {\n    unsafe { 42 }\n}\n",
    )
    .unwrap();
    let sarif = sandbox.kata(&["check", "answer", "--format", "sarif"]);
    assert_eq!(sarif.status.code(), Some(1), "a rule error fails the kata");
    let sarif: Value = serde_json::from_slice(&sarif.stdout).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results[0]["ruleId"], "kata/status");
    assert_eq!(
        sarif["runs"][0]["properties"]["katas"][0]["status"],
        "failing"
    );
    let result = &results[1];
    assert_eq!(result["ruleId"], "rule/no-unsafe");
    assert_eq!(
        result["locations"][0]["physicalLocation"]["region"]["startLine"],
        2
    );
    assert_eq!(
        result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "answer/src/lib.rs"
    );
    let github = String::from_utf8(
        sandbox
            .kata(&["check", "answer", "--format", "github"])
            .stdout,
    )
    .unwrap();
    assert!(
        github.starts_with("::error file=answer/src/lib.rs,title=answer%3A failing::"),
        "{github}"
    );
    assert!(
        github.contains("\n::error file=answer/src/lib.rs,line=2,col=5,"),
        "{github}"
    );
}

#[test]
fn a_compile_error_is_located() {
    let sandbox = Sandbox::new();
    sandbox.kata(&["start", "broken"]);
    let (code, json) = sandbox.check_json("broken", "10");
    assert_eq!(code, Some(1));
    let errors = json["katas"][0]["compileErrors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "each error once: {json:#}");
    let error = &errors[0];
    assert_eq!(error["location"]["file"], "src/lib.rs", "{json:#}");
    assert_eq!(error["location"]["line"], 2);
    assert_eq!(error["location"]["column"], 5);
    assert_eq!(error["message"], "mismatched types");
    let human = String::from_utf8(sandbox.kata(&["check", "broken"]).stdout).unwrap();
    assert!(
        human.contains("compile error: broken/src/lib.rs:2:5: mismatched types"),
        "{human}"
    );
}

#[test]
fn an_infinite_loop_times_out_and_leaves_nothing_running() {
    let sandbox = Sandbox::new();
    sandbox.kata(&["start", "spinner"]);
    let (code, json) = sandbox.check_json("spinner", "2");
    assert_eq!(code, Some(1));
    let (outcome, message) = only_test_message(&json);
    assert_eq!(outcome, "timed-out");
    assert!(message.contains("timed out after 2 s"), "{message}");
    assert!(
        message.starts_with("gives_the_answer") || message.starts_with("is_even"),
        "{message}"
    );
    assert_eq!(sandbox.survivors(), Vec::<String>::new());
}

#[test]
fn a_stack_overflow_names_the_test() {
    let sandbox = Sandbox::new();
    sandbox.kata(&["start", "deep"]);
    let (code, json) = sandbox.check_json("deep", "10");
    assert_eq!(code, Some(1));
    let tests = json["katas"][0]["testResults"].as_array().unwrap();
    assert_eq!(tests.len(), 2, "both tests are attributed: {json:#}");
    for test in tests {
        assert_eq!(test["outcome"], "stack-overflow", "{json:#}");
        let name = test["name"].as_str().unwrap();
        assert!(test["message"]
            .as_str()
            .unwrap()
            .starts_with(&format!("{name} overflowed its stack")));
    }
    assert_eq!(sandbox.survivors(), Vec::<String>::new());
}

#[test]
fn an_allocation_bomb_is_reported_as_out_of_memory() {
    let sandbox = Sandbox::new();
    sandbox.kata(&["start", "hog"]);
    let (code, json) = sandbox.check_json("hog", "20");
    assert_eq!(code, Some(1));
    let (outcome, message) = only_test_message(&json);
    assert_eq!(outcome, "out-of-memory", "{json:#}");
    assert!(message.contains("ran out of memory"), "{message}");
    assert_eq!(sandbox.survivors(), Vec::<String>::new());
}

#[test]
fn a_process_that_escapes_its_group_is_still_killed() {
    let sandbox = Sandbox::new();
    sandbox.kata(&["start", "escapee"]);
    let (code, json) = sandbox.check_json("escapee", "2");
    assert_eq!(code, Some(1));
    assert_eq!(only_test_message(&json).0, "timed-out");
    assert_eq!(sandbox.survivors(), Vec::<String>::new());
}

#[test]
fn hints_are_progressive_and_remembered() {
    let sandbox = Sandbox::new();
    sandbox.kata(&["start", "answer"]);
    let first = String::from_utf8(sandbox.kata(&["hint", "answer"]).stdout).unwrap();
    assert!(
        first.starts_with("Hint 1/2 for `answer`:\nThe answer is a number."),
        "{first}"
    );
    let second = String::from_utf8(sandbox.kata(&["hint", "answer"]).stdout).unwrap();
    assert!(
        second.starts_with("Hint 2/2 for `answer`:\nIt is forty-two."),
        "{second}"
    );
    let list = String::from_utf8(sandbox.kata(&["list"]).stdout).unwrap();
    assert!(
        list.lines()
            .any(|l| l.starts_with("answer") && l.contains("2/2")),
        "{list}"
    );
}

#[test]
fn reset_backs_up_the_learners_files() {
    let sandbox = Sandbox::new();
    sandbox.kata(&["start", "answer"]);
    let lib = sandbox.root().join("answer/src/lib.rs");
    std::fs::write(&lib, "// my precious attempt\n").unwrap();
    let out = sandbox.kata(&["reset", "answer"]);
    assert!(out.status.success(), "{}", text(&out));
    let stdout = String::from_utf8_lossy(&out.stdout);
    let backup = stdout.trim().rsplit(' ').next().unwrap();
    assert_eq!(
        std::fs::read_to_string(Path::new(backup).join("src/lib.rs")).unwrap(),
        "// my precious attempt\n"
    );
    assert!(std::fs::read_to_string(&lib).unwrap().contains("todo!()"));
}

#[test]
fn the_solution_stays_hidden_until_solved_or_revealed() {
    let sandbox = Sandbox::new();
    sandbox.kata(&["start", "answer"]);
    let hidden = sandbox.kata(&["solution", "answer"]);
    assert_eq!(hidden.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&hidden.stderr).contains("is not solved yet"));
    let shown = sandbox.kata(&["solution", "answer", "--reveal"]);
    assert!(
        String::from_utf8_lossy(&shown.stdout).contains("42"),
        "{}",
        text(&shown)
    );
    let progress: Value =
        serde_json::from_slice(&std::fs::read(sandbox.root().join(".kata/progress.json")).unwrap())
            .unwrap();
    assert_eq!(progress["katas"]["answer"]["revealed"], true);
}

#[test]
fn mistakes_get_one_clear_sentence_and_a_hint() {
    let sandbox = Sandbox::new();
    let unknown = sandbox.kata(&["start", "answr"]);
    assert_eq!(unknown.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&unknown.stderr);
    assert!(
        stderr.contains("error: there is no kata `answr`")
            && stderr.contains("did you mean `answer`?"),
        "{stderr}"
    );

    let elsewhere = tempfile::tempdir().unwrap();
    let out = Command::new(kata_bin())
        .args(["start", "answer"])
        .current_dir(elsewhere.path())
        .env("KATA_PACK", fixture_pack())
        .env_remove("KATA_WORKSPACE")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("no practice workspace") && stderr.contains("kata init"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");

    let usage = sandbox.kata(&["check", "--format", "xml"]);
    assert_eq!(usage.status.code(), Some(2));
}

#[test]
fn missing_cargo_is_a_configuration_error() {
    let sandbox = Sandbox::new();
    sandbox.kata(&["start", "answer"]);
    let out = Command::new(kata_bin())
        .args(["check", "answer"])
        .current_dir(sandbox.root())
        .env("KATA_PACK", fixture_pack())
        .env("PATH", "/nonexistent")
        .env_remove("CARGO")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("error: cargo was not found on PATH") && stderr.contains("rustup"),
        "{stderr}"
    );
}

#[test]
fn a_read_only_directory_is_a_clear_error() {
    if unsafe { libc::geteuid() } == 0 {
        // root ignores permission bits; make the directory a file instead.
        let dir = tempfile::tempdir().unwrap();
        let blocked = dir.path().join("blocked");
        std::fs::write(&blocked, "").unwrap();
        let out = Command::new(kata_bin())
            .args(["init"])
            .arg(blocked.join("ws"))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr
                .lines()
                .any(|l| l.starts_with("error: ") && l.contains("blocked/ws")),
            "{stderr}"
        );
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o555)).unwrap();
    let out = Command::new(kata_bin())
        .args(["init"])
        .arg(dir.path().join("ws"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not writable"));
}

#[test]
fn completions_and_help_work() {
    let out = Command::new(kata_bin())
        .args(["completions", "bash"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("_kata()"));
    for sub in [
        "list", "init", "start", "check", "hint", "reset", "solution", "progress", "verify",
        "prove", "lsp",
    ] {
        let help = Command::new(kata_bin())
            .args([sub, "--help"])
            .output()
            .unwrap();
        assert!(help.status.success(), "{sub} --help");
    }
}

/// `kata verify` holds each solution to the kata's targets: the reference
/// meets them statically and by measurement, the naive solution misses
/// them both ways, and a "naive" solution that is not slower is reported.
#[test]
fn verify_checks_complexity_of_reference_and_naive() {
    let sandbox = Sandbox::new();
    let out = sandbox.kata(&["verify", "count-pairs", "lookalike"]);
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    let line = |id: &str| {
        stdout
            .lines()
            .find(|l| l.contains(&format!(" {id}:")))
            .unwrap_or_else(|| panic!("no line for {id}: {stdout}"))
            .to_string()
    };
    let good = line("count-pairs");
    assert!(good.starts_with("✔"), "{good}");
    for part in [
        "starter fails 3 of 3 tests",
        "reference passes 3, meets its targets (static), measured n^",
        "): pass",
        "naive passes 3, misses its target: count_equal_pairs time O(n^2) > O(n) (static)",
        "measured: grows like n^",
    ] {
        assert!(good.contains(part), "`{part}` missing from: {good}");
    }
    let bad = line("lookalike");
    assert!(bad.starts_with("✘"), "{bad}");
    assert!(
        bad.contains("the naive solution's static estimate meets every target"),
        "{bad}"
    );
    assert!(stdout.contains("1 passed, 1 failed"), "{stdout}");
}

#[test]
fn a_deeply_nested_solution_is_checked_without_aborting() {
    let sandbox = Sandbox::new();
    sandbox.kata(&["start", "answer"]);
    let deep = 2000;
    std::fs::write(
        sandbox.root().join("answer/src/lib.rs"),
        format!(
            "#![allow(unused_parens)]\npub fn answer() -> u64 {{\n    {}42{}\n}}\n",
            "(".repeat(deep),
            ")".repeat(deep)
        ),
    )
    .unwrap();
    let (code, json) = sandbox.check_json("answer", "60");
    assert!(matches!(code, Some(0 | 1)), "{code:?}: {json:#}");
    let findings = json["katas"][0]["findings"].as_array().unwrap();
    let deep = findings
        .iter()
        .find(|f| f["code"] == "analysis/too-deep")
        .unwrap_or_else(|| panic!("{json:#}"));
    assert!(
        deep["message"]
            .as_str()
            .unwrap()
            .starts_with("nesting too deep to analyse (depth 2003, limit 256)"),
        "{deep:#}"
    );
}

/// `--shard K/N` splits the started katas so that N jobs together check
/// each exactly once, and `kata report merge` of their JSON reports equals
/// the unsharded report (times aside).
#[test]
fn shards_merge_into_the_unsharded_report() {
    let sandbox = Sandbox::new();
    for id in ["answer", "broken", "lookalike"] {
        assert!(sandbox.kata(&["start", id]).status.success());
    }
    let check = |extra: &[&str]| {
        let mut args = vec!["check", "--all", "--format", "json", "--no-measure"];
        args.extend_from_slice(extra);
        let out = sandbox.kata(&args);
        assert!(out.status.code().is_some(), "{}", text(&out));
        String::from_utf8(out.stdout).unwrap()
    };
    let without_times = |report: &str| {
        let mut v: Value = serde_json::from_str(report).unwrap();
        for k in v["katas"].as_array_mut().unwrap() {
            k["checkedAt"] = Value::Null;
        }
        v
    };
    let whole = without_times(&check(&[]));
    let mut files = Vec::new();
    let mut ids = Vec::new();
    for k in 1..=2 {
        let report = check(&["--shard", &format!("{k}/2")]);
        let parsed: Value = serde_json::from_str(&report).unwrap();
        ids.extend(
            parsed["katas"]
                .as_array()
                .unwrap()
                .iter()
                .map(|k| k["id"].as_str().unwrap().to_string()),
        );
        let file = sandbox.root().join(format!("shard-{k}.json"));
        std::fs::write(&file, report).unwrap();
        files.push(file.display().to_string());
    }
    ids.sort();
    assert_eq!(
        ids,
        ["answer", "broken", "lookalike"],
        "each kata exactly once"
    );
    let mut args = vec!["report", "merge"];
    args.extend(files.iter().map(String::as_str));
    let merged = sandbox.kata(&args);
    assert_eq!(merged.status.code(), Some(1), "a kata is not solved");
    let merged = without_times(&String::from_utf8(merged.stdout).unwrap());
    assert_eq!(merged, whole);
    // Any format from the merged outcomes.
    args.extend(["--format", "junit"]);
    let junit = String::from_utf8(sandbox.kata(&args).stdout).unwrap();
    assert_eq!(junit.matches("<testsuite ").count(), 3, "{junit}");
    let bad = sandbox.kata(&["check", "--all", "--shard", "3/2"]);
    assert_eq!(bad.status.code(), Some(2));
}

/// `check --all` builds every kata with one cargo invocation and runs the
/// katas' tests in parallel (`--jobs`): a kata that does not compile keeps
/// its compile error and does not stop the others, and each kata's outcome
/// is the one a check of that kata alone gives (times aside). Growth is
/// measured for each kata whose tests pass, with the probes built at once.
#[test]
fn checking_all_at_once_gives_each_kata_its_own_outcome() {
    let sandbox = Sandbox::new();
    let ids = ["answer", "broken", "count-pairs", "lookalike"];
    for id in ids {
        assert!(sandbox.kata(&["start", id]).status.success());
    }
    let reference = |id: &str| {
        let from = fixture_pack().join(id).join("solution/reference.rs");
        std::fs::copy(from, sandbox.root().join(id).join("src/lib.rs")).unwrap();
    };
    reference("answer");
    reference("count-pairs");
    let check = |args: &[&str]| {
        let out = sandbox.kata(args);
        assert!(out.status.code().is_some(), "{}", text(&out));
        let mut report: Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("not json ({e}): {}", text(&out)));
        for k in report["katas"].as_array_mut().unwrap() {
            k["checkedAt"] = Value::Null;
        }
        report["katas"].as_array().unwrap().clone()
    };
    let all = check(&[
        "check",
        "--all",
        "--format",
        "json",
        "--no-measure",
        "-j",
        "2",
    ]);
    let shown: Vec<String> = all
        .iter()
        .map(|k| {
            let errors: Vec<String> = k["compileErrors"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    let at = &e["location"];
                    format!(
                        "{}:{}:{} {}",
                        at["file"], at["line"], at["column"], e["message"]
                    )
                })
                .collect();
            format!("{} {} {:?}", k["id"], k["status"], errors)
        })
        .collect();
    expect_test::expect![[r#"
        "answer" "solved" []
        "broken" "does-not-compile" ["\"src/lib.rs\":2:5 \"mismatched types\""]
        "count-pairs" "solved" []
        "lookalike" "failing" []"#]]
    .assert_eq(&shown.join("\n"));
    for (id, together) in ids.iter().zip(&all) {
        let alone = check(&["check", id, "--format", "json", "--no-measure"]);
        assert_eq!(&alone[0], together, "{id} alone and in --all");
    }
    let measured = check(&["check", "--all", "--format", "json"]);
    let states: Vec<String> = measured
        .iter()
        .map(|k| format!("{} {}", k["id"], k["measurement"]["state"]))
        .collect();
    expect_test::expect![[r#"
        "answer" "measured"
        "broken" "not-run"
        "count-pairs" "measured"
        "lookalike" "not-run""#]]
    .assert_eq(&states.join("\n"));
    assert!(sandbox.survivors().is_empty(), "{:?}", sandbox.survivors());
}

/// Colour follows `--color`, `NO_COLOR` and `CLICOLOR_FORCE`; a rule
/// finding is shown as an annotated source snippet.
#[test]
fn colour_and_snippets() {
    let sandbox = Sandbox::new();
    sandbox.kata(&["start", "answer"]);
    std::fs::write(
        sandbox.root().join("answer/src/lib.rs"),
        "pub fn answer() -> u64 {\n    unsafe { 42 }\n}\n",
    )
    .unwrap();
    let run = |args: &[&str], env: &[(&str, &str)]| {
        let mut command = Command::new(kata_bin());
        command
            .args(["check", "answer", "--no-measure"])
            .args(args)
            .current_dir(sandbox.root())
            .env("KATA_PACK", fixture_pack())
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE");
        for (k, v) in env {
            command.env(k, v);
        }
        String::from_utf8(command.output().unwrap().stdout).unwrap()
    };
    let coloured = |s: &str| s.contains('\u{1b}');
    let plain = run(&[], &[]);
    assert!(!coloured(&plain), "not a terminal: no colour\n{plain}");
    assert!(
        plain.contains("2 |     unsafe { 42 }"),
        "the finding shows its line\n{plain}"
    );
    assert!(plain.contains("error[rule/no-unsafe]"), "{plain}");
    assert!(coloured(&run(&["--color", "always"], &[])));
    assert!(!coloured(&run(
        &["--color", "never"],
        &[("CLICOLOR_FORCE", "1")]
    )));
    assert!(coloured(&run(&[], &[("CLICOLOR_FORCE", "1")])));
    assert!(!coloured(&run(
        &[],
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]
    )));
}

/// `kata estimate` works on any Rust file, outside a workspace too.
#[test]
fn estimate_any_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("any.rs");
    std::fs::write(
        &file,
        "fn pairs(v: &[i32]) -> usize {\n    let mut n = 0;\n    for a in v {\n        for b in v {\n            if a + b == 0 { n += 1; }\n        }\n    }\n    n\n}\n\nstruct S;\nimpl S {\n    fn first(&self, v: &[i32]) -> Option<i32> { v.first().copied() }\n}\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        Command::new(kata_bin())
            .arg("estimate")
            .arg(&file)
            .args(args)
            .current_dir(dir.path())
            .env_remove("KATA_PACK")
            .output()
            .unwrap()
    };
    let out = run(&[]);
    assert!(out.status.success(), "{}", text(&out));
    let human = String::from_utf8(out.stdout).unwrap();
    assert!(
        human.starts_with("pairs (line 1): O(n^2) time, O(1) space (high confidence)\n"),
        "{human}"
    );
    assert!(human.contains("line 4: `for b in v` ×n"), "{human}");
    assert!(human.contains("S::first (line 13): O(1) time"), "{human}");
    let json: Value =
        serde_json::from_slice(&run(&["--item", "S::first", "--format", "json"]).stdout).unwrap();
    assert_eq!(json.as_array().unwrap().len(), 1);
    assert_eq!(json[0]["time"], "O(1)");
    assert_eq!(run(&["--item", "missing"]).status.code(), Some(2));
}

/// `kata new` scaffolds every file of a kata; `kata verify` then lists what
/// the author still has to write.
#[test]
fn new_then_verify_lists_what_to_fill_in() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        Command::new(kata_bin())
            .args(args)
            .current_dir(dir.path())
            .env_remove("KATA_PACK")
            .output()
            .unwrap()
    };
    let out = run(&["new", "ring-buffer", "--in", "pack"]);
    assert!(out.status.success(), "{}", text(&out));
    for file in [
        "kata.toml",
        "README.md",
        "src/lib.rs",
        "tests/ring_buffer.rs",
        "solution/reference.rs",
        "solution/naive.rs",
        "probe.rs",
    ] {
        assert!(
            dir.path().join("pack/ring-buffer").join(file).is_file(),
            "{file}"
        );
    }
    assert_eq!(
        run(&["new", "ring-buffer", "--in", "pack"]).status.code(),
        Some(2)
    );
    assert_eq!(
        run(&["new", "Not An Id", "--in", "pack"]).status.code(),
        Some(2)
    );
    let verify = run(&["verify", "--pack", "pack", "--strict", "--no-measure"]);
    assert_eq!(verify.status.code(), Some(1));
    let report = String::from_utf8(verify.stdout).unwrap();
    for wanted in [
        "reference fails",
        "only 2 tests",
        "kata.toml still has",
        "README.md still has",
        "solution/reference.rs still has",
    ] {
        assert!(
            report.contains(wanted),
            "`{wanted}` missing from:\n{report}"
        );
    }
}
