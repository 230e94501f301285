//! Where a keystroke's analysis time goes: each stage of the language
//! server's keystroke diagnostics (`lsp/live.rs`), run alone many times on
//! the 300-line file of `lsp_bench`, with the mean per run. The stages are
//! compared with the parse of the same text, measured in the same run, so
//! the figures survive a noisy machine.
//!
//! `cargo run --release -p kata --example keystroke_stages`

use kata::analysis::{self, complexity, CompiledRules};
use kata::catalog::Pack;
use std::time::Instant;

fn three_hundred_lines() -> String {
    let mut text = String::from(
        "use std::collections::HashSet;\n\npub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {\n    let mut seen = HashSet::new();\n    let mut pairs = HashSet::new();\n    for &x in nums {\n        if let Some(c) = target.checked_sub(x) {\n            if seen.contains(&c) {\n                pairs.insert((x.min(c), x.max(c)));\n            }\n        }\n        seen.insert(x);\n    }\n    pairs.into_iter().collect()\n}\n",
    );
    let mut i = 0;
    while text.lines().count() < 300 {
        text.push_str(&format!(
            "\n/// Helper {i}.\nfn helper_{i}(v: &[i64]) -> i64 {{\n    let mut s = 0;\n    for x in v {{ s += x * {i}; }}\n    s\n}}\n"
        ));
        i += 1;
    }
    text
}

/// Mean microseconds per call of `f` over `runs` calls.
fn mean_us(runs: u32, mut f: impl FnMut()) -> f64 {
    f();
    let t = Instant::now();
    for _ in 0..runs {
        f();
    }
    t.elapsed().as_secs_f64() * 1e6 / f64::from(runs)
}

fn main() {
    let pack = Pack::builtin();
    let kata = pack.get("pair-sum").expect("pair-sum is in the pack");
    let (rules, _) = CompiledRules::compile(&kata.spec);
    let text = three_hundred_lines();
    let tree = analysis::parse(&text);
    let estimates = complexity::estimate(&text, &tree);
    let runs = 300;
    let parse = mean_us(runs, || {
        std::hint::black_box(analysis::parse(&text));
    });
    let stages: [(&str, f64); 6] = [
        (
            "syntax errors",
            mean_us(runs, || {
                std::hint::black_box(analysis::syntax_errors(&text, &tree));
            }),
        ),
        (
            "kata rules",
            mean_us(runs, || {
                std::hint::black_box(rules.check(&text, &tree, &estimates));
            }),
        ),
        (
            "syntax + rules (analysis::check)",
            mean_us(runs, || {
                std::hint::black_box(analysis::check(&text, &tree, &rules, &estimates));
            }),
        ),
        (
            "complexity estimate",
            mean_us(runs, || {
                std::hint::black_box(complexity::estimate(&text, &tree));
            }),
        ),
        (
            "complexity findings",
            mean_us(runs, || {
                std::hint::black_box(complexity::complexity_findings(
                    &estimates,
                    &kata.spec.targets,
                ));
            }),
        ),
        (
            "tree shape (nesting guard)",
            mean_us(runs, || {
                std::hint::black_box(analysis::TreeShape::of(&tree));
            }),
        ),
    ];
    println!("300-line file, mean of {runs} runs; parse (baseline) {parse:.0} µs");
    for (stage, us) in stages {
        println!("  {stage}: {us:.0} µs ({:.2}x the parse)", us / parse);
    }
}
