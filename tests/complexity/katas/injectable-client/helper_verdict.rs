// learner: optimal
// idiom: private helper returning a Verdict enum; loop with labelled outcome, ControlFlow-like match on the verdict
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
        !matches!(self, ClientError::BadRequest(_) | ClientError::NotFound)
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

enum Verdict {
    Done,
    Retry,
}

impl<C: Client, L: Logger> Retrying<C, L> {
    fn judge(&self, attempt: u32, outcome: &Result<String, ClientError>) -> (Verdict, String) {
        match outcome {
            Ok(_) => (Verdict::Done, "ok".to_owned()),
            Err(e) if !e.is_retryable() => (Verdict::Done, format!("{e}; not retryable")),
            Err(e) if attempt >= self.max_attempts => (Verdict::Done, format!("{e}; giving up")),
            Err(e) => (Verdict::Retry, format!("{e}; retrying")),
        }
    }
}

impl<C: Client, L: Logger> Client for Retrying<C, L> {
    fn call(&mut self, request: &str) -> Result<String, ClientError> {
        let mut attempt = 0;
        loop {
            attempt += 1;
            let outcome = self.inner.call(request);
            let (verdict, tail) = self.judge(attempt, &outcome);
            self.logger.log(format!("attempt {}/{} {}: {}", attempt, self.max_attempts, request, tail));
            if let Verdict::Done = verdict {
                break outcome;
            }
        }
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
