// learner: optimal
// idiom: Unison: the Logger and Client are my abilities, `Retrying` is a handler that wraps another; one loop, one `match` with guards, every case total
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
            ClientError::BadRequest(_) | ClientError::NotFound => false,
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
        let max = self.max_attempts;
        let mut attempt = 1;
        loop {
            match self.inner.call(request) {
                Ok(reply) => {
                    self.logger.log(format!("attempt {attempt}/{max} {request}: ok"));
                    return Ok(reply);
                }
                Err(e) if !e.is_retryable() => {
                    self.logger.log(format!("attempt {attempt}/{max} {request}: {e}; not retryable"));
                    return Err(e);
                }
                Err(e) if attempt >= max => {
                    self.logger.log(format!("attempt {attempt}/{max} {request}: {e}; giving up"));
                    return Err(e);
                }
                Err(e) => {
                    self.logger.log(format!("attempt {attempt}/{max} {request}: {e}; retrying"));
                    attempt += 1;
                }
            }
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
