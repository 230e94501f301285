// learner: optimal
// idiom: Unison: the retry loop as a fold over `1..=max` with early exit (`ControlFlow`), the accumulator is just the last error; a pure `suffix` function names the log case
//! Retries and logging around a client, added by wrapping instead of patching.

use std::fmt;
use std::ops::ControlFlow;

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
        matches!(self, ClientError::Timeout | ClientError::Unavailable)
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
        let inner = &mut self.inner;
        let logger = &mut self.logger;
        let outcome = (1..=max).try_fold(None::<ClientError>, |_last, attempt| {
            match inner.call(request) {
                Ok(reply) => {
                    logger.log(format!("attempt {attempt}/{max} {request}: ok"));
                    ControlFlow::Break(Ok(reply))
                }
                Err(e) => {
                    logger.log(format!("attempt {attempt}/{max} {request}: {e}; {}", suffix(&e, attempt, max)));
                    if e.is_retryable() && attempt < max {
                        ControlFlow::Continue(Some(e))
                    } else {
                        ControlFlow::Break(Err(e))
                    }
                }
            }
        });
        match outcome {
            ControlFlow::Break(result) => result,
            // only reachable if the range were empty; max >= 1 so it is not,
            // but keep the function total anyway
            ControlFlow::Continue(last) => Err(last.unwrap_or(ClientError::Unavailable)),
        }
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

/// What to say after a failed attempt. Pure, total.
fn suffix(e: &ClientError, attempt: u32, max: u32) -> &'static str {
    match (e.is_retryable(), attempt < max) {
        (false, _) => "not retryable",
        (true, true) => "retrying",
        (true, false) => "giving up",
    }
}
