// learner: slow
// why: Retrying::call is O(max_attempts) space, target O(1): every attempt's outcome is collected (map_while + collect) before logging
use std::fmt;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClientError {
    Timeout,
    Unavailable,
    BadRequest(String),
    NotFound,
}

impl ClientError {
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

pub trait Client {
    fn call(&mut self, request: &str) -> Result<String, ClientError>;
}

pub trait Logger {
    fn log(&mut self, line: String);
}

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
        let inner = &mut self.inner;
        let mut stop = false;
        let attempts: Vec<(u32, Result<String, ClientError>)> = (1..=max)
            .map_while(|i| {
                if stop {
                    return None;
                }
                let r = inner.call(request);
                stop = match &r {
                    Ok(_) => true,
                    Err(e) => !e.is_retryable(),
                };
                Some((i, r))
            })
            .collect();
        let count = attempts.len();
        let mut last = None;
        for (i, r) in attempts {
            let tail = match &r {
                Ok(_) => "ok".to_string(),
                Err(e) if !e.is_retryable() => format!("{e}; not retryable"),
                Err(e) if i == max => format!("{e}; giving up"),
                Err(e) => format!("{e}; retrying"),
            };
            self.logger.log(format!("attempt {i}/{max} {request}: {tail}"));
            if i as usize == count {
                last = Some(r);
            }
        }
        last.unwrap()
    }
}

impl<C: Client + ?Sized> Client for &mut C {
    fn call(&mut self, request: &str) -> Result<String, ClientError> {
        (**self).call(request)
    }
}

impl<L: Logger + ?Sized> Logger for &mut L {
    fn log(&mut self, line: String) {
        (**self).log(line)
    }
}
