//! Hover text (`handlers::hover` answers the request): a rule finding
//! explains why the rule exists; a std call with a cost worth knowing gets
//! a one-line note; a graded item shows the kata prompt in short, its
//! target complexity, the static estimate, the measured growth and the
//! last run. Byte offsets in, markdown and byte ranges out.

use super::katas::{graded_items, KataCtx, Role};
use super::measured::Growth;
use crate::analysis::complexity::ItemEstimate;
use tree_sitter::Tree;

/// The hover text and the byte range it is about.
pub fn hover_at(
    kata: &KataCtx,
    role: Role,
    text: &str,
    tree: &Tree,
    offset: usize,
) -> Option<(String, std::ops::Range<usize>)> {
    let cost = crate::analysis::complexity::std_costs::note_at(text, tree, offset);
    if role == Role::Solution {
        // One estimate for both: the rules read its constant receivers.
        let estimates = super::katas::estimates(text, tree);
        if let Some((mut md, range)) = rule_hover(kata, text, tree, &estimates, offset) {
            // On a call inside a finding, both are worth reading.
            if let Some((note, note_range)) = cost {
                md.push_str("\n\n---\n\n");
                md.push_str(&note);
                return Some((md, note_range));
            }
            return Some((md, range));
        }
        if let Some(found) = graded_hover(kata, text, tree, &estimates, offset) {
            return Some(found);
        }
    }
    cost
}

fn rule_hover(
    kata: &KataCtx,
    text: &str,
    tree: &Tree,
    estimates: &[ItemEstimate],
    offset: usize,
) -> Option<(String, std::ops::Range<usize>)> {
    let finding = kata
        .rules
        .check(text, tree, estimates)
        .into_iter()
        .filter(|f| f.range.start <= offset && offset <= f.range.end)
        .min_by_key(|f| f.range.len())?;
    let id = finding.code.strip_prefix("rule/")?;
    let rule = kata.kata.spec.rules.iter().find(|r| r.id == id)?;
    let mut md = format!(
        "**kata rule `{}`** ({})\n\n{}",
        rule.id,
        rule.severity.as_str(),
        rule.message
    );
    if let Some(why) = &rule.why {
        md.push_str(&format!("\n\n*Why:* {why}"));
    }
    Some((md, finding.range))
}

/// The opening of the prompt, without its title: up to the first section
/// heading, or the first paragraph break after about 500 characters
/// (never inside a code block).
pub fn prompt_summary(readme: &str) -> String {
    let mut lines: Vec<&str> = Vec::new();
    let mut in_code = false;
    let mut len = 0;
    for line in readme.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with("```") {
            in_code = !in_code;
        }
        if !in_code && trimmed.starts_with('#') {
            if lines.is_empty() {
                continue;
            }
            break;
        }
        if !in_code && trimmed.is_empty() {
            if lines.is_empty() {
                continue;
            }
            if len > 500 {
                break;
            }
        }
        len += line.len();
        lines.push(line);
    }
    lines.join("\n").trim().to_string()
}

fn graded_hover(
    kata: &KataCtx,
    text: &str,
    tree: &Tree,
    estimates: &[ItemEstimate],
    offset: usize,
) -> Option<(String, std::ops::Range<usize>)> {
    let item = graded_items(tree, text, &kata.kata.spec.targets)
        .into_iter()
        .find(|g| g.name.start <= offset && offset <= g.name.end)?;
    let spec = &kata.kata.spec;
    // What the learner came for first (status, target, estimate, growth,
    // hints); the prompt last, where a long one does not push them away.
    let last = kata.last_outcome();
    let status = match &last {
        Some(outcome) => outcome.headline.clone(),
        None => "not checked yet: save the file to run the tests".into(),
    };
    let mut md = format!(
        "**{}** · {} · `{}`\n\n**Status** {status}  \n",
        spec.title,
        spec.difficulty.as_str(),
        spec.id,
    );
    md.push_str(&format!(
        "**Target** `{}`: time {}",
        item.target.item, item.target.time
    ));
    if let Some(space) = &item.target.space {
        md.push_str(&format!(", space {space}"));
    }
    if let Some(estimate) = super::katas::estimate_of(estimates, &item) {
        md.push_str(&format!("  \n**Estimate** {estimate}"));
    }
    if let Some(probe) = &spec.probe {
        // The probe measures the kata as a whole (n operations), not this
        // item alone: say so, so that `O(n)` under an `O(1)` target reads
        // right.
        md.push_str(&format!(
            "  \n**Probe** the whole kata, n operations: expected {}",
            probe.expect
        ));
    }
    let growth = Growth::of(kata.is_measuring(), last.as_ref());
    if let Some(line) = growth.hover_line() {
        md.push_str(&format!("  \n{line}"));
        if let Some(spark) = growth.sparkline() {
            md.push_str(&format!(" `{spark}`"));
        }
    }
    let progress = kata.progress();
    md.push_str(&format!(
        "  \n**Hints** {}/{} shown",
        progress.hints_shown.min(spec.hints.len()),
        spec.hints.len()
    ));
    md.push_str(&format!(
        "\n\n---\n\n{}\n",
        prompt_summary(kata.kata.prompt())
    ));
    Some((md, item.name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prompt_summary_skips_the_title() {
        let readme =
            "# Pairs\n\nGiven a slice,\nfind pairs.\n\n```\n# not a title\n```\n\n## Examples\n";
        assert_eq!(
            prompt_summary(readme),
            "Given a slice,\nfind pairs.\n\n```\n# not a title\n```"
        );
    }
}
