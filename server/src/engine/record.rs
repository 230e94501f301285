//! What a check leaves behind: the learner's progress (`progress.json`:
//! the best status reached, runs, the last tally) and the last outcome of
//! each kata (`.kata/outcomes/ID.json`), so a restarted server or a new
//! terminal shows it.

use super::outcome::{CheckOutcome, Status};
use crate::practice::{now_secs_public, Status as Progress, Workspace};
use std::path::PathBuf;

fn outcome_path(ws: &Workspace, id: &str) -> PathBuf {
    ws.state_dir().join("outcomes").join(format!("{id}.json"))
}

/// The progress status a check's status earns, given the one so far: the
/// best reached stays (a solved kata that a later edit breaks is still
/// solved; its last outcome says what the code does now).
pub fn progress_status(before: Progress, checked: Status) -> Progress {
    let earned = match checked {
        Status::Solved => Progress::Solved,
        Status::TooSlow => Progress::TooSlow,
        Status::Failing | Status::DoesNotCompile => Progress::Started,
    };
    before.max(earned)
}

/// Records a finished check in the progress store and keeps the outcome.
pub fn record(ws: &Workspace, outcome: &CheckOutcome) -> anyhow::Result<()> {
    ws.progress().update_kata(&outcome.id, |p| {
        p.status = progress_status(p.status, outcome.status);
        if outcome.status == Status::Solved {
            p.solved_at.get_or_insert_with(now_secs_public);
        }
        p.started_at.get_or_insert_with(now_secs_public);
        p.runs += 1;
        p.last_passed = outcome.tests.passed;
        p.last_failed = outcome.tests.failed;
    })?;
    let path = outcome_path(ws, &outcome.id);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    crate::practice::write_atomically(&path, serde_json::to_string_pretty(outcome)?.as_bytes())
}

/// The last recorded outcome of a kata, if any (and readable: an outcome
/// written by another version of kata is simply not shown).
pub fn last_outcome(ws: &Workspace, id: &str) -> Option<CheckOutcome> {
    let text = std::fs::read_to_string(outcome_path(ws, id)).ok()?;
    serde_json::from_str(&text).ok()
}

/// Forgets the last outcome (after a reset: it described other code).
pub fn forget_outcome(ws: &Workspace, id: &str) {
    let _ = std::fs::remove_file(outcome_path(ws, id));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_best_status_reached_stays() {
        let mut out = String::new();
        for before in [
            Progress::New,
            Progress::Started,
            Progress::TooSlow,
            Progress::Solved,
        ] {
            for checked in [
                Status::DoesNotCompile,
                Status::Failing,
                Status::TooSlow,
                Status::Solved,
            ] {
                out.push_str(&format!(
                    "{} + {} = {}\n",
                    before.as_str(),
                    checked.as_str(),
                    progress_status(before, checked).as_str()
                ));
            }
        }
        expect_test::expect![[r#"
            new + does-not-compile = started
            new + failing = started
            new + too-slow = too-slow
            new + solved = solved
            started + does-not-compile = started
            started + failing = started
            started + too-slow = too-slow
            started + solved = solved
            too-slow + does-not-compile = too-slow
            too-slow + failing = too-slow
            too-slow + too-slow = too-slow
            too-slow + solved = solved
            solved + does-not-compile = solved
            solved + failing = solved
            solved + too-slow = solved
            solved + solved = solved
        "#]]
        .assert_eq(&out);
    }
}
