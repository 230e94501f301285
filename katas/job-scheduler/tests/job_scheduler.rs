use job_scheduler::*;

/// Hands out everything ready at `now`, completing each job; returns the names in order.
fn drain(s: &mut Scheduler, now: u64) -> Vec<String> {
    let mut order = Vec::new();
    while let Some(job) = s.next(now) {
        assert!(s.complete(job.id), "job {job:?} was just handed out, so complete must succeed");
        order.push(job.name);
    }
    order
}

#[test]
fn empty_scheduler_has_nothing_to_run() {
    let mut s = Scheduler::new(3, 10);
    assert_eq!(s.next(0), None);
    assert_eq!(s.pending(), 0);
    assert!(s.dead_letters().is_empty());
    assert!(!s.complete(0), "nothing is running");
    assert_eq!(s.fail(0, 0), None, "nothing is running");
}

#[test]
fn ids_count_up_and_the_job_is_handed_out_with_its_attempt_number() {
    let mut s = Scheduler::new(3, 10);
    assert_eq!(s.submit("a", 1), 0);
    assert_eq!(s.submit("b", 1), 1);
    let job = s.next(0).unwrap();
    assert_eq!(job, Job { id: 0, name: "a".to_string(), priority: 1, attempts: 1 });
    assert_eq!(s.pending(), 1, "running jobs are not pending");
}

#[test]
fn higher_priority_runs_first() {
    let mut s = Scheduler::new(3, 10);
    for (name, p) in [("low", 1), ("max", u32::MAX), ("zero", 0), ("high", 9)] {
        s.submit(name, p);
    }
    assert_eq!(drain(&mut s, 0), ["max", "high", "low", "zero"]);
    assert_eq!(s.pending(), 0);
}

#[test]
fn equal_priorities_run_in_submission_order() {
    let mut s = Scheduler::new(3, 10);
    let names = ["e1", "e2", "e3", "e4", "e5", "rapport-é", "отчёт"];
    for n in names {
        s.submit(n, 5);
    }
    s.submit("urgent", 6);
    let mut want = vec!["urgent"];
    want.extend(names);
    assert_eq!(drain(&mut s, 0), want);
}

#[test]
fn complete_only_succeeds_once_for_a_running_job() {
    let mut s = Scheduler::new(3, 10);
    let id = s.submit("a", 1);
    assert!(!s.complete(id), "queued but not running yet");
    let job = s.next(0).unwrap();
    assert!(s.complete(job.id));
    assert!(!s.complete(job.id), "already completed");
    assert_eq!(s.fail(job.id, 0), None, "a completed job cannot fail");
    assert_eq!(s.next(100), None);
}

#[test]
fn failed_job_waits_out_its_backoff() {
    let mut s = Scheduler::new(3, 10);
    s.submit("flaky", 1);
    let job = s.next(100).unwrap();
    assert_eq!(s.fail(job.id, 105), Some(FailOutcome::Retry { not_before: 115 }));
    assert_eq!(s.pending(), 1);
    assert_eq!(s.next(114), None, "backing off until t=115");
    let again = s.next(115).expect("ready exactly at not_before");
    assert_eq!((again.id, again.attempts), (job.id, 2));
}

#[test]
fn backoff_doubles_and_then_the_job_is_dead_lettered() {
    let mut s = Scheduler::new(4, 10);
    let id = s.submit("doomed", 7);
    let mut now = 0;
    let mut outcomes = Vec::new();
    for _ in 0..4 {
        let job = s.next(now).expect("the job must be ready again after its backoff");
        assert_eq!(job.id, id);
        let outcome = s.fail(id, now).unwrap();
        if let FailOutcome::Retry { not_before } = outcome {
            now = not_before;
        }
        outcomes.push(outcome);
    }
    assert_eq!(
        outcomes,
        [
            FailOutcome::Retry { not_before: 10 },
            FailOutcome::Retry { not_before: 30 },
            FailOutcome::Retry { not_before: 70 },
            FailOutcome::DeadLettered,
        ]
    );
    assert_eq!(s.dead_letters(), [Job { id, name: "doomed".to_string(), priority: 7, attempts: 4 }]);
    assert_eq!(s.pending(), 0);
    assert_eq!(s.next(u64::MAX), None, "dead jobs never run again");
}

#[test]
fn one_attempt_means_the_first_failure_is_final() {
    let mut s = Scheduler::new(1, 10);
    s.submit("a", 1);
    s.submit("b", 1);
    let a = s.next(0).unwrap();
    assert_eq!(s.fail(a.id, 0), Some(FailOutcome::DeadLettered));
    let b = s.next(0).unwrap();
    assert_eq!(s.fail(b.id, 3), Some(FailOutcome::DeadLettered));
    let dead: Vec<&str> = s.dead_letters().iter().map(|j| j.name.as_str()).collect();
    assert_eq!(dead, ["a", "b"], "dead letters are kept in the order the jobs died");
}

#[test]
fn lower_priority_work_runs_while_urgent_job_backs_off() {
    let mut s = Scheduler::new(3, 50);
    s.submit("urgent", 10);
    s.submit("routine", 1);
    let urgent = s.next(0).unwrap();
    assert_eq!(urgent.name, "urgent");
    s.fail(urgent.id, 0);
    assert_eq!(s.next(10).map(|j| j.name), Some("routine".to_string()));
    assert_eq!(s.next(49), None);
    assert_eq!(s.next(50).map(|j| j.name), Some("urgent".to_string()));
}

#[test]
fn retried_job_keeps_its_place_among_equal_priorities() {
    let mut s = Scheduler::new(3, 5);
    s.submit("first", 3);
    let first = s.next(0).unwrap();
    s.fail(first.id, 0); // back at t = 5
    s.submit("second", 3);
    s.submit("third", 3);
    // At t = 5 all three are ready: "first" was submitted earliest.
    assert_eq!(drain(&mut s, 5), ["first", "second", "third"]);
}

#[test]
fn huge_backoff_saturates_instead_of_overflowing() {
    let mut s = Scheduler::new(200, u64::MAX / 4);
    s.submit("x", 1);
    let mut now = 0;
    for _ in 0..70 {
        let job = s.next(now).expect("job ready");
        match s.fail(job.id, now).unwrap() {
            FailOutcome::Retry { not_before } => now = not_before,
            FailOutcome::DeadLettered => panic!("only {} of 200 attempts used", job.attempts),
        }
    }
    assert_eq!(now, u64::MAX);
}

#[test]
fn many_jobs_come_out_in_priority_then_submission_order() {
    let n = 10_000u64;
    let mut s = Scheduler::new(2, 3);
    let mut seed = 12345u64;
    let mut prio = Vec::new();
    for i in 0..n {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        let p = (seed >> 33) as u32 % 50;
        prio.push(p);
        assert_eq!(s.submit(&format!("job{i}"), p), i);
    }
    let mut got = Vec::new();
    while let Some(job) = s.next(0) {
        got.push((job.priority, job.id));
        s.complete(job.id);
    }
    let mut want: Vec<(u32, u64)> = prio.iter().enumerate().map(|(i, &p)| (p, i as u64)).collect();
    want.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    assert_eq!(got.len(), want.len());
    for (i, (g, w)) in got.iter().zip(&want).enumerate() {
        assert_eq!(g, w, "hand-out #{i} (priority, id)");
    }
}
