// learner: optimal
// idiom: a small Verdict enum decided per attempt by a helper method, while loop with an explicit counter; each round does one inner call and one log line, nothing stored across rounds but the counter
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
    pub fn is_retryable(&self) -> bool {
        !matches!(self, ClientError::BadRequest(_) | ClientError::NotFound)
    }
}

enum Verdict {
    Ok,
    Retry,
    GiveUp,
    Fatal,
}

impl Verdict {
    fn of(outcome: &Result<String, ClientError>, attempt: u32, max: u32) -> Verdict {
        match outcome {
            Ok(_) => Verdict::Ok,
            Err(e) if !e.is_retryable() => Verdict::Fatal,
            Err(_) if attempt < max => Verdict::Retry,
            Err(_) => Verdict::GiveUp,
        }
    }

    fn suffix(&self) -> &'static str {
        match self {
            Verdict::Ok => "",
            Verdict::Retry => "; retrying",
            Verdict::GiveUp => "; giving up",
            Verdict::Fatal => "; not retryable",
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
    fn call(&mut self, request: &str) -> Result<String, ClientError> {
        let max = self.max_attempts;
        let mut attempt = 0;
        while attempt < max {
            attempt += 1;
            let outcome = self.inner.call(request);
            let verdict = Verdict::of(&outcome, attempt, max);
            let what = match &outcome {
                Ok(_) => "ok".to_string(),
                Err(e) => e.to_string(),
            };
            self.logger.log(format!("attempt {attempt}/{max} {request}: {what}{}", verdict.suffix()));
            if !matches!(verdict, Verdict::Retry) {
                return outcome;
            }
        }
        unreachable!("the last attempt never retries")
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
