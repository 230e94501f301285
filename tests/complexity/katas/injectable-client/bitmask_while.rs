// learner: optimal
// idiom: C++-style: retryable set as a bitmask over variant numbers, while loop with a manual counter and a last-error slot
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

const RETRYABLE_MASK: u8 = 0b0011; // bit 0 = Timeout, bit 1 = Unavailable

impl ClientError {
    fn code(&self) -> u8 {
        match self {
            ClientError::Timeout => 0,
            ClientError::Unavailable => 1,
            ClientError::BadRequest(_) => 2,
            ClientError::NotFound => 3,
        }
    }

    /// Whether sending the same request again might succeed.
    pub fn is_retryable(&self) -> bool {
        (RETRYABLE_MASK >> self.code()) & 1 == 1
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
    fn call(&mut self, request: &str) -> Result<String, ClientError> {
        let n = self.max_attempts;
        let mut i: u32 = 0;
        let mut last: ClientError = ClientError::Timeout;
        while i < n {
            i += 1;
            let r = self.inner.call(request);
            if let Ok(body) = r {
                self.logger.log(format!("attempt {}/{} {}: ok", i, n, request));
                return Ok(body);
            }
            let e = r.unwrap_err();
            let tail = if !e.is_retryable() {
                "not retryable"
            } else if i == n {
                "giving up"
            } else {
                "retrying"
            };
            self.logger.log(format!("attempt {}/{} {}: {}; {}", i, n, request, e, tail));
            if !e.is_retryable() {
                return Err(e);
            }
            last = e;
        }
        Err(last)
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
