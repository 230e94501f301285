//! `kata prove` on a small subset of the built-in pack, as CI runs it: the
//! static estimates and the measured growth must agree with the reference
//! and naive solutions of each kata.

use std::path::PathBuf;
use std::process::Command;

fn kata_bin() -> PathBuf {
    if let Some(bin) = std::env::var_os("KATA_BIN") {
        return bin.into();
    }
    // target/debug/deps/prove-<hash> → target/debug/kata
    let exe = std::env::current_exe().unwrap();
    exe.parent().unwrap().parent().unwrap().join("kata")
}

#[test]
fn prove_passes_on_a_subset_of_the_pack() {
    let scratch = tempfile::tempdir().unwrap();
    let out = Command::new(kata_bin())
        .args(["prove", "pair-sum", "queue-from-stacks", "--scratch"])
        .arg(scratch.path())
        .env_remove("KATA_PACK")
        .output()
        .expect("the kata binary runs (build it with `cargo build -p kata`)");
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}");
    assert!(
        out.status.success(),
        "kata prove failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for line in [
        "static: reference meets its targets   2/2 (100%)",
        "static: naive exceeds a target        2/2 (100%)",
        "measured: reference passes           2/2 (100%)",
        "measured: naive flagged (gap ≥ 1)    2/2 (100%)",
    ] {
        assert!(stdout.contains(line), "missing `{line}` in:\n{stdout}");
    }
}

#[test]
fn prove_static_explains_a_miss() {
    // A pack with one kata whose "reference" is the naive solution: the
    // static check must fail and print the derivation.
    let pack = tempfile::tempdir().unwrap();
    let dir = pack.path().join("dup");
    std::fs::create_dir_all(dir.join("solution")).unwrap();
    std::fs::create_dir_all(dir.join("src")).unwrap();
    std::fs::create_dir_all(dir.join("tests")).unwrap();
    std::fs::write(
        dir.join("kata.toml"),
        "id = \"dup\"\ntitle = \"Duplicates\"\ndifficulty = \"easy\"\n\n[[target]]\nitem = \"has_dup\"\ntime = \"O(n)\"\nspace = \"O(n)\"\n\n[[hint]]\ntext = \"A set.\"\n",
    )
    .unwrap();
    let naive = "pub fn has_dup(v: &[i32]) -> bool {\n    let mut seen = Vec::new();\n    for &x in v {\n        if seen.contains(&x) {\n            return true;\n        }\n        seen.push(x);\n    }\n    false\n}\n";
    std::fs::write(dir.join("solution/reference.rs"), naive).unwrap();
    std::fs::write(
        dir.join("src/lib.rs"),
        "pub fn has_dup(v: &[i32]) -> bool { todo!() }\n",
    )
    .unwrap();
    std::fs::write(dir.join("README.md"), "# Duplicates\n").unwrap();
    std::fs::write(dir.join("tests/dup.rs"), "").unwrap();
    let out = Command::new(kata_bin())
        .args(["prove", "--static", "--pack"])
        .arg(pack.path())
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.contains("time O(n^2) > O(n)"), "{stdout}");
    assert!(
        stdout.contains("line 4: `seen.contains(&x)` on a Vec: O(n)"),
        "{stdout}"
    );
}

#[test]
fn prove_corpus_lists_every_false_alarm_and_scores_precision_and_recall() {
    // Three learner files for pair-sum: optimal and clean, "optimal" but
    // tripping the kata's no-sort rule, and slow (nested loops).
    let corpus = tempfile::tempdir().unwrap();
    let dir = corpus.path().join("pair-sum");
    std::fs::create_dir_all(&dir).unwrap();
    let clean = "// learner: optimal\nuse std::collections::HashSet;\npub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {\n    let mut seen = HashSet::new();\n    let mut out = HashSet::new();\n    for &x in nums {\n        let y = target.wrapping_sub(x);\n        if seen.contains(&y) {\n            out.insert((x.min(y), x.max(y)));\n        }\n        seen.insert(x);\n    }\n    out.into_iter().collect()\n}\n";
    let sorted = "// learner: optimal\npub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {\n    let mut v = nums.to_vec();\n    v.sort();\n    let _ = target;\n    Vec::new()\n}\n";
    let slow = "// learner: slow\npub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {\n    let mut out = Vec::new();\n    for i in 0..nums.len() {\n        for j in i + 1..nums.len() {\n            if nums[i] + nums[j] == target {\n                out.push((nums[i].min(nums[j]), nums[i].max(nums[j])));\n            }\n        }\n    }\n    out\n}\n";
    std::fs::write(dir.join("clean.rs"), clean).unwrap();
    std::fs::write(dir.join("sorted.rs"), sorted).unwrap();
    std::fs::write(dir.join("slow.rs"), slow).unwrap();
    let out = Command::new(kata_bin())
        .args(["prove", "--static", "--corpus"])
        .arg(corpus.path())
        .env_remove("KATA_PACK")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(
        stdout.contains("false alarm on optimal pair-sum/sorted.rs:\n    warning rule/no-sort:"),
        "{stdout}"
    );
    assert!(!stdout.contains("pair-sum/clean.rs"), "{stdout}");
    assert!(!stdout.contains("pair-sum/slow.rs not flagged"), "{stdout}");
    assert!(
        stdout.contains("precision: 1/2 correct, optimal solutions without a finding"),
        "{stdout}"
    );
    assert!(
        stdout.contains("recall: 1/1 correct but slow solutions flagged"),
        "{stdout}"
    );
    // The clean file's estimate meets its target outright.
    assert!(
        stdout.contains("upper bounds: 0/1 of those optimal solutions"),
        "{stdout}"
    );
}

#[test]
fn prove_corpus_judges_each_file_by_the_verdict_kata_check_gives() {
    // By default every file is built, tested and measured as `kata check`
    // would: optimal code must be solved, slow code too slow.
    let corpus = tempfile::tempdir().unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let dir = corpus.path().join("pair-sum");
    std::fs::create_dir_all(&dir).unwrap();
    let clean = "// learner: optimal\nuse std::collections::HashSet;\npub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {\n    let mut seen = HashSet::new();\n    let mut out = HashSet::new();\n    for &x in nums {\n        if let Some(y) = target.checked_sub(x) {\n            if seen.contains(&y) {\n                out.insert((x.min(y), x.max(y)));\n            }\n        }\n        seen.insert(x);\n    }\n    out.into_iter().collect()\n}\n";
    let wrong = "// learner: optimal\npub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {\n    let _ = (nums, target);\n    Vec::new()\n}\n";
    std::fs::write(dir.join("clean.rs"), clean).unwrap();
    std::fs::write(dir.join("wrong.rs"), wrong).unwrap();
    let out = Command::new(kata_bin())
        .args(["prove", "--corpus"])
        .arg(corpus.path())
        .arg("--scratch")
        .arg(scratch.path())
        .env_remove("KATA_PACK")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(!stdout.contains("pair-sum/clean.rs"), "{stdout}");
    assert!(
        stdout.contains("optimal pair-sum/wrong.rs not solved:\n    failing:"),
        "{stdout}"
    );
    assert!(
        stdout.contains("precision: 1/2 correct, optimal solutions solved"),
        "{stdout}"
    );
}
