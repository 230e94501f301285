// learner: optimal
// idiom: Lisp-style: find_map over the attempt range with a Decision enum from a pure classify fn; if-heavy, no mutable counters
//! Retries and logging around a client, added by wrapping instead of patching.

use std::fmt;

/// Why a call failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClientError {
    /// No answer in time. Retryable.
    Timeout,
    /// The service is temporarily down (think HTTP 503). Retryable.
    Unavailable,
    /// The request itself is wrong; sending it again cannot help.
    BadRequest(String),
    /// The resource does not exist; sending it again cannot help.
    NotFound,
}

impl ClientError {
    /// Whether sending the same request again might succeed.
    pub fn is_retryable(&self) -> bool {
        !matches!(self, ClientError::BadRequest(_) | ClientError::NotFound)
    }
}

impl fmt::Display for ClientError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ClientError::Timeout => write!(f, "timed out"),
            ClientError::Unavailable => write!(f, "service unavailable"),
            ClientError::BadRequest(why) => write!(f, "bad request: {why}"),
            ClientError::NotFound => write!(f, "not found"),
        }
    }
}

/// Anything that can answer a request.
pub trait Client {
    fn call(&mut self, request: &str) -> Result<String, ClientError>;
}

/// Where log lines go.
pub trait Logger {
    fn log(&mut self, line: String);
}

/// A `Client` that retries another client and logs every attempt.
pub struct Retrying<C: Client, L: Logger> {
    inner: C,
    logger: L,
    max_attempts: u32,
}

impl<C: Client, L: Logger> Retrying<C, L> {
    /// Wraps `inner`. `max_attempts` counts the first try; 0 is treated as 1.
    pub fn new(inner: C, logger: L, max_attempts: u32) -> Self {
        Retrying { inner, logger, max_attempts: max_attempts.max(1) }
    }

    /// The wrapped client.
    pub fn client(&self) -> &C {
        &self.inner
    }

    /// The logger.
    pub fn logger(&self) -> &L {
        &self.logger
    }

    /// Takes the wrapper apart again.
    pub fn into_parts(self) -> (C, L) {
        (self.inner, self.logger)
    }
}

impl<C: Client, L: Logger> Client for Retrying<C, L> {
    /// Calls the inner client up to `max_attempts` times, stopping at the
    /// first success or non-retryable error, and logs one line per attempt:
    ///
    /// - `attempt 1/3 GET /a: ok`
    /// - `attempt 1/3 GET /a: timed out; retrying`
    /// - `attempt 3/3 GET /a: timed out; giving up`
    /// - `attempt 1/3 GET /a: not found; not retryable`
    ///
    /// Returns the first success or the last error.
    fn call(&mut self, request: &str) -> Result<String, ClientError> {
        let max = self.max_attempts;
        let Retrying { inner, logger, .. } = self;
        (1..=max)
            .find_map(|n| {
                let outcome = inner.call(request);
                let decision = classify(&outcome, n == max);
                logger.log(decision.line(n, max, request, &outcome));
                if decision.is_final() { Some(outcome) } else { None }
            })
            .unwrap_or_else(|| unreachable!("the attempt numbered max is always final"))
    }
}

/// A borrowed client is a client: lets callers keep ownership of a fake.
impl<C: Client + ?Sized> Client for &mut C {
    fn call(&mut self, request: &str) -> Result<String, ClientError> {
        (**self).call(request)
    }
}

/// A borrowed logger is a logger.
impl<L: Logger + ?Sized> Logger for &mut L {
    fn log(&mut self, line: String) {
        (**self).log(line)
    }
}

#[derive(Clone, Copy)]
enum Decision {
    Ok,
    Retry,
    GiveUp,
    Fatal,
}

fn classify(outcome: &Result<String, ClientError>, last: bool) -> Decision {
    match outcome {
        Ok(_) => Decision::Ok,
        Err(e) => {
            if !e.is_retryable() {
                Decision::Fatal
            } else if last {
                Decision::GiveUp
            } else {
                Decision::Retry
            }
        }
    }
}

impl Decision {
    fn is_final(self) -> bool {
        !matches!(self, Decision::Retry)
    }

    fn suffix(self) -> &'static str {
        match self {
            Decision::Ok => "",
            Decision::Retry => "retrying",
            Decision::GiveUp => "giving up",
            Decision::Fatal => "not retryable",
        }
    }

    fn line(self, n: u32, max: u32, request: &str, outcome: &Result<String, ClientError>) -> String {
        let head = format!("attempt {n}/{max} {request}");
        outcome
            .as_ref()
            .map(|_| format!("{head}: ok"))
            .unwrap_or_else(|e| format!("{head}: {e}; {}", self.suffix()))
    }
}
