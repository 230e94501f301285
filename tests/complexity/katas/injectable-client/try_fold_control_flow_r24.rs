// learner: optimal
// idiom: Groovy/Gradle build engineer: the attempts as a range pipeline, (1..=max).try_fold threading the last error, ControlFlow::Break to stop like a closure returning early
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

use std::ops::ControlFlow;

impl<C: Client, L: Logger> Client for Retrying<C, L> {
    fn call(&mut self, request: &str) -> Result<String, ClientError> {
        let max = self.max_attempts;
        let Retrying { inner, logger, .. } = self;
        let flow = (1..=max).try_fold(None, |_last: Option<ClientError>, attempt| {
            match inner.call(request) {
                Ok(reply) => {
                    logger.log(format!("attempt {attempt}/{max} {request}: ok"));
                    ControlFlow::Break(Ok(reply))
                }
                Err(err) if !err.is_retryable() => {
                    logger.log(format!("attempt {attempt}/{max} {request}: {err}; not retryable"));
                    ControlFlow::Break(Err(err))
                }
                Err(err) => {
                    let next = if attempt < max { "retrying" } else { "giving up" };
                    logger.log(format!("attempt {attempt}/{max} {request}: {err}; {next}"));
                    ControlFlow::Continue(Some(err))
                }
            }
        });
        match flow {
            ControlFlow::Break(result) => result,
            ControlFlow::Continue(last) => Err(last.expect("at least one attempt is made")),
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
