// learner: optimal
// idiom: Prolog logic programmer: a loop carrying (Attempt) state, with the decision factored into a verdict/3 relation matched clause by clause
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
    /// Whether sending the same request again might succeed.
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

/// What to do after an attempt.
enum Verdict {
    Done,
    Retry,
    GiveUp,
    Fatal,
}

impl Verdict {
    fn tail(&self) -> &'static str {
        match self {
            Verdict::Done => "ok",
            Verdict::Retry => "retrying",
            Verdict::GiveUp => "giving up",
            Verdict::Fatal => "not retryable",
        }
    }
}

/// verdict(Outcome, Attempt, Max, Verdict).
fn verdict<T>(outcome: &Result<T, ClientError>, attempt: u32, max: u32) -> Verdict {
    match outcome {
        Ok(_) => Verdict::Done,
        Err(e) if !e.is_retryable() => Verdict::Fatal,
        Err(_) if attempt < max => Verdict::Retry,
        Err(_) => Verdict::GiveUp,
    }
}

impl<C: Client, L: Logger> Client for Retrying<C, L> {
    fn call(&mut self, request: &str) -> Result<String, ClientError> {
        let max = self.max_attempts;
        let mut attempt = 1;
        loop {
            let outcome = self.inner.call(request);
            let v = verdict(&outcome, attempt, max);
            let line = match &outcome {
                Ok(_) => format!("attempt {attempt}/{max} {request}: {}", v.tail()),
                Err(e) => format!("attempt {attempt}/{max} {request}: {e}; {}", v.tail()),
            };
            self.logger.log(line);
            match v {
                Verdict::Retry => attempt += 1,
                Verdict::Done | Verdict::GiveUp | Verdict::Fatal => return outcome,
            }
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
