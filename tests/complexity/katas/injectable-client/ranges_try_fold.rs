// learner: optimal
// idiom: C++-style: try_fold over the attempt range with ControlFlow (like std::ranges::find_if with early exit), a generic line-format helper
use std::ops::ControlFlow;
use std::fmt;

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

fn line<D: fmt::Display>(attempt: u32, max: u32, request: &str, what: D) -> String {
    format!("attempt {attempt}/{max} {request}: {what}")
}

impl<C: Client, L: Logger> Client for Retrying<C, L> {
    fn call(&mut self, request: &str) -> Result<String, ClientError> {
        let max = self.max_attempts;
        let (inner, logger) = (&mut self.inner, &mut self.logger);
        let flow = (1..=max).try_fold(None::<ClientError>, |_, attempt| match inner.call(request) {
            Ok(body) => {
                logger.log(line(attempt, max, request, "ok"));
                ControlFlow::Break(Ok(body))
            }
            Err(e) => {
                let tail = match (e.is_retryable(), attempt < max) {
                    (false, _) => "not retryable",
                    (true, false) => "giving up",
                    (true, true) => "retrying",
                };
                logger.log(line(attempt, max, request, format_args!("{e}; {tail}")));
                if tail == "retrying" {
                    ControlFlow::Continue(Some(e))
                } else {
                    ControlFlow::Break(Err(e))
                }
            }
        });
        match flow {
            ControlFlow::Break(result) => result,
            ControlFlow::Continue(last) => Err(last.unwrap_or(ClientError::Unavailable)),
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
