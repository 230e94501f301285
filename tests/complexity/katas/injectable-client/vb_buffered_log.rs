// learner: slow
// why: Retrying::call is O(max_attempts) space, target O(1): every attempt's log line is buffered in a List(Of String) and flushed at the end
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
            ClientError::Timeout | ClientError::Unavailable => true,
            _ => false,
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
        let mut pending_log_lines: Vec<String> = Vec::new();
        let mut final_result: Result<String, ClientError> = Err(ClientError::Unavailable);
        let mut attempt_number: u32 = 1;
        while attempt_number <= maximum_attempts {
            match self.inner.call(request) {
                Ok(response_text) => {
                    pending_log_lines.push(format!("attempt {}/{} {}: ok", attempt_number, maximum_attempts, request));
                    final_result = Ok(response_text);
                    break;
                }
                Err(error_value) => {
                    let decision_text = if !error_value.is_retryable() {
                        "not retryable"
                    } else if attempt_number == maximum_attempts {
                        "giving up"
                    } else {
                        "retrying"
                    };
                    pending_log_lines.push(format!(
                        "attempt {}/{} {}: {}; {}",
                        attempt_number, maximum_attempts, request, error_value, decision_text
                    ));
                    let stop_now = decision_text != "retrying";
                    final_result = Err(error_value);
                    if stop_now {
                        break;
                    }
                }
            }
            attempt_number += 1;
        }
        for buffered_line in pending_log_lines {
            self.logger.log(buffered_line);
        }
        final_result
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
