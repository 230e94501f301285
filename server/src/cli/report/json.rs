//! `--format json`: the engine's report, as is (docs/report.schema.json).

use crate::engine::{CheckOutcome, Report};

pub fn render(outcomes: &[CheckOutcome]) -> String {
    serde_json::to_string_pretty(&Report::new(outcomes.to_vec())).expect("reports serialise") + "\n"
}

/// The JSON Schema of the report, as committed under docs/.
#[cfg(test)]
pub fn schema() -> String {
    let schema = schemars::schema_for!(Report);
    serde_json::to_string_pretty(&schema).expect("schemas serialise") + "\n"
}
