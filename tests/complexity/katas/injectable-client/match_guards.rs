// learner: optimal
// idiom: matches! for is_retryable; for-loop over 1..=max with a guarded match and early returns
use std::fmt;

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

pub trait Client {
    fn call(&mut self, request: &str) -> Result<String, ClientError>;
}

pub trait Logger {
    fn log(&mut self, line: String);
}

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

impl<C: Client, L: Logger> Client for Retrying<C, L> {
    fn call(&mut self, request: &str) -> Result<String, ClientError> {
        let max = self.max_attempts;
        for attempt in 1..=max {
            match self.inner.call(request) {
                Ok(reply) => {
                    self.logger.log(format!("attempt {attempt}/{max} {request}: ok"));
                    return Ok(reply);
                }
                Err(e) if !e.is_retryable() => {
                    self.logger.log(format!("attempt {attempt}/{max} {request}: {e}; not retryable"));
                    return Err(e);
                }
                Err(e) if attempt == max => {
                    self.logger.log(format!("attempt {attempt}/{max} {request}: {e}; giving up"));
                    return Err(e);
                }
                Err(e) => {
                    self.logger.log(format!("attempt {attempt}/{max} {request}: {e}; retrying"));
                }
            }
        }
        unreachable!("max_attempts is at least 1")
    }
}

impl<C: Client + ?Sized> Client for &mut C {
    fn call(&mut self, request: &str) -> Result<String, ClientError> {
        (**self).call(request)
    }
}

impl<L: Logger + ?Sized> Logger for &mut L {
    fn log(&mut self, line: String) {
        (**self).log(line)
    }
}
