// learner: optimal
// idiom: SQL stored-procedure developer: a WHILE loop with an attempt counter and a status "CASE" that picks the log suffix and whether to BREAK
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
        let v_max = self.max_attempts;
        let mut v_attempt: u32 = 1;
        loop {
            let v_result = self.inner.call(request);
            match v_result {
                Ok(body) => {
                    self.logger.log(format!("attempt {v_attempt}/{v_max} {request}: ok"));
                    return Ok(body);
                }
                Err(err) => {
                    let v_suffix = if !err.is_retryable() {
                        "not retryable"
                    } else if v_attempt < v_max {
                        "retrying"
                    } else {
                        "giving up"
                    };
                    self.logger.log(format!("attempt {v_attempt}/{v_max} {request}: {err}; {v_suffix}"));
                    if v_suffix != "retrying" {
                        return Err(err);
                    }
                }
            }
            v_attempt += 1;
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
