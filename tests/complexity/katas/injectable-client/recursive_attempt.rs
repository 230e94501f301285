// learner: slow
// why: Retrying::call uses O(max_attempts) extra space, target O(1): each retry is a recursive call, one stack frame per attempt (Rust does not promise tail calls) (relabelled from optimal: the kata's space target; its author agreed)
// idiom: Lisp Machine nostalgic: the retry is a recursive (attempt i) function that tail-calls itself on a retryable error; is_retryable as a matches! predicate
//! Retries and logging around a client, added by wrapping instead of patching.

use std::fmt;

/// Why a call failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClientError {
    Timeout,
    Unavailable,
    BadRequest(String),
    NotFound,
}

impl ClientError {
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
    pub fn new(inner: C, logger: L, max_attempts: u32) -> Self {
        Retrying { inner, logger, max_attempts: max_attempts.max(1) }
    }

    pub fn client(&self) -> &C {
        &self.inner
    }

    pub fn logger(&self) -> &L {
        &self.logger
    }

    pub fn into_parts(self) -> (C, L) {
        (self.inner, self.logger)
    }
}

impl<C: Client, L: Logger> Retrying<C, L> {
    fn attempt(&mut self, request: &str, i: u32) -> Result<String, ClientError> {
        let max = self.max_attempts;
        let prefix = format!("attempt {i}/{max} {request}");
        match self.inner.call(request) {
            Ok(reply) => {
                self.logger.log(format!("{prefix}: ok"));
                Ok(reply)
            }
            Err(e) if !e.is_retryable() => {
                self.logger.log(format!("{prefix}: {e}; not retryable"));
                Err(e)
            }
            Err(e) if i >= max => {
                self.logger.log(format!("{prefix}: {e}; giving up"));
                Err(e)
            }
            Err(e) => {
                self.logger.log(format!("{prefix}: {e}; retrying"));
                self.attempt(request, i + 1)
            }
        }
    }
}

impl<C: Client, L: Logger> Client for Retrying<C, L> {
    fn call(&mut self, request: &str) -> Result<String, ClientError> {
        self.attempt(request, 1)
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
