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
    // A writer killed mid-write (kill -9) leaves its temporary file behind.
    ws.clean_stale_temp_files();
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
    fn an_outcome_survives_and_stale_temp_files_go() {
        let dir = tempfile::tempdir().unwrap();
        let (ws, _) = Workspace::init(dir.path()).unwrap();
        let stale = ws.state_dir().join(".tmpKILLED");
        std::fs::write(&stale, "half a progress.json").unwrap();
        let old = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        std::fs::File::options()
            .write(true)
            .open(&stale)
            .unwrap()
            .set_modified(old)
            .unwrap();
        let fresh = ws.state_dir().join(".tmpLIVE");
        std::fs::write(&fresh, "a writer at work").unwrap();
        let outcome = super::super::fixtures::fixed_outcomes().remove(0);
        record(&ws, &outcome).unwrap();
        assert!(!stale.exists(), "a stale temporary file stayed");
        assert!(fresh.exists(), "a live writer's file was removed");
        assert_eq!(last_outcome(&ws, &outcome.id), Some(outcome.clone()));
        let p = ws.progress().read().unwrap().get(&outcome.id);
        assert_eq!((p.status, p.runs, p.last_passed), (Progress::Solved, 1, 2));
        forget_outcome(&ws, &outcome.id);
        assert_eq!(last_outcome(&ws, &outcome.id), None);
    }

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
