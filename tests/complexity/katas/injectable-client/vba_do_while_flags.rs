// learner: optimal
// idiom: VBA-style: Do-While attempt counter, boolean flags for each outcome, status text picked by If/ElseIf
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
    pub fn is_retryable(&self) -> bool {
        let mut worth_retrying: bool = false;
        if *self == ClientError::Timeout {
            worth_retrying = true;
        } else if *self == ClientError::Unavailable {
            worth_retrying = true;
        }
        worth_retrying
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
        let max_tries: u32 = self.max_attempts;
        let mut attempt_no: u32 = 1;
        let mut last_error: ClientError = ClientError::Unavailable;
        while attempt_no <= max_tries {
            let reply = self.inner.call(request);
            match reply {
                Ok(body) => {
                    let ok_line: String = format!("attempt {}/{} {}: ok", attempt_no, max_tries, request);
                    self.logger.log(ok_line);
                    return Ok(body);
                }
                Err(err) => {
                    let can_retry: bool = err.is_retryable();
                    let is_last_try: bool = attempt_no == max_tries;
                    let status_text: &str;
                    if !can_retry {
                        status_text = "not retryable";
                    } else if is_last_try {
                        status_text = "giving up";
                    } else {
                        status_text = "retrying";
                    }
                    let err_line: String =
                        format!("attempt {}/{} {}: {}; {}", attempt_no, max_tries, request, err, status_text);
                    self.logger.log(err_line);
                    if !can_retry || is_last_try {
                        return Err(err);
                    }
                    last_error = err;
                }
            }
            attempt_no = attempt_no + 1;
        }
        Err(last_error)
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
