// learner: optimal
// idiom: heavy generics and traits: a RetryPolicy trait with an impl and a generic run_with helper
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
        matches!(self, ClientError::Timeout | ClientError::Unavailable)
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

/// What to do after one attempt; a small trait so the decision is pluggable.
trait RetryPolicy {
    fn verdict(&self, outcome: &Result<String, ClientError>, attempt: u32, max: u32) -> Verdict;
}

enum Verdict {
    Done(&'static str),
    Again,
    Stop(&'static str),
}

struct ByErrorKind;

impl RetryPolicy for ByErrorKind {
    fn verdict(&self, outcome: &Result<String, ClientError>, attempt: u32, max: u32) -> Verdict {
        match outcome {
            Ok(_) => Verdict::Done("ok"),
            Err(e) if !e.is_retryable() => Verdict::Stop("not retryable"),
            Err(_) if attempt >= max => Verdict::Stop("giving up"),
            Err(_) => Verdict::Again,
        }
    }
}

fn describe<T, E: fmt::Display>(outcome: &Result<T, E>, tail: &str) -> String {
    match outcome {
        Ok(_) => tail.to_string(),
        Err(e) => format!("{e}; {tail}"),
    }
}

fn run_with<C: Client + ?Sized, L: Logger + ?Sized, P: RetryPolicy>(
    client: &mut C,
    logger: &mut L,
    policy: &P,
    max: u32,
    request: &str,
) -> Result<String, ClientError> {
    let mut attempt = 1;
    loop {
        let outcome = client.call(request);
        match policy.verdict(&outcome, attempt, max) {
            Verdict::Again => {
                logger.log(format!("attempt {attempt}/{max} {request}: {}", describe(&outcome, "retrying")));
                attempt += 1;
            }
            Verdict::Done(tail) | Verdict::Stop(tail) => {
                logger.log(format!("attempt {attempt}/{max} {request}: {}", describe(&outcome, tail)));
                return outcome;
            }
        }
    }
}

impl<C: Client, L: Logger> Client for Retrying<C, L> {
    fn call(&mut self, request: &str) -> Result<String, ClientError> {
        run_with(&mut self.inner, &mut self.logger, &ByErrorKind, self.max_attempts, request)
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
