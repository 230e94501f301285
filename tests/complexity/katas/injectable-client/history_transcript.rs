// learner: slow
// idiom: Lisp Machine nostalgic: accumulate every attempt's (i . error) in a history list and every log line in a transcript, then replay the transcript and return (car (last history))
// why: Retrying::call uses O(max_attempts) extra space (the history of all errors and the buffered log lines) vs the O(1) target besides the log lines it emits
//! Retries and logging around a client, added by wrapping instead of patching.

use std::fmt;

/// Why a call failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClientError {
    Timeout,
    Unavailable,
    BadRequest(String),
    NotFound,
}

impl ClientError {
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
    pub fn new(inner: C, logger: L, max_attempts: u32) -> Self {
        Retrying { inner, logger, max_attempts: max_attempts.max(1) }
    }

    pub fn client(&self) -> &C {
        &self.inner
    }

    pub fn logger(&self) -> &L {
        &self.logger
    }

    pub fn into_parts(self) -> (C, L) {
        (self.inner, self.logger)
    }
}

impl<C: Client, L: Logger> Client for Retrying<C, L> {
    fn call(&mut self, request: &str) -> Result<String, ClientError> {
        let max = self.max_attempts;
        let mut history: Vec<ClientError> = Vec::new();
        let mut transcript: Vec<String> = Vec::new();
        let mut answer: Option<String> = None;
        loop {
            let i = history.iter().count() as u32 + 1;
            match self.inner.call(request) {
                Ok(reply) => {
                    transcript.push(format!("attempt {i}/{max} {request}: ok"));
                    answer = Some(reply);
                    break;
                }
                Err(e) => {
                    let tail = if !e.is_retryable() {
                        "not retryable"
                    } else if i >= max {
                        "giving up"
                    } else {
                        "retrying"
                    };
                    transcript.push(format!("attempt {i}/{max} {request}: {e}; {tail}"));
                    history.push(e);
                    if tail != "retrying" {
                        break;
                    }
                }
            }
        }
        for line in transcript {
            self.logger.log(line);
        }
        match answer {
            Some(reply) => Ok(reply),
            None => Err(history.pop().expect("at least one attempt")),
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
