//! `--format sarif`: SARIF 2.1.0. Each kata that is not solved is one
//! `kata/status` result (an error, its headline as the message) on its
//! `src/lib.rs`; every finding and a too-slow measurement are results at
//! their locations; each kata's status is also in the run's properties.
//! Built with serde_json: the dozen fields we emit do not need a SARIF
//! model crate.

use super::workspace_path;
use crate::engine::outcome::{GrowthVerdict, Severity};
use crate::engine::CheckOutcome;
use serde_json::{json, Value};

struct Rules(Vec<Value>);

impl Rules {
    fn add(&mut self, id: &str, description: &str) {
        if !self.0.iter().any(|r| r["id"] == id) {
            self.0
                .push(json!({"id": id, "shortDescription": {"text": description}}));
        }
    }
}

fn file_location(uri: String, region: Option<Value>) -> Value {
    let mut physical = json!({"artifactLocation": {"uri": uri, "uriBaseId": "WORKSPACE"}});
    if let Some(region) = region {
        physical["region"] = region;
    }
    json!([{ "physicalLocation": physical }])
}

pub fn render(outcomes: &[CheckOutcome]) -> String {
    let mut rules = Rules(Vec::new());
    let mut results = Vec::new();
    for o in outcomes {
        if !o.solved() {
            rules.add("kata/status", "the kata is not solved: its status and why");
            results.push(json!({
                "ruleId": "kata/status",
                "level": "error",
                "message": {"text": format!("{}: {}", o.id, o.headline)},
                "locations": file_location(workspace_path(o, "src/lib.rs"), None),
                "properties": {"status": o.status, "decidedBy": o.decided_by},
            }));
        }
        for f in &o.findings {
            rules.add(&f.code, &f.message);
            let l = &f.location;
            results.push(json!({
                "ruleId": f.code,
                "level": match f.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                    Severity::Info => "note",
                },
                "message": {"text": f.message},
                "locations": file_location(workspace_path(o, &l.file), Some(json!({
                    "startLine": l.line, "startColumn": l.column,
                    "endLine": l.end_line, "endColumn": l.end_column,
                }))),
            }));
        }
        if let Some(g) = o.measurement.growth() {
            if g.verdict != GrowthVerdict::Pass {
                let id = "complexity/measured-growth";
                rules.add(
                    id,
                    "measured growth of the solution against the kata's expected class",
                );
                results.push(json!({
                    "ruleId": id,
                    "level": if g.verdict == GrowthVerdict::TooSlow { "error" } else { "note" },
                    "message": {"text": format!("{}: {}", o.id, g.summary)},
                    "locations": file_location(workspace_path(o, "src/lib.rs"), None),
                }));
            }
        }
    }
    let statuses: Vec<Value> = outcomes
        .iter()
        .map(|o| json!({"id": o.id, "status": o.status, "headline": o.headline}))
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "kata",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://github.com/kata-dojo/kata",
                "rules": rules.0,
            }},
            "invocations": [{"executionSuccessful": true}],
            "results": results,
            "properties": {"katas": statuses},
        }],
    });
    serde_json::to_string_pretty(&doc).expect("sarif serialises") + "\n"
}
