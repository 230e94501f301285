// learner: slow
// why: Retrying::call is O(max_attempts) space, target O(1): every failed attempt's error is kept in an attempt_errors list
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
        match self {
            ClientError::Timeout | ClientError::Unavailable => true,
            _ => false,
        }
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
        let mut attempt_errors: Vec<ClientError> = Vec::new();
        for attempt_number in 1..=self.max_attempts {
            match self.inner.call(request) {
                Ok(response) => {
                    self.write_log_line(attempt_number, request, "ok".to_string());
                    return Ok(response);
                }
                Err(error) => {
                    let decision = self.decide_next_step(&error, attempt_number);
                    self.write_log_line(attempt_number, request, format!("{}; {}", error, decision));
                    attempt_errors.push(error);
                    if decision != "retrying" {
                        break;
                    }
                }
            }
        }
        Err(attempt_errors.pop().expect("at least one attempt failed"))
    }
}

impl<C: Client, L: Logger> Retrying<C, L> {
    fn decide_next_step(&self, error: &ClientError, attempt_number: u32) -> &'static str {
        if !error.is_retryable() {
            return "not retryable";
        }
        if attempt_number >= self.max_attempts {
            return "giving up";
        }
        "retrying"
    }

    fn write_log_line(&mut self, attempt_number: u32, request: &str, outcome_description: String) {
        let max_attempts = self.max_attempts;
        self.logger.log(format!("attempt {attempt_number}/{max_attempts} {request}: {outcome_description}"));
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
