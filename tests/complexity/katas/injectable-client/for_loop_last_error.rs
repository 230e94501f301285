// learner: optimal
// idiom: SQL stored-procedure developer: FOR attempt IN 1..max with a @last_error variable, an "outcome" enum column for the log suffix, and a final RETURN of the last error after the loop
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

enum AttemptOutcome {
    Ok,
    Retrying,
    GivingUp,
    NotRetryable,
}

impl fmt::Display for AttemptOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            AttemptOutcome::Ok => "ok",
            AttemptOutcome::Retrying => "retrying",
            AttemptOutcome::GivingUp => "giving up",
            AttemptOutcome::NotRetryable => "not retryable",
        })
    }
}

impl<C: Client, L: Logger> Client for Retrying<C, L> {
    fn call(&mut self, request: &str) -> Result<String, ClientError> {
        let max_attempts = self.max_attempts;
        let mut last_error: Option<ClientError> = None;
        for attempt_no in 1..=max_attempts {
            let (outcome, detail) = match self.inner.call(request) {
                Ok(reply) => {
                    self.logger.log(format!("attempt {attempt_no}/{max_attempts} {request}: {}", AttemptOutcome::Ok));
                    return Ok(reply);
                }
                Err(e) => {
                    let outcome = if !e.is_retryable() {
                        AttemptOutcome::NotRetryable
                    } else if attempt_no == max_attempts {
                        AttemptOutcome::GivingUp
                    } else {
                        AttemptOutcome::Retrying
                    };
                    (outcome, e)
                }
            };
            self.logger.log(format!("attempt {attempt_no}/{max_attempts} {request}: {detail}; {outcome}"));
            let stop = !matches!(outcome, AttemptOutcome::Retrying);
            last_error = Some(detail);
            if stop {
                break;
            }
        }
        Err(last_error.expect("max_attempts is at least 1"))
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
