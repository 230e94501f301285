//! In-process tests: a client over `tokio::io::duplex` talks to the real
//! server; snapshots (expect-test) pin what the learner sees.

mod commands;
mod deep;
mod features;
mod fuzz;
pub mod harness;
mod hostile;
mod measured;
mod robustness;
mod runs;
mod status_push;
mod sync;

use serde_json::{json, Value};

/// A client offering UTF-8 positions and nothing else.
pub fn utf8_caps() -> Value {
    json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}})
}

/// A client that only knows UTF-16 (the protocol default).
pub fn utf16_caps() -> Value {
    json!({})
}

pub const SOLUTION_WITH_FINDINGS: &str = r#"// 注释 😀 émoji before the findings
pub fn pair_sum(nums: &[i64], target: i64) -> Vec<(i64, i64)> {
    let mut v = nums.to_vec(); /* ß😀 */ v.sort();
    let mut out = Vec::new();
    for a in &v {
        for b in &v {
            if a + b == target && !out.contains(&(*a, *b)) { out.push((*a, *b)); }
        }
    }
    out
}
"#;
