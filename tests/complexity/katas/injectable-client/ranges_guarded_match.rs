// learner: optimal
// idiom: C++20-ranges fan: for over an inclusive range view, match with guards, matches! for the predicate
use std::fmt;

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
        let max = self.max_attempts;
        for attempt in 1..=max {
            let (verdict, result) = match self.inner.call(request) {
                Ok(r) => ("ok".to_string(), Some(Ok(r))),
                Err(e) if !e.is_retryable() => (format!("{e}; not retryable"), Some(Err(e))),
                Err(e) if attempt == max => (format!("{e}; giving up"), Some(Err(e))),
                Err(e) => (format!("{e}; retrying"), None),
            };
            self.logger.log(format!("attempt {attempt}/{max} {request}: {verdict}"));
            if let Some(done) = result {
                return done;
            }
        }
        unreachable!("the last attempt always returns")
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
