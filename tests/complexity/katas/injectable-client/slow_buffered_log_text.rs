// learner: slow
// why: Retrying::call is O(max_attempts) space, target O(1): buffers every attempt's log line in one String and logs them all at the end
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
        let mut retry = false;
        if *self == ClientError::Timeout {
            retry = true;
        }
        if *self == ClientError::Unavailable {
            retry = true;
        }
        retry
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
        // collect the log text first and write it out when we are done
        let mut log_text = String::new();
        let mut attempt = 1;
        let final_result;
        loop {
            let result = self.inner.call(request);
            match &result {
                Ok(_) => {
                    log_text += &format!("attempt {}/{} {}: ok\n", attempt, max, request);
                    final_result = result;
                    break;
                }
                Err(e) => {
                    if !e.is_retryable() {
                        log_text += &format!("attempt {}/{} {}: {}; not retryable\n", attempt, max, request, e);
                        final_result = result;
                        break;
                    } else if attempt == max {
                        log_text += &format!("attempt {}/{} {}: {}; giving up\n", attempt, max, request, e);
                        final_result = result;
                        break;
                    } else {
                        log_text += &format!("attempt {}/{} {}: {}; retrying\n", attempt, max, request, e);
                    }
                }
            }
            attempt += 1;
        }
        for line in log_text.lines() {
            self.logger.log(line.to_string());
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
