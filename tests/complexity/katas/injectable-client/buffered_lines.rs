// learner: slow
// why: Retrying::call is O(max_attempts) space, target O(1): the log lines are collected into a Vec and written out after the loop
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
        let mut result = Err(ClientError::Timeout);
        let mut lines = Vec::new();
        for i in 1..=max {
            result = self.inner.call(request);
            let line = match &result {
                Ok(_) => format!("attempt {i}/{max} {request}: ok"),
                Err(e) if !e.is_retryable() => format!("attempt {i}/{max} {request}: {e}; not retryable"),
                Err(e) if i == max => format!("attempt {i}/{max} {request}: {e}; giving up"),
                Err(e) => format!("attempt {i}/{max} {request}: {e}; retrying"),
            };
            lines.push(line);
            match &result {
                Err(e) if e.is_retryable() => continue,
                _ => break,
            }
        }
        for line in lines {
            self.logger.log(line);
        }
        result
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
