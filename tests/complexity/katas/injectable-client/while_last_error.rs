// learner: optimal
// idiom: beginner: explicit match returning true/false, while loop with a counter, if/else chain, last error kept in an Option
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
        match self {
            ClientError::Timeout => true,
            ClientError::Unavailable => true,
            ClientError::BadRequest(_) => false,
            ClientError::NotFound => false,
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
        let mut attempt: u32 = 1;
        let mut last_error: Option<ClientError> = None;
        while attempt <= self.max_attempts {
            let result = self.inner.call(request);
            let prefix = format!("attempt {}/{} {}", attempt, self.max_attempts, request);
            if let Ok(body) = result {
                self.logger.log(format!("{}: ok", prefix));
                return Ok(body);
            }
            let err = result.unwrap_err();
            if !err.is_retryable() {
                self.logger.log(format!("{}: {}; not retryable", prefix, err));
                return Err(err);
            } else if attempt == self.max_attempts {
                self.logger.log(format!("{}: {}; giving up", prefix, err));
            } else {
                self.logger.log(format!("{}: {}; retrying", prefix, err));
            }
            last_error = Some(err);
            attempt = attempt + 1;
        }
        Err(last_error.unwrap())
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
