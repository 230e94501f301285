use gather_results::*;
use std::sync::mpsc;
use std::sync::{Arc, Barrier};
use std::thread;
use std::time::{Duration, Instant};

type Job<T, E> = Box<dyn FnOnce() -> Result<T, E> + Send>;

const GENEROUS: Duration = Duration::from_secs(10);

fn job<T, E>(f: impl FnOnce() -> Result<T, E> + Send + 'static) -> Job<T, E> {
    Box::new(f)
}

/// A job that blocks until the returned sender is used or dropped.
fn stuck_job() -> (Job<u32, String>, mpsc::Sender<()>) {
    let (tx, rx) = mpsc::channel::<()>();
    (job(move || {
        let _ = rx.recv();
        Ok(99)
    }), tx)
}

#[test]
fn no_jobs_give_no_results() {
    let jobs: Vec<Job<u32, String>> = Vec::new();
    let got = gather(jobs, GENEROUS);
    assert!(got.is_empty(), "gather of no jobs returned {got:?}");
    let jobs: Vec<Job<u32, String>> = Vec::new();
    assert!(gather(jobs, Duration::ZERO).is_empty(), "no jobs and a zero timeout");
}

#[test]
fn one_job_one_result() {
    let got = gather(vec![job(|| Ok::<_, String>("done"))], GENEROUS);
    assert_eq!(got, vec![Ok("done")], "a single successful job");
}

#[test]
fn results_keep_input_order_not_finish_order() {
    // Job i sleeps (5 - i) ms, so they finish roughly in reverse order.
    let jobs: Vec<Job<usize, String>> = (0..5)
        .map(|i| {
            job(move || {
                thread::sleep(Duration::from_millis(5 - i as u64));
                Ok(i * 10)
            })
        })
        .collect();
    let got = gather(jobs, GENEROUS);
    assert_eq!(got, vec![Ok(0), Ok(10), Ok(20), Ok(30), Ok(40)], "results must follow the input order");
}

#[test]
fn errors_are_kept_next_to_successes() {
    let jobs: Vec<Job<i64, String>> = vec![
        job(|| Ok(-1)),
        job(|| Err("disk full".to_string())),
        job(|| Ok(i64::MIN)),
        job(|| Err("disk full".to_string())),
    ];
    let got = gather(jobs, GENEROUS);
    let want = vec![
        Ok(-1),
        Err(JobError::Failed("disk full".to_string())),
        Ok(i64::MIN),
        Err(JobError::Failed("disk full".to_string())),
    ];
    assert_eq!(got, want, "one failure must not hide or cancel the other jobs");
}

#[test]
fn panics_become_errors_with_their_message() {
    let jobs: Vec<Job<u8, String>> = vec![
        job(|| panic!("static message")),
        job(|| {
            let n = 3;
            panic!("formatted {n} – ünïcödé")
        }),
        job(|| std::panic::panic_any(42_i32)),
        job(|| Ok(7)),
    ];
    let got = gather(jobs, GENEROUS);
    let want = vec![
        Err(JobError::Panicked("static message".to_string())),
        Err(JobError::Panicked("formatted 3 – ünïcödé".to_string())),
        Err(JobError::Panicked("unknown panic".to_string())),
        Ok(7),
    ];
    assert_eq!(got, want, "a panicking job must be reported, not crash gather");
}

#[test]
fn a_stuck_job_times_out_without_blocking_the_others() {
    let (stuck, release) = stuck_job();
    let jobs: Vec<Job<u32, String>> = vec![job(|| Ok(1)), stuck, job(|| Err("nope".into()))];
    let start = Instant::now();
    let got = gather(jobs, Duration::from_millis(30));
    let took = start.elapsed();
    drop(release); // let the stuck thread end
    let want = vec![Ok(1), Err(JobError::TimedOut), Err(JobError::Failed("nope".to_string()))];
    assert_eq!(got, want, "the stuck job must be reported as TimedOut");
    assert!(took < Duration::from_secs(2), "gather took {took:?} with a 30 ms timeout");
}

#[test]
fn a_zero_timeout_does_not_wait_for_a_stuck_job() {
    let (stuck, release) = stuck_job();
    let start = Instant::now();
    let got = gather(vec![stuck], Duration::ZERO);
    let took = start.elapsed();
    drop(release);
    assert_eq!(got, vec![Err(JobError::TimedOut)], "a stuck job and a zero timeout");
    assert!(took < Duration::from_secs(2), "gather took {took:?} with a zero timeout");
}

#[test]
fn every_stuck_job_times_out_and_gather_still_returns() {
    let mut releases = Vec::new();
    let mut jobs = Vec::new();
    for _ in 0..4 {
        let (j, r) = stuck_job();
        jobs.push(j);
        releases.push(r);
    }
    let start = Instant::now();
    let got = gather(jobs, Duration::from_millis(20));
    let took = start.elapsed();
    drop(releases);
    assert_eq!(got, vec![Err(JobError::TimedOut); 4], "four stuck jobs");
    assert!(took < Duration::from_secs(2), "the timeout is per call, not per job in turn: took {took:?}");
}

#[test]
fn jobs_really_run_at_the_same_time() {
    // Each job waits until all 8 have started: run one after another they
    // would never get past the barrier and would all time out.
    let barrier = Arc::new(Barrier::new(8));
    let jobs: Vec<Job<usize, String>> = (0..8)
        .map(|i| {
            let barrier = Arc::clone(&barrier);
            job(move || {
                barrier.wait();
                Ok(i)
            })
        })
        .collect();
    let got = gather(jobs, GENEROUS);
    let want: Vec<Result<usize, JobError<String>>> = (0..8).map(Ok).collect();
    assert_eq!(got, want, "8 jobs meeting at a barrier");
}

#[test]
fn a_late_result_is_not_mixed_into_the_next_call() {
    let (tx, rx) = mpsc::channel::<()>();
    let late = job(move || {
        let _ = rx.recv();
        Ok::<u32, String>(1)
    });
    let first = gather(vec![late], Duration::from_millis(10));
    assert_eq!(first, vec![Err(JobError::TimedOut)], "first call");
    tx.send(()).unwrap(); // the late job finishes now
    let second = gather(vec![job(|| Ok::<u32, String>(2))], GENEROUS);
    assert_eq!(second, vec![Ok(2)], "second call must only see its own job");
}

#[test]
fn a_thousand_jobs_in_order() {
    let n = 1000_usize;
    let jobs: Vec<Job<usize, usize>> = (0..n)
        .map(|i| job(move || if i % 7 == 3 { Err(i) } else { Ok(i * i) }))
        .collect();
    let got = gather(jobs, GENEROUS);
    assert_eq!(got.len(), n, "one result per job");
    for (i, r) in got.iter().enumerate() {
        let want = if i % 7 == 3 { Err(JobError::Failed(i)) } else { Ok(i * i) };
        assert_eq!(*r, want, "result of job {i}");
    }
}
