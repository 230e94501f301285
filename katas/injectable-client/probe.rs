use crate::Rng;
use injectable_client::{Client, ClientError, Logger, Retrying};

pub struct Input {
    /// How many times each request fails (retryably) before it succeeds.
    failures: Vec<u8>,
}

struct Fake {
    failures: Vec<u8>,
    request: usize,
    failed: u8,
}

impl Client for Fake {
    fn call(&mut self, _request: &str) -> Result<String, ClientError> {
        if self.failed < self.failures[self.request] {
            self.failed += 1;
            return Err(if self.failed % 2 == 0 { ClientError::Unavailable } else { ClientError::Timeout });
        }
        self.request += 1;
        self.failed = 0;
        Ok(String::new())
    }
}

struct CountingLogger(u64);

impl Logger for CountingLogger {
    fn log(&mut self, line: String) {
        self.0 += line.len() as u64;
    }
}

pub fn build(n: usize, rng: &mut Rng) -> Input {
    Input { failures: (0..n).map(|_| rng.below(3) as u8).collect() }
}

/// `n` requests through the wrapper; each needs at most 3 attempts.
pub fn run(input: Input) -> u64 {
    let n = input.failures.len();
    let mut r = Retrying::new(Fake { failures: input.failures, request: 0, failed: 0 }, CountingLogger(0), 3);
    let mut ok = 0;
    for _ in 0..n {
        if r.call("GET /probe").is_ok() {
            ok += 1;
        }
    }
    ok + r.logger().0
}
