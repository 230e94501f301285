// learner: slow
// idiom: Groovy/Gradle build engineer: collect every attempt's outcome into a history list (like a build scan), then log and answer from history.last()
// why: Retrying::call keeps a Vec of all max_attempts outcomes (and a Vec of pending lines), O(max_attempts) extra space vs the O(1) target; time is still O(max_attempts) calls
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
        [ClientError::Timeout, ClientError::Unavailable].contains(self)
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
        let mut history: Vec<Result<String, ClientError>> = Vec::new();
        while (history.len() as u32) < max {
            let outcome = self.inner.call(request);
            let stop = match &outcome {
                Ok(_) => true,
                Err(e) => !e.is_retryable(),
            };
            history.push(outcome);
            if stop {
                break;
            }
        }
        let lines: Vec<String> = history
            .iter()
            .enumerate()
            .map(|(i, outcome)| {
                let attempt = i as u32 + 1;
                match outcome {
                    Ok(_) => format!("attempt {attempt}/{max} {request}: ok"),
                    Err(e) if !e.is_retryable() => format!("attempt {attempt}/{max} {request}: {e}; not retryable"),
                    Err(e) if attempt < max => format!("attempt {attempt}/{max} {request}: {e}; retrying"),
                    Err(e) => format!("attempt {attempt}/{max} {request}: {e}; giving up"),
                }
            })
            .collect();
        lines.into_iter().for_each(|line| self.logger.log(line));
        history.pop().expect("at least one attempt")
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
