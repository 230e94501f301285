use injectable_client::*;
use std::collections::VecDeque;

/// A fake client that replays a script of outcomes and records the requests.
#[derive(Default)]
struct Scripted {
    script: VecDeque<Result<String, ClientError>>,
    requests: Vec<String>,
}

impl Scripted {
    fn new(script: Vec<Result<&str, ClientError>>) -> Self {
        let script = script.into_iter().map(|r| r.map(str::to_string)).collect();
        Scripted { script, requests: Vec::new() }
    }
}

impl Client for Scripted {
    fn call(&mut self, request: &str) -> Result<String, ClientError> {
        self.requests.push(request.to_string());
        self.script
            .pop_front()
            .unwrap_or_else(|| panic!("the fake was called more often than scripted (request {request:?})"))
    }
}

/// A fake client that always fails the same way.
struct AlwaysFails(ClientError, usize);

impl Client for AlwaysFails {
    fn call(&mut self, _request: &str) -> Result<String, ClientError> {
        self.1 += 1;
        Err(self.0.clone())
    }
}

#[derive(Default)]
struct Recorder {
    lines: Vec<String>,
}

impl Logger for Recorder {
    fn log(&mut self, line: String) {
        self.lines.push(line);
    }
}

#[test]
fn only_timeouts_and_unavailable_are_retryable() {
    let cases = [
        (ClientError::Timeout, true),
        (ClientError::Unavailable, true),
        (ClientError::BadRequest("x".into()), false),
        (ClientError::NotFound, false),
    ];
    for (e, want) in cases {
        assert_eq!(e.is_retryable(), want, "is_retryable({e:?})");
    }
}

#[test]
fn success_on_the_first_try_calls_once_and_logs_once() {
    let mut r = Retrying::new(Scripted::new(vec![Ok("200 hello")]), Recorder::default(), 3);
    assert_eq!(r.call("GET /a"), Ok("200 hello".to_string()), "reply of a healthy client");
    let (client, log) = r.into_parts();
    assert_eq!(client.requests, vec!["GET /a"], "requests sent");
    assert_eq!(log.lines, vec!["attempt 1/3 GET /a: ok"], "log lines");
}

#[test]
fn retryable_errors_are_retried_until_success() {
    let script = vec![Err(ClientError::Timeout), Err(ClientError::Unavailable), Ok("done")];
    let mut r = Retrying::new(Scripted::new(script), Recorder::default(), 3);
    assert_eq!(r.call("GET /b"), Ok("done".to_string()), "third attempt succeeds");
    assert_eq!(r.client().requests, vec!["GET /b"; 3], "the same request is sent each time");
    let want = vec![
        "attempt 1/3 GET /b: timed out; retrying",
        "attempt 2/3 GET /b: service unavailable; retrying",
        "attempt 3/3 GET /b: ok",
    ];
    assert_eq!(r.logger().lines, want, "log lines");
}

#[test]
fn gives_up_after_max_attempts_with_the_last_error() {
    let script = vec![
        Err(ClientError::Timeout),
        Err(ClientError::Timeout),
        Err(ClientError::Unavailable),
        Ok("too late"),
    ];
    let mut r = Retrying::new(Scripted::new(script), Recorder::default(), 3);
    assert_eq!(r.call("PUT /c"), Err(ClientError::Unavailable), "the last error is returned");
    let (client, log) = r.into_parts();
    assert_eq!(client.requests.len(), 3, "exactly max_attempts calls");
    assert_eq!(
        log.lines.last().map(String::as_str),
        Some("attempt 3/3 PUT /c: service unavailable; giving up"),
        "all lines: {:?}",
        log.lines
    );
}

#[test]
fn non_retryable_errors_stop_at_once() {
    let script = vec![Err(ClientError::BadRequest("missing id".into())), Ok("never")];
    let mut r = Retrying::new(Scripted::new(script), Recorder::default(), 5);
    assert_eq!(r.call("POST /d"), Err(ClientError::BadRequest("missing id".into())), "bad request");
    assert_eq!(r.client().requests.len(), 1, "a bad request must not be re-sent");
    assert_eq!(r.logger().lines, vec!["attempt 1/5 POST /d: bad request: missing id; not retryable"], "log lines");
}

#[test]
fn a_non_retryable_error_after_retries_stops_too() {
    let script = vec![Err(ClientError::Timeout), Err(ClientError::NotFound), Ok("never")];
    let mut r = Retrying::new(Scripted::new(script), Recorder::default(), 4);
    assert_eq!(r.call("GET /e"), Err(ClientError::NotFound), "not found after a timeout");
    let want = vec!["attempt 1/4 GET /e: timed out; retrying", "attempt 2/4 GET /e: not found; not retryable"];
    assert_eq!(r.logger().lines, want, "log lines");
}

#[test]
fn one_attempt_means_no_retry_and_zero_counts_as_one() {
    for max in [1, 0] {
        let mut r = Retrying::new(Scripted::new(vec![Err(ClientError::Timeout), Ok("x")]), Recorder::default(), max);
        assert_eq!(r.call("GET /f"), Err(ClientError::Timeout), "max_attempts = {max}");
        assert_eq!(r.client().requests.len(), 1, "max_attempts = {max}: calls");
        assert_eq!(r.logger().lines, vec!["attempt 1/1 GET /f: timed out; giving up"], "max_attempts = {max}: log");
    }
}

#[test]
fn the_attempt_counter_restarts_for_every_request() {
    let script = vec![Err(ClientError::Timeout), Ok("a"), Ok("b")];
    let mut r = Retrying::new(Scripted::new(script), Recorder::default(), 2);
    assert_eq!(r.call("a"), Ok("a".to_string()), "first request");
    assert_eq!(r.call("b"), Ok("b".to_string()), "second request");
    let want = vec!["attempt 1/2 a: timed out; retrying", "attempt 2/2 a: ok", "attempt 1/2 b: ok"];
    assert_eq!(r.logger().lines, want, "log lines");
}

#[test]
fn borrowed_fakes_stay_with_the_test_and_unicode_is_logged_verbatim() {
    let mut fake = Scripted::new(vec![Err(ClientError::Unavailable), Ok("☕")]);
    let mut log = Recorder::default();
    {
        let mut r = Retrying::new(&mut fake, &mut log, 2);
        assert_eq!(r.call("GET /café/☕"), Ok("☕".to_string()), "unicode reply");
    }
    assert_eq!(fake.requests, vec!["GET /café/☕"; 2], "requests seen by the borrowed fake");
    assert_eq!(
        log.lines,
        vec!["attempt 1/2 GET /café/☕: service unavailable; retrying", "attempt 2/2 GET /café/☕: ok"],
        "log lines"
    );
}

#[test]
fn wrappers_compose_because_a_wrapper_is_a_client() {
    let mut fake = AlwaysFails(ClientError::Timeout, 0);
    let mut inner_log = Recorder::default();
    let mut outer_log = Recorder::default();
    {
        let inner = Retrying::new(&mut fake, &mut inner_log, 2);
        let mut outer = Retrying::new(inner, &mut outer_log, 3);
        assert_eq!(outer.call("GET /g"), Err(ClientError::Timeout), "always failing");
    }
    assert_eq!(fake.1, 6, "2 inner attempts for each of 3 outer attempts");
    assert_eq!(inner_log.lines.len(), 6, "inner log: {:?}", inner_log.lines);
    let want = vec![
        "attempt 1/3 GET /g: timed out; retrying",
        "attempt 2/3 GET /g: timed out; retrying",
        "attempt 3/3 GET /g: timed out; giving up",
    ];
    assert_eq!(outer_log.lines, want, "outer log");
}

#[test]
fn many_requests_through_a_flaky_client() {
    // Every request fails twice (timeout, then unavailable) and then succeeds.
    struct Flaky {
        calls: u64,
    }
    impl Client for Flaky {
        fn call(&mut self, request: &str) -> Result<String, ClientError> {
            self.calls += 1;
            match self.calls % 3 {
                1 => Err(ClientError::Timeout),
                2 => Err(ClientError::Unavailable),
                _ => Ok(format!("ok {request}")),
            }
        }
    }
    struct Counter(usize, usize);
    impl Logger for Counter {
        fn log(&mut self, line: String) {
            self.0 += 1;
            if line.ends_with(": ok") {
                self.1 += 1;
            }
        }
    }
    let n = 20_000;
    let mut r = Retrying::new(Flaky { calls: 0 }, Counter(0, 0), 3);
    for i in 0..n {
        let want = format!("ok req{i}");
        let got = r.call(&format!("req{i}"));
        assert_eq!(got.as_deref(), Ok(want.as_str()), "request {i}");
    }
    let (client, log) = r.into_parts();
    assert_eq!(client.calls, 3 * n as u64, "inner calls");
    assert_eq!((log.0, log.1), (3 * n, n), "(log lines, successes)");
}
