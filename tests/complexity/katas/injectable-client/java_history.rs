// learner: slow
// why: Retrying::call is O(max_attempts^2) time and O(max_attempts) space, target O(max_attempts) / O(1): it keeps every attempt in a history Vec and recounts the failures before each attempt
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
        match self { ClientError::Timeout | ClientError::Unavailable => true, _ => false }
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

/// One recorded attempt, kept for the retry history.
#[derive(Debug, Clone)]
struct AttemptRecord {
    number: u32,
    error: Option<ClientError>,
}

impl AttemptRecord {
    fn get_number(&self) -> u32 {
        self.number
    }
    fn get_error(&self) -> Option<&ClientError> {
        self.error.as_ref()
    }
    fn is_failure(&self) -> bool {
        self.error.is_some()
    }
}

struct RetryHistory {
    records: Vec<AttemptRecord>,
}

impl RetryHistory {
    fn new() -> Self {
        RetryHistory { records: Vec::new() }
    }
    fn add(&mut self, record: AttemptRecord) {
        self.records.push(record);
    }
    fn get_failure_count(&self) -> u32 {
        self.records.iter().filter(|r| r.is_failure()).count() as u32
    }
    fn get_last_error(&self) -> Option<ClientError> {
        self.records.last().and_then(|r| r.get_error().cloned())
    }
}

impl<C: Client, L: Logger> Client for Retrying<C, L> {
    fn call(&mut self, request: &str) -> Result<String, ClientError> {
        let max = self.max_attempts;
        let mut history = RetryHistory::new();
        loop {
            let number = history.get_failure_count() + 1;
            match self.inner.call(request) {
                Ok(body) => {
                    self.logger.log(format!("attempt {number}/{max} {request}: ok"));
                    return Ok(body);
                }
                Err(error) => {
                    let retryable = error.is_retryable();
                    let record = AttemptRecord { number, error: Some(error) };
                    let e = record.get_error().unwrap().clone();
                    let n = record.get_number();
                    history.add(record);
                    if !retryable {
                        self.logger.log(format!("attempt {n}/{max} {request}: {e}; not retryable"));
                        break;
                    }
                    if n >= max {
                        self.logger.log(format!("attempt {n}/{max} {request}: {e}; giving up"));
                        break;
                    }
                    self.logger.log(format!("attempt {n}/{max} {request}: {e}; retrying"));
                }
            }
        }
        Err(history.get_last_error().unwrap_or(ClientError::Timeout))
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
