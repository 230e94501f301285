// learner: optimal
// idiom: defensive auditor: if-heavy while loop with checked counter, Option<ClientError> carried between rounds, private log helper
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
        if let ClientError::Timeout = self {
            return true;
        }
        if let ClientError::Unavailable = self {
            return true;
        }
        false
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

impl<C: Client, L: Logger> Retrying<C, L> {
    fn record(&mut self, attempt: u32, request: &str, outcome: &str) {
        let max = self.max_attempts;
        self.logger.log(format!("attempt {attempt}/{max} {request}: {outcome}"));
    }
}

impl<C: Client, L: Logger> Client for Retrying<C, L> {
    fn call(&mut self, request: &str) -> Result<String, ClientError> {
        let max = self.max_attempts.max(1);
        let mut attempt: u32 = 1;
        let mut last: Option<ClientError> = None;
        while attempt <= max {
            let error = match self.inner.call(request) {
                Ok(reply) => {
                    self.record(attempt, request, "ok");
                    return Ok(reply);
                }
                Err(error) => error,
            };
            if !error.is_retryable() {
                self.record(attempt, request, &format!("{error}; not retryable"));
                return Err(error);
            }
            if attempt == max {
                self.record(attempt, request, &format!("{error}; giving up"));
                return Err(error);
            }
            self.record(attempt, request, &format!("{error}; retrying"));
            last = Some(error);
            attempt = match attempt.checked_add(1) {
                Some(a) => a,
                None => break,
            };
        }
        Err(last.unwrap_or(ClientError::Unavailable))
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
