// learner: optimal
// idiom: ReScript-ish: a Verdict variant computed by a match with guards, then a match that renders the log suffix; for over 1..=max with early returns
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

enum Verdict {
    Done,
    Retry,
    GiveUp,
    Fatal,
}

impl Verdict {
    fn of(outcome: &Result<String, ClientError>, attempt: u32, max: u32) -> Verdict {
        match outcome {
            Ok(_) => Verdict::Done,
            Err(e) if !e.is_retryable() => Verdict::Fatal,
            Err(_) if attempt == max => Verdict::GiveUp,
            Err(_) => Verdict::Retry,
        }
    }
}

impl<C: Client, L: Logger> Client for Retrying<C, L> {
    fn call(&mut self, request: &str) -> Result<String, ClientError> {
        let max = self.max_attempts;
        for attempt in 1..=max {
            let outcome = self.inner.call(request);
            let verdict = Verdict::of(&outcome, attempt, max);
            let prefix = format!("attempt {attempt}/{max} {request}");
            let line = match (&verdict, &outcome) {
                (Verdict::Done, _) => format!("{prefix}: ok"),
                (Verdict::Retry, Err(e)) => format!("{prefix}: {e}; retrying"),
                (Verdict::GiveUp, Err(e)) => format!("{prefix}: {e}; giving up"),
                (Verdict::Fatal, Err(e)) => format!("{prefix}: {e}; not retryable"),
                (_, Ok(_)) => unreachable!("only Done can be Ok"),
            };
            self.logger.log(line);
            match verdict {
                Verdict::Retry => continue,
                _ => return outcome,
            }
        }
        unreachable!("max_attempts is at least 1, and the last attempt always returns")
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
