// learner: optimal
// idiom: VB.NET style: explicit attempt counter in a While loop, Select-Case-style match per variant, verbose locals, last error kept in an Option
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
        let maximum_attempts = self.max_attempts;
        let mut attempt_number: u32 = 1;
        let mut last_error: Option<ClientError> = None;
        while attempt_number <= maximum_attempts {
            let call_result = self.inner.call(request);
            match call_result {
                Ok(response_text) => {
                    let log_line = format!("attempt {}/{} {}: ok", attempt_number, maximum_attempts, request);
                    self.logger.log(log_line);
                    return Ok(response_text);
                }
                Err(error_value) => {
                    let decision_text;
                    let should_stop;
                    if error_value.is_retryable() == false {
                        decision_text = "not retryable";
                        should_stop = true;
                    } else if attempt_number == maximum_attempts {
                        decision_text = "giving up";
                        should_stop = true;
                    } else {
                        decision_text = "retrying";
                        should_stop = false;
                    }
                    let log_line = format!(
                        "attempt {}/{} {}: {}; {}",
                        attempt_number, maximum_attempts, request, error_value, decision_text
                    );
                    self.logger.log(log_line);
                    if should_stop {
                        return Err(error_value);
                    }
                    last_error = Some(error_value);
                }
            }
            attempt_number += 1;
        }
        match last_error {
            Some(error_value) => Err(error_value),
            None => Err(ClientError::Unavailable),
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
