// learner: optimal
// idiom: Verdict enum with associated fns deciding and formatting each attempt, loop + match, discriminant table for is_retryable
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
        Self::TRANSIENT.iter().any(|t| std::mem::discriminant(*t) == std::mem::discriminant(self))
    }

    const TRANSIENT: &'static [&'static ClientError] = &[&ClientError::Timeout, &ClientError::Unavailable];
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

/// What to say about one attempt, and whether to go on.
enum Verdict {
    Ok,
    Retry,
    GiveUp,
    Fatal,
}

impl Verdict {
    fn of(outcome: &Result<String, ClientError>, attempt: u32, max: u32) -> Self {
        match outcome {
            Ok(_) => Verdict::Ok,
            Err(e) if !e.is_retryable() => Verdict::Fatal,
            Err(_) if attempt >= max => Verdict::GiveUp,
            Err(_) => Verdict::Retry,
        }
    }

    fn line(&self, attempt: u32, max: u32, request: &str, outcome: &Result<String, ClientError>) -> String {
        let head = format!("attempt {attempt}/{max} {request}");
        match (self, outcome) {
            (Verdict::Ok, _) => format!("{head}: ok"),
            (Verdict::Retry, Err(e)) => format!("{head}: {e}; retrying"),
            (Verdict::GiveUp, Err(e)) => format!("{head}: {e}; giving up"),
            (_, Err(e)) => format!("{head}: {e}; not retryable"),
            (_, Ok(_)) => unreachable!("only Verdict::Ok comes from Ok"),
        }
    }
}

impl<C: Client, L: Logger> Client for Retrying<C, L> {
    fn call(&mut self, request: &str) -> Result<String, ClientError> {
        let max = self.max_attempts;
        let mut attempt = 1;
        loop {
            let outcome = self.inner.call(request);
            let verdict = Verdict::of(&outcome, attempt, max);
            self.logger.log(verdict.line(attempt, max, request, &outcome));
            match verdict {
                Verdict::Retry => attempt += 1,
                _ => return outcome,
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
